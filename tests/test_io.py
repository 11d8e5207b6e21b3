from __future__ import annotations

import shutil

import networkx as nx
import pytest

import kgexplain as kgx
from kgexplain.errors import (
    ConflictingEntityError,
    EmptyGraphError,
    GraphFileNotFoundError,
    GraphFormatError,
    KGExplainError,
    MissingColumnError,
)


def assert_same_graph(a: kgx.KnowledgeGraph, b: kgx.KnowledgeGraph) -> None:
    ea = {e.id: e for e in a.entities()}
    eb = {e.id: e for e in b.entities()}
    assert ea.keys() == eb.keys()
    for k, e in ea.items():
        f = eb[k]
        assert (e.kind, e.type, e.label, e.aliases, dict(e.attrs)) == (
            f.kind, f.type, f.label, f.aliases, dict(f.attrs)
        ), k
    assert a.relations == b.relations
    edges_a = {t: attrs for t, attrs in a.edges()}
    edges_b = {t: attrs for t, attrs in b.edges()}
    assert edges_a == edges_b
    assert a.fingerprint() == b.fingerprint()


def test_csv_round_trip_on_example_graph(example_kg, tmp_path):
    out = tmp_path / "g.tsv.gz"
    example_kg.save(out)
    assert_same_graph(example_kg, kgx.KnowledgeGraph.load(out))


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".jsonld", ".ttl.gz"])
def test_rdf_round_trip_keeps_everything(music_kg, tmp_path, suffix):
    kg = music_kg
    kg.entity("artist:daft_punk")
    out = tmp_path / f"g{suffix}"
    kg.save(out)
    assert_same_graph(kg, kgx.KnowledgeGraph.load(out))


@pytest.mark.slow
def test_rdf_round_trip_on_example_subgraph(example_kg, tmp_path):
    # every relation, entity type and attribute kind of the example graph, in a 3k-triple slice
    triples = []
    per_rel: dict[str, int] = {}
    for t, attrs in example_kg.edges():
        if per_rel.get(t.relation, 0) < 300:
            per_rel[t.relation] = per_rel.get(t.relation, 0) + 1
            triples.append((t.head, t.relation, t.tail, attrs))
    ids = {x for t in triples for x in (t[0], t[2])}
    sub = kgx.KnowledgeGraph.from_triples(
        triples,
        entities=[example_kg.entity(i) for i in ids],
        relations=example_kg.relations.values(),
    )
    out = tmp_path / "sub.ttl"
    sub.save(out)
    assert_same_graph(sub, kgx.KnowledgeGraph.load(out))


def test_load_csv_with_sidecars(music_kg):
    assert music_kg.entity("artist:daft_punk").label == "Daft Punk"
    assert music_kg.entity("artist:daft_punk").aliases == ("Daft Punk (duo)",)
    assert music_kg.relation("has_genre").phrase == "plays"
    assert music_kg.edge_attrs("user:ann", "listened", "artist:daft_punk") == {
        "rating": 5, "timestamp": 1700000000
    }


def test_load_generic_turtle(data_dir):
    kg = kgx.KnowledgeGraph.load(data_dir / "tiny.ttl")
    jum = kg.find("Jumanji")[0]
    assert jum.type == "Film" and jum.attrs["year"] == 1995
    assert kg.has_triple(jum.id, "starring", kg.find("Robin Williams")[0].id)


def test_load_recbole(data_dir):
    kg = kgx.KnowledgeGraph.load(data_dir / "recbole")
    assert kg.entity("item:10").label == "Alpha"
    assert kg.entity("user:1").kind == "user"
    assert kg.has_triple("user:1", "rated", "item:10")
    assert kg.has_triple("item:10", "film.film.directed_by", "entity:m.dir")
    assert kg.edge_attrs("user:2", "rated", "item:11")["rating"] == 5


def test_from_networkx_round_trip():
    g = nx.MultiDiGraph()
    g.add_node("user:1", kind="user", label="Ann")
    g.add_node("movie:1", kind="item", label="Heat", year=1995)
    g.add_edge("user:1", "movie:1", key="rated", rating=4.0)
    kg = kgx.KnowledgeGraph.from_networkx(g)
    assert kg.entity("movie:1").attrs == {"year": 1995}
    assert kg.edge_attrs("user:1", "rated", "movie:1") == {"rating": 4.0}
    h = nx.DiGraph()
    h.add_edge("a:1", "b:1", relation="links")
    assert kgx.KnowledgeGraph.from_networkx(h).has_triple("a:1", "links", "b:1")


# ------------------------------------------------------------------ bad input
def test_missing_file():
    with pytest.raises(GraphFileNotFoundError, match="does not exist"):
        kgx.KnowledgeGraph.load("nope/graph.ttl")
    assert issubclass(GraphFileNotFoundError, FileNotFoundError)


def test_unknown_suffix(tmp_path):
    p = tmp_path / "g.xyz"
    p.write_text("x")
    with pytest.raises(GraphFormatError, match="unknown graph file type"):
        kgx.KnowledgeGraph.load(p)


def test_malformed_turtle_names_file(tmp_path):
    p = tmp_path / "bad.ttl"
    p.write_text("@prefix ex: <http://e/> .\nex:a ex:b ex:c .\nex:a ex:b \"unterminated .\n")
    with pytest.raises(GraphFormatError, match="bad.ttl"):
        kgx.KnowledgeGraph.load(p)


def test_csv_wrong_field_count_names_line(tmp_path):
    p = tmp_path / "g.csv"
    p.write_text("head,relation,tail\nuser:1,rated,movie:1\nuser:2,rated\n")
    with pytest.raises(GraphFormatError, match=r"g.csv, line 3"):
        kgx.KnowledgeGraph.load(p)


def test_csv_missing_columns(tmp_path):
    p = tmp_path / "g.csv"
    p.write_text("subject,predicate,object\na:1,r,b:1\n")
    with pytest.raises(MissingColumnError, match="head"):
        kgx.KnowledgeGraph.load(p)
    assert issubclass(MissingColumnError, ValueError)


def test_empty_files(tmp_path):
    p = tmp_path / "g.csv"
    p.write_text("")
    with pytest.raises(EmptyGraphError):
        kgx.KnowledgeGraph.load(p)
    p.write_text("head,relation,tail\n")
    with pytest.raises(EmptyGraphError, match="no triples"):
        kgx.KnowledgeGraph.load(p)


def test_undecodable_bytes(tmp_path):
    p = tmp_path / "g.csv"
    p.write_bytes(b"head,relation,tail\nuser:1,rated,movie:\xe9t\xe9\n")
    with pytest.raises(GraphFormatError, match="line 2.*UTF-8"):
        kgx.KnowledgeGraph.load(p)


def test_bad_gzip(tmp_path):
    p = tmp_path / "g.csv.gz"
    p.write_bytes(b"not gzip at all")
    with pytest.raises(GraphFormatError, match="gzip"):
        kgx.KnowledgeGraph.load(p)


def test_entity_table_conflict_and_unknown(tmp_path, data_dir):
    shutil.copy(data_dir / "tiny_music.csv", tmp_path / "m.csv")
    (tmp_path / "m.entities.csv").write_text(
        "id,kind,type,label\nuser:ann,user,user,Ann\nuser:ann,item,user,Ann\n"
    )
    with pytest.raises(ConflictingEntityError, match="user:ann"):
        kgx.KnowledgeGraph.load(tmp_path / "m.csv")
    (tmp_path / "m.entities.csv").write_text("id,kind,type,label\nuser:ann,robot,user,Ann\n")
    with pytest.raises(GraphFormatError, match="kind must be one of"):
        kgx.KnowledgeGraph.load(tmp_path / "m.csv")


def test_recbole_missing_columns(tmp_path):
    (tmp_path / "x.inter").write_text("uid:token\titem_id:token\n1\t2\n")
    with pytest.raises(MissingColumnError, match="user_id"):
        kgx.KnowledgeGraph.load(tmp_path)


def test_all_errors_share_root():
    for cls in (GraphFormatError, EmptyGraphError, MissingColumnError, GraphFileNotFoundError):
        assert issubclass(cls, KGExplainError)
