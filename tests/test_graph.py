from __future__ import annotations

import numpy as np
import pytest

import kgexplain as kgx
from kgexplain.errors import (
    ConflictingEntityError,
    EmptyGraphError,
    KGExplainError,
    UnknownEntityError,
    UnknownRelationError,
)


def small() -> kgx.KnowledgeGraph:
    return kgx.KnowledgeGraph.from_triples(
        [
            ("user:1", "rated", "movie:1", {"rating": 5.0, "timestamp": 10}),
            ("user:1", "rated", "movie:2", {"rating": 2.5}),
            ("movie:1", "has_genre", "genre:Comedy"),
            ("movie:3", "has_genre", "genre:Comedy"),
        ]
    )


def test_from_triples_infers_kinds_and_types():
    kg = small()
    assert kg.entity("user:1").kind == "user"
    assert kg.entity("movie:3").kind == "item"  # same type as what users rate
    assert kg.entity("genre:Comedy").kind == "attribute"
    assert kg.entity("genre:Comedy").type == "genre"
    assert kg.num_triples == 4 and kg.num_entities == 5


def test_ids_of_different_types_never_collide():
    kg = kgx.KnowledgeGraph.from_triples([("user:7", "rated", "movie:7")])
    assert {"user:7", "movie:7"} <= {e.id for e in kg.entities()}
    assert kg.entity("user:7").kind != kg.entity("movie:7").kind


def test_declared_entities_and_relations():
    kg = kgx.KnowledgeGraph.from_triples(
        [("user:1", "listened", "artist:1"), ("artist:1", "has_genre", "genre:house")],
        entities=[
            kgx.Entity("user:1", kind="user"),
            kgx.Entity("artist:1", kind="item", type="artist", label="Daft Punk", aliases=("DP",)),
            kgx.Entity("genre:house", kind="attribute", label="House"),
        ],
        relations=[kgx.Relation("has_genre", phrase="plays", inverse_phrase="is played by")],
    )
    assert kg.relation("has_genre").phrase == "plays"
    assert kg.relation("listened").phrase == "listened"  # default from the name
    assert [e.id for e in kg.find("dp")] == ["artist:1"]
    assert kg.label("artist:1") == "Daft Punk"


def test_unknown_entity_in_triple_with_declared_entities():
    with pytest.raises(UnknownEntityError, match="movie:9"):
        kgx.KnowledgeGraph.from_triples(
            [("user:1", "rated", "movie:9")], entities=[kgx.Entity("user:1", kind="user")]
        )


def test_conflicting_kinds_raise():
    kg = small()
    with pytest.raises(ConflictingEntityError, match="user:1"):
        kg.add_entity(kgx.Entity("user:1", kind="item", type="user"))
    assert isinstance(ConflictingEntityError("x"), ValueError)


def test_empty_graph_raises():
    with pytest.raises(EmptyGraphError):
        kgx.KnowledgeGraph.from_triples([])


def test_malformed_triples_raise():
    with pytest.raises(KGExplainError, match="triple 2"):
        kgx.KnowledgeGraph.from_triples([("a:1", "r", "b:1"), ("a:1", "r")])
    with pytest.raises(KGExplainError, match="non-empty"):
        kgx.KnowledgeGraph.from_triples([("a:1", "", "b:1")])


def test_lookup_errors_are_typed_and_builtin():
    kg = small()
    with pytest.raises(KeyError):
        kg.entity("user:404")
    with pytest.raises(UnknownEntityError, match="user:404"):
        kg.entity("user:404")
    with pytest.raises(UnknownRelationError, match="known relations"):
        kg.relation("nope")


def test_triples_between_and_of():
    kg = small()
    assert kg.triples_between("movie:1", "user:1") == [kgx.Triple("user:1", "rated", "movie:1")]
    assert len(kg.triples_of("genre:Comedy")) == 2
    assert kg.has_triple("user:1", "rated", "movie:1")
    assert not kg.has_triple("movie:1", "rated", "user:1")
    assert kg.edge_attrs("user:1", "rated", "movie:1")["rating"] == 5.0


def test_summary(example_kg):
    s = example_kg.summary()
    assert s.kinds["user"] == 610
    assert s.relations["rated"] == 90_743
    assert s.entities == example_kg.num_entities
    assert "entities" in str(s) and s.degree_percentiles["max"] >= s.degree_percentiles["p50"]


def test_compile_csr_matches_graph():
    kg = small()
    c = kg.compile()
    assert c.num_nodes == 5 and c.num_edges == 4
    for e in range(c.num_edges):
        t = c.triple(e)
        assert kg.has_triple(*t)
    # each stored edge appears once per endpoint in the undirected view
    assert c.adj_ptr[-1] == 2 * c.num_edges
    for i in range(c.num_nodes):
        nbrs, edges = c.neighbors(i)
        for j, e in zip(nbrs, edges):
            assert {c.edge_head[e], c.edge_tail[e]} == {i, j}
    # rating 5 -> strength 1, rating 2.5 -> 0.5 (normalized by the largest rating)
    w = {c.triple(e): c.edge_weight[e] for e in range(c.num_edges)}
    assert w[kgx.Triple("user:1", "rated", "movie:1")] == pytest.approx(1.0)
    assert w[kgx.Triple("user:1", "rated", "movie:2")] == pytest.approx(0.5)
    assert np.isnan(c.edge_time[c.adj_edge[0]]) or c.edge_time.dtype == np.float64
    m = c.matrix("out")
    assert m.shape == (5, 5) and m.nnz == 4


def test_compile_is_cached_and_invalidated():
    kg = small()
    c1 = kg.compile()
    assert kg.compile() is c1
    kg.add_entity(kgx.Entity("genre:Drama", kind="attribute"))
    kg.add_triple("movie:2", "has_genre", "genre:Drama")
    c2 = kg.compile()
    assert c2 is not c1 and c2.num_edges == 5
    fp = kg.fingerprint()
    kg.add_triple("movie:3", "has_genre", "genre:Drama")
    assert kg.fingerprint() != fp


def test_fingerprint_stable_across_builds():
    assert small().fingerprint() == small().fingerprint()


def test_example_graph_is_real_and_readable(example_kg):
    assert example_kg.entity("movie:2571").label == "The Matrix"
    assert example_kg.entity("movie:2571").attrs["year"] == 1999
    assert example_kg.find("Robin Williams")
    assert not example_kg.relation("tagged").explainable
    assert example_kg.relation("tagged").sensitive
    for e in example_kg.entities(type="person"):
        assert "_" not in e.label
        break


def test_sparql(example_kg):
    kg = small()
    rows = kg.sparql(
        "SELECT ?m ?label WHERE { ?m rel:has_genre ?g . ?g rdfs:label 'Comedy' . ?m rdfs:label ?label }"
    )
    assert sorted(r["m"] for r in rows) == ["movie:1", "movie:3"]


# ------------------------------------------------------------------ issue 21: record and edge checks
import math  # noqa: E402

from kgexplain.errors import InvalidRecordError  # noqa: E402


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"phrase": ["plays", "sings"]}, "phrase must be a string"),
        ({"inverse_phrase": 5}, "inverse_phrase must be a string"),
        ({"explainable": "no"}, "explainable must be true or false"),
        ({"sensitive": None}, "sensitive must be true or false"),
        ({"domain": 5}, "domain must be a list of strings"),
        ({"range": ["artist", 3]}, "an item of range must be a string"),
        ({"cues": {"a": 1}}, "cues must be a list of strings"),
        ({"phrase": "plays\x1b[2J"}, "control character"),
    ],
)
def test_relation_fields_are_type_checked(fields, message):
    with pytest.raises(InvalidRecordError, match=message):
        kgx.Relation("has_genre", **fields)
    assert issubclass(InvalidRecordError, ValueError) and issubclass(InvalidRecordError, TypeError)


def test_relation_string_lists_still_accept_one_string():
    rel = kgx.Relation("r", domain="user", cues=("hears", "heard"))
    assert rel.domain == ("user",) and rel.cues == ("hears", "heard")


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"label": "A\nB"}, "control character"),
        ({"label": "bad \ud800"}, "lone surrogate"),
        ({"label": 5}, "label must be a string"),
        ({"aliases": 5}, "aliases must be a list of strings"),
        ({"aliases": ("ok", None)}, "an item of aliases must be a string"),
        ({"attrs": [1, 2]}, "attrs must be a mapping"),
        ({"kind": ["item"]}, "kind must be one of"),
    ],
)
def test_entity_fields_are_type_checked(fields, message):
    with pytest.raises(InvalidRecordError, match=message):
        kgx.Entity("movie:1", **fields)


def test_blank_labels_fall_back_to_the_id():
    assert kgx.Entity("movie:toy_story", label="  ").label == "toy story"
    assert kgx.Entity("movie:").label == "movie:"
    assert kgx.Entity("movie:_").label == "movie:_"


@pytest.mark.parametrize("weight", [float("nan"), float("inf"), 10**400, "heavy", True])
def test_edge_weights_must_be_finite_numbers(weight):
    with pytest.raises(InvalidRecordError, match="weight must be a"):
        kgx.KnowledgeGraph.from_triples([("user:1", "rated", "movie:1", {"weight": weight})])


def test_huge_weights_never_overflow_compile_or_paths():
    kg = kgx.KnowledgeGraph.from_triples([
        ("user:1", "rated", "movie:1", {"weight": 1e308}),
        ("user:1", "rated", "movie:2", {"weight": 1e308}),
        ("movie:1", "has_genre", "genre:x", {"weight": 1e308}),
        ("movie:2", "has_genre", "genre:x", {"weight": 1e308}),
    ])
    cg = kg.compile()
    assert np.isfinite(cg.edge_weight).all() and cg.edge_weight.max() <= 1e6
    with np.errstate(over="raise"):
        paths = kgx.PathFinder(kg).find("user:1", "movie:2", k=3, max_hops=3)
    assert paths and all(math.isfinite(p.score) for p in paths)


def test_add_entity_and_relation_reject_wrong_types():
    kg = kgx.KnowledgeGraph()
    with pytest.raises(InvalidRecordError, match="expected a kgexplain.Entity"):
        kg.add_entity(5)
    with pytest.raises(InvalidRecordError, match="expected a kgexplain.Relation"):
        kg.add_relation({"name": "r"})
