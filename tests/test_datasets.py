"""Tests for kgexplain.datasets: the music graph declared in code."""

from __future__ import annotations

from collections import Counter

import kgexplain as kgx
from kgexplain.datasets import music_graph


def test_music_graph_loads_with_its_own_relation_phrases():
    kg = music_graph()
    assert isinstance(kg, kgx.KnowledgeGraph)
    assert set(kg.relations) == {"listened", "has_genre", "signed_to", "from_city", "has_member",
                                 "plays_instrument", "influenced_by"}
    for rel in kg.relations.values():
        assert rel.phrase and rel.inverse_phrase, rel
        assert rel.phrase != rel.name.replace("_", " ") or rel.name == "listened"
    kinds = Counter(e.kind for e in kg.entities())
    assert 40 <= kinds["item"] <= 80 and kinds["user"] == 40
    assert {e.type for e in kg.entities()} == {"artist", "genre", "label", "city", "person",
                                               "instrument", "user"}
    # real facts, stored in the declared direction
    assert kg.has_triple("artist:nirvana", "has_member", "person:dave_grohl")
    assert kg.has_triple("artist:foo_fighters", "has_member", "person:dave_grohl")
    assert kg.has_triple("artist:oasis", "influenced_by", "artist:beatles")
    assert not kg.has_triple("artist:beatles", "influenced_by", "artist:oasis")
    assert kg.entity("artist:rolling_stones").attrs == {"year": 1962}


def test_music_graph_listeners_are_seeded_and_rate_8_to_20_artists():
    kg = music_graph(seed=0)
    per_user = Counter(t.head for t in kg.triples("listened"))
    assert len(per_user) == 40
    assert all(8 <= n <= 20 for n in per_user.values())
    ratings = [kg.edge_attrs(*t)["rating"] for t in kg.triples("listened")]
    assert set(ratings) == {1.0, 2.0, 3.0, 4.0, 5.0}
    assert sorted(music_graph(seed=0).triples("listened")) == sorted(kg.triples("listened"))
    assert sorted(music_graph(seed=1).triples("listened")) != sorted(kg.triples("listened"))
    # no dangling entity
    assert all(kg.graph.degree(e.id) > 0 for e in kg.entities())
