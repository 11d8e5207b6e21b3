"""Tests for kgexplain.recommend: metrics, baselines, the Recommender, co_liked, persistence."""

from __future__ import annotations

import math

import numpy as np
import pytest

import kgexplain as kgx
from kgexplain.errors import (
    ConfigError,
    EntityKindError,
    KGExplainError,
    NoInteractionsError,
    NotFittedError,
    UnknownEntityError,
)
from kgexplain.paths import PathFinder
from kgexplain.recommend import CO_LIKED, Recommender, add_co_liked
from kgexplain.recommend.baselines import EASE, ItemKNN, MostPopular, top_k
from kgexplain.recommend.evaluation import (
    evaluate_rankings,
    hit_rate_at_k,
    ndcg_at_k,
    pearlm_ndcg_at_k,
    popularity_ranks,
    recall_at_k,
)
from kgexplain.recommend.interactions import interactions_from_graph
from kgexplain.recommend.splits import split_latest

D = [1 / math.log2(i + 2) for i in range(10)]  # discounts of ranks 1..10


# --------------------------------------------------------------------------- tiny graphs
def _tiny() -> kgx.KnowledgeGraph:
    """4 users, 5 movies; u1..u3 share m1+m2; m3 and m4 share a director; m5 is cold."""
    r = [
        ("user:1", "m:1", 5), ("user:1", "m:2", 5), ("user:1", "m:3", 4),
        ("user:2", "m:1", 4), ("user:2", "m:2", 5),
        ("user:3", "m:1", 5), ("user:3", "m:2", 4), ("user:3", "m:4", 2),
        ("user:4", "m:3", 1),
    ]
    triples = [(u, "rated", m, {"rating": float(s), "timestamp": n}) for n, (u, m, s) in enumerate(r)]
    triples += [("m:3", "directed_by", "person:Lee"), ("m:4", "directed_by", "person:Lee"),
                ("m:5", "directed_by", "person:Lee"), ("m:1", "has_genre", "genre:Drama"),
                ("m:2", "has_genre", "genre:Drama")]
    return kgx.KnowledgeGraph.from_triples(triples, item_types=["m"])


def _implicit(users: dict[str, list[str]]) -> kgx.KnowledgeGraph:
    return kgx.KnowledgeGraph.from_triples(
        [(u, "rated", i) for u, items in users.items() for i in items], item_types=["m"])


# --------------------------------------------------------------------------- metrics
def test_metrics_by_hand():
    ranked, relevant = ["a", "b", "c", "d"], {"b", "d", "z"}
    # hits at ranks 2 and 4; 3 relevant items, so the ideal DCG has 3 hits on top
    assert ndcg_at_k(ranked, relevant, 4) == pytest.approx((D[1] + D[3]) / (D[0] + D[1] + D[2]))
    # PEARLM variant: ideal = the list's own 2 hits moved to the top
    assert pearlm_ndcg_at_k(ranked, relevant, 4) == pytest.approx((D[1] + D[3]) / (D[0] + D[1]))
    assert recall_at_k(ranked, relevant, 4) == pytest.approx(2 / 3)
    assert hit_rate_at_k(ranked, relevant, 4) == 1.0
    assert recall_at_k(ranked, relevant, 1) == 0.0 and hit_rate_at_k(ranked, relevant, 1) == 0.0
    assert pearlm_ndcg_at_k(["x"], {"y"}, 1) == 0.0


def test_baselines_metrics_on_hand_computed_case():
    # u1 saw m1, m2; u2 saw m1, m3; u3 saw m1, m2, m3; u4 saw m2, m4.
    kg = _implicit({"user:1": ["m:1", "m:2"], "user:2": ["m:1", "m:3"],
                    "user:3": ["m:1", "m:2", "m:3"], "user:4": ["m:2", "m:4"]})
    x = interactions_from_graph(kg)
    idx = x.item_index
    assert [x.items[j] for j in np.argsort(-x.item_counts(), kind="stable")][:2] == ["m:1", "m:2"]
    held = {"user:1": {"m:3"}, "user:2": {"m:4"}}
    rows = np.array([x.user_index["user:1"], x.user_index["user:2"]])
    pop_rank = popularity_ranks(dict(zip(x.items, x.item_counts())))
    assert pop_rank["m:1"] == 1 and pop_rank["m:2"] == 2

    def report(model):
        model.fit(x)
        top = top_k(model.scores(rows), x.seen[rows], 2)
        ranking = {u: [x.items[j] for j in t] for u, t in zip(["user:1", "user:2"], top)}
        return ranking, evaluate_rankings(ranking, held, 2, len(x.items), pop_rank)

    # most popular: counts m1 3, m2 3, m3 2, m4 1 -> u1 gets [m3, m4], u2 gets [m2, m4]
    ranking, rep = report(MostPopular())
    assert ranking == {"user:1": ["m:3", "m:4"], "user:2": ["m:2", "m:4"]}
    assert rep.ndcg == pytest.approx((1.0 + D[1] / D[0]) / 2)  # u1: hit at 1; u2: hit at 2
    assert rep.recall == 1.0 and rep.hit_rate == 1.0
    assert rep.pearlm_ndcg == pytest.approx((1.0 + D[1] / D[0]) / 2)
    assert rep.coverage == pytest.approx(3 / 4)
    assert rep.mean_popularity_rank == pytest.approx((3 + 4 + 2 + 4) / 4)

    # ItemKNN cosine: sim(m2, m3) = 1/sqrt(3*2), sim(m2, m4) = 1/sqrt(3*1), sim(m1, m3) = 2/sqrt(6)
    # u1 (m1, m2): m3 = 2/sqrt6 + 1/sqrt6 = 1.22, m4 = 1/sqrt3 = 0.58 -> [m3, m4]
    # u2 (m1, m3): m2 = 2/sqrt9 + 1/sqrt6 = 1.07, m4 = 0 -> [m2, m4]
    knn = ItemKNN(neighbors=10).fit(x)
    s = knn.scores(rows)
    assert s[0, idx["m:3"]] == pytest.approx(3 / math.sqrt(6), rel=1e-5)
    assert s[1, idx["m:2"]] == pytest.approx(2 / 3 + 1 / math.sqrt(6), rel=1e-5)
    ranking, rep = report(ItemKNN(neighbors=10))
    assert ranking == {"user:1": ["m:3", "m:4"], "user:2": ["m:2", "m:4"]}
    assert rep.ndcg == pytest.approx((1.0 + D[1]) / 2)

    # EASE against a direct numpy solve of the closed form
    X = x.seen.toarray()
    P = np.linalg.inv(X.T @ X + 1.0 * np.eye(4))
    B = P / -np.diag(P)
    np.fill_diagonal(B, 0.0)
    ease = EASE(lam=1.0).fit(x)
    assert np.allclose(ease.scores(rows), X[rows] @ B, atol=1e-5)


def test_interactions_normalize_per_relation_and_user():
    kg = kgx.KnowledgeGraph.from_triples([
        ("user:1", "rated", "m:1", {"rating": 5.0}), ("user:1", "rated", "m:2", {"rating": 1.0}),
        ("user:2", "scored", "m:1", {"rating": 8.0}), ("user:2", "scored", "m:2", {"rating": 10.0}),
        ("user:3", "rated", "m:2", {"rating": 2.0}), ("user:3", "rated", "m:1", {"rating": 1.0}),
        ("user:4", "clicked", "m:1"),
    ], item_types=["m"])
    x = interactions_from_graph(kg)
    pos = {(x.users[r], x.items[c]) for r, c in zip(*x.positive.nonzero())}
    # 10 on a 8-10 scale is positive; 8 (normalized 0) is not; user:3 (harsh) keeps 2 stars;
    # an implicit click is positive
    assert pos == {("user:1", "m:1"), ("user:2", "m:2"), ("user:3", "m:2"), ("user:4", "m:1")}
    strict = interactions_from_graph(kg, user_relative=False)
    assert ("user:3", "m:2") not in {(strict.users[r], strict.items[c]) for r, c in zip(*strict.positive.nonzero())}


def test_split_latest_holds_out_latest():
    kg = _tiny()
    train, held = split_latest(kg, 0.34)
    assert held == {"user:1": {"m:3"}, "user:2": {"m:2"}, "user:3": {"m:4"}}
    assert not train.has_triple("user:1", "rated", "m:3") and train.has_triple("user:1", "rated", "m:1")
    assert kg.has_triple("user:1", "rated", "m:3")  # the original graph is untouched


# --------------------------------------------------------------------------- Recommender
@pytest.fixture(scope="module")
def example_rec(example_kg) -> Recommender:
    return Recommender(max_ease_items=1500).fit(example_kg)  # a smaller EASE keeps the test fast


def test_recommend_every_item_has_a_path(example_kg, example_rec):
    finder = PathFinder(example_kg, max_hops=3)
    users = ["user:1", "user:68", "user:414", "user:599"]
    for user, recs in zip(users, example_rec.recommend_many(users, k=10)):
        assert len(recs) == 10
        seen = {t.tail for t in example_kg.triples_of(user) if t.head == user}
        items = [i for i, _ in recs]
        assert not seen & set(items)
        assert all(example_kg.entity(i).kind == "item" for i in items)
        assert [s for _, s in recs] == sorted((s for _, s in recs), reverse=True)
        paths = finder.find_many([(user, i) for i in items], k=1, max_hops=3)
        assert all(paths), f"{user}: an item without a path was recommended"
    assert 0.0 <= example_rec.dropped_share < 1.0


def test_path_index_agrees_with_path_finder(example_kg, example_rec):
    finder = PathFinder(example_kg, max_hops=3)
    scores = example_rec.scores(["user:1"])[0]
    low = np.argsort(scores)[:40]  # the least likely candidates: the most likely to lack a path
    items = [example_rec.items_[j] for j in low]
    reach = example_rec.path_index_.reachable("user:1", items)
    found = [bool(p) for p in finder.find_many([("user:1", i) for i in items], k=1, max_hops=3)]
    assert reach.tolist() == found


def test_item_without_path_is_dropped():
    kg = _tiny()
    kg.add_entity(kgx.Entity("m:9", kind="item", type="m"))  # an island: no path can reach it
    rec = Recommender(l2=1.0, min_item_interactions=1, require_path=False).fit(kg)
    assert "m:9" in [i for i, _ in rec.recommend("user:4", k=10)]
    rec.require_path = True
    items = [i for i, _ in rec.recommend("user:4", k=10)]
    assert "m:9" not in items and items
    assert rec.dropped_share > 0


def test_cold_item_reached_through_attributes():
    rec = Recommender(l2=1.0, min_item_interactions=1, attribute_weight=1.0).fit(_tiny())
    # user:4 interacted only with m3 (directed by Lee): m5 (cold, also Lee's) comes first
    assert rec.recommend("user:4", k=1)[0][0] in ("m:4", "m:5")
    assert "m:5" in [i for i, _ in rec.recommend("user:4", k=2)]


def test_user_without_interactions_gets_popularity():
    kg = _tiny()
    kg.add_entity(kgx.Entity("user:9", kind="user", type="user"))
    kg.add_entity(kgx.Entity("genre:Noir", kind="attribute", type="genre"))
    rec = Recommender(l2=1.0, min_item_interactions=1).fit(kg)
    assert rec.recommend("user:9", k=3) == []  # nothing links them to any item: nothing explainable
    rec.require_path = False
    assert [i for i, _ in rec.recommend("user:9", k=2)] == ["m:1", "m:2"]  # most interacted


def test_recent_interactions_weigh_more():
    rows = [("user:1", "rated", "m:1", {"timestamp": 1}), ("user:1", "rated", "m:2", {"timestamp": 2})]
    for u, pair in ((2, ("m:1", "m:3")), (3, ("m:1", "m:3")), (4, ("m:2", "m:4")), (5, ("m:2", "m:4"))):
        rows += [(f"user:{u}", "rated", m, {"timestamp": 1}) for m in pair]
    rows += [(f"m:{i}", "has_genre", "genre:Drama") for i in range(1, 5)]
    kg = kgx.KnowledgeGraph.from_triples(rows, item_types=["m"])
    rec = Recommender(l2=1.0, min_item_interactions=1, recency_half_life=1.0).fit(kg)
    # m:2 is the newer interaction, so what its fans liked (m:4) beats what m:1's fans liked
    assert [i for i, _ in rec.recommend("user:1", k=2)] == ["m:4", "m:3"]
    rec.recency_half_life = None
    s = rec.scores(["user:1"])[0]
    assert s[rec.items_.index("m:3")] == pytest.approx(s[rec.items_.index("m:4")])


@pytest.mark.parametrize("k", [0, -1, 2.5, "3", True, None])
def test_bad_k(example_rec, k):
    with pytest.raises(ConfigError):
        example_rec.recommend("user:1", k=k)


def test_bad_ids(example_rec):
    with pytest.raises(UnknownEntityError) as err:
        example_rec.recommend("user:999999", k=3)
    assert isinstance(err.value, KeyError) and isinstance(err.value, KGExplainError)
    with pytest.raises(EntityKindError) as err:
        example_rec.recommend("movie:1", k=3)
    assert isinstance(err.value, ValueError) and "not a user" in str(err.value)
    with pytest.raises(UnknownEntityError):
        example_rec.recommend_many(["user:1", 7], k=3)


def test_item_only_graph_and_unfitted():
    kg = kgx.KnowledgeGraph.from_triples([("movie:1", "has_genre", "genre:Drama")])
    with pytest.raises(NoInteractionsError) as err:
        Recommender().fit(kg)
    assert isinstance(err.value, ValueError)
    with pytest.raises(NotFittedError):
        Recommender().recommend("user:1", k=1)
    with pytest.raises(ConfigError):
        Recommender(l2=0)
    with pytest.raises(ConfigError):
        Recommender(nonpositive_weight=2)


def test_save_load_round_trip(example_kg, example_rec, tmp_path):
    path = tmp_path / "rec.npz"
    example_rec.save(path)
    loaded = Recommender.load(path)
    users = ["user:1", "user:7"]
    assert loaded.recommend_many(users, k=10) == example_rec.recommend_many(users, k=10)
    assert loaded.get_params() == example_rec.get_params()
    with pytest.raises(EntityKindError):
        loaded.recommend("movie:1", k=1)
    with pytest.raises(kgx.ModelNotFoundError):
        Recommender.load(tmp_path / "missing.npz")


# --------------------------------------------------------------------------- co_liked
def test_co_liked_respects_min_support_and_never_links_users():
    # m1 & m2 loved together by 3 users; m1 & m3 by 2; user:5 only disliked m1 & m3
    rows = []
    for u in (1, 2, 3):
        rows += [(f"user:{u}", "rated", "m:1", {"rating": 5.0}), (f"user:{u}", "rated", "m:2", {"rating": 5.0})]
    for u in (1, 4):
        rows.append((f"user:{u}", "rated", "m:3", {"rating": 5.0}))
    rows.append(("user:4", "rated", "m:1", {"rating": 5.0}))
    rows += [("user:5", "rated", "m:1", {"rating": 1.0}), ("user:5", "rated", "m:3", {"rating": 1.0}),
             ("user:5", "rated", "m:2", {"rating": 5.0})]
    kg = kgx.KnowledgeGraph.from_triples(rows, item_types=["m"])
    assert add_co_liked(kg, min_support=3) == 1
    edges = [(t, a) for t, a in kg.edges() if t.relation == CO_LIKED]
    assert edges == [(kgx.Triple("m:1", CO_LIKED, "m:2"), {"support": 3, "weight": pytest.approx(3 / math.sqrt(4 * 4))})]
    assert add_co_liked(kg, min_support=2) == 2  # replaces: (m1, m2) and (m1, m3)
    pairs = {(t.head, t.tail) for t in kg.triples(CO_LIKED)}
    assert pairs == {("m:1", "m:2"), ("m:1", "m:3")}
    assert not kg.has_triple("m:2", CO_LIKED, "m:1")  # once per unordered pair
    for t, attrs in kg.edges():
        if t.relation == CO_LIKED:
            assert kg.entity(t.head).kind == "item" and kg.entity(t.tail).kind == "item"
            assert set(attrs) == {"support", "weight"}
    rel = kg.relation(CO_LIKED)
    assert rel.phrase == rel.inverse_phrase == "is loved by many fans of"
    assert rel.explainable and not rel.sensitive and rel.domain == rel.range == ("m",)
    with pytest.raises(ConfigError):
        add_co_liked(kg, min_support=1)


def test_co_liked_gives_paths_and_a_checked_reason():
    # user:1 loved m:1 only; m:2 shares no attribute with m:1 but 3 others loved both
    rows = [("user:1", "rated", "m:1", {"rating": 5.0}), ("m:1", "has_genre", "genre:Noir"),
            ("m:2", "has_genre", "genre:Western")]
    for u in (2, 3, 4):
        rows += [(f"user:{u}", "rated", "m:1", {"rating": 5.0}), (f"user:{u}", "rated", "m:2", {"rating": 4.5})]
    rows.append(("user:5", "rated", "m:2", {"rating": 1.0}))  # the scale runs 1-5
    kg = kgx.KnowledgeGraph.from_triples(rows, item_types=["m"])
    for eid, label in (("m:1", "Heat"), ("m:2", "Ronin")):
        kg.add_entity(kgx.Entity(eid, kind="item", type="m", label=label))
    assert PathFinder(kg).find("user:1", "m:2", k=1) == []
    add_co_liked(kg, min_support=3)
    paths = PathFinder(kg).find("user:1", "m:2", k=1, max_hops=3)
    assert paths and [h.relation for h in paths[0].hops] == ["rated", CO_LIKED]
    assert all(not n.startswith("user:") or n == "user:1" for n in paths[0].nodes)
    e = kgx.Explainer(kg, verbalizer="template", retriever=None).explain("user:1", "m:2")
    assert e.error is None and e.verdict.supported, e.verdict.reason
    assert "fans of" in e.text and "Heat" in e.text and "Ronin" in e.text
    assert not any(f"user:{u}" in e.text or f"User {u}" in e.text for u in (2, 3, 4))


def test_recommender_co_liked_switch():
    kg = _tiny()
    Recommender(l2=1.0, min_item_interactions=1).fit(kg)
    assert CO_LIKED not in kg.relations
    Recommender(l2=1.0, min_item_interactions=1, co_liked=True, min_support=3).fit(kg)
    assert {(t.head, t.tail) for t in kg.triples(CO_LIKED)} == {("m:1", "m:2")}


def test_explainer_recommend_delegates():
    kg = _tiny()
    ex = kgx.Explainer(kg, verbalizer="template", retriever=None)
    # the explainer's recommender starts paths only from items loved at its rating threshold
    threshold = ex.config.checker.rating_threshold
    assert ex.recommend("user:4", k=3) == Recommender(anchor_rating=threshold).fit(kg).recommend("user:4", k=3)
    assert isinstance(ex.recommender, Recommender) and kgx.Recommender is Recommender
    ex.recommender = Recommender(l2=1.0, min_item_interactions=1, require_path=False).fit(kg)
    assert len(ex.recommend("user:4", k=4)) == 4


def test_recommendations_start_from_an_item_the_user_loved():
    # C is reachable only through B, which the user rated 1: the explainer could not explain it
    # ("only items they rated lower link to it"), so the recommender does not pick it
    import kgexplain as kgx

    rows = [("user:1", "rated", "m:A", {"rating": 5.0}), ("user:1", "rated", "m:B", {"rating": 1.0}),
            ("m:A", "has_genre", "g:x"), ("m:D", "has_genre", "g:x"),
            ("m:B", "directed_by", "p:1"), ("m:C", "directed_by", "p:1")]
    rows += [(f"user:{u}", "rated", m, {"rating": 4.0}) for u in range(2, 6) for m in ("m:C", "m:D", "m:A")]
    kg = kgx.KnowledgeGraph.from_triples(rows)
    ex = kgx.Explainer(kg, verbalizer="template", retriever=None)
    picks = [item for item, _ in ex.recommend("user:1", k=5)]
    assert picks == ["m:D"]
    assert all(e.error is None for e in ex.explain_many([("user:1", i) for i in picks]))
    loose = kgx.Recommender(anchor_rating=None).fit(kg)
    assert "m:C" in [item for item, _ in loose.recommend("user:1", k=5)]


def test_co_liked_fans_loved_both_items():
    # ratings of 3 are above these users' own mean (2), but "is loved by many fans of" means
    # loved as the checker reads it (4 of 5 stars): no co-liked edge from them
    import kgexplain as kgx
    from kgexplain.recommend import add_co_liked

    rows = [(f"user:{u}", "rated", m, {"rating": r}) for u in range(4)
            for m, r in (("m:a", 3.0), ("m:b", 3.0), ("m:c", 1.0), ("m:d", 1.0))]
    kg = kgx.KnowledgeGraph.from_triples(rows)
    assert add_co_liked(kg, min_support=2) == 0
    assert add_co_liked(kg, min_support=2, min_rating=3.0) == 1  # if asked for
    loved = [(f"user:{u}", "rated", m, {"rating": 5.0}) for u in range(3) for m in ("m:a", "m:b")]
    kg = kgx.KnowledgeGraph.from_triples(loved)
    assert add_co_liked(kg, min_support=3) == 1
