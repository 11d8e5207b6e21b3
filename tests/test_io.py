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


# ------------------------------------------------------------------ issue 21: loaders
import gzip  # noqa: E402
import math  # noqa: E402
import os  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402

from kgexplain.errors import InputTooLargeError, InvalidRecordError, UnsafeInputError  # noqa: E402
from kgexplain.io import LoadLimits  # noqa: E402


def _music(tmp_path, data_dir, relations_yaml: str | bytes | None = None):
    shutil.copy(data_dir / "tiny_music.csv", tmp_path / "m.csv")
    shutil.copy(data_dir / "tiny_music.entities.csv", tmp_path / "m.entities.csv")
    if relations_yaml is not None:
        target = tmp_path / "m.relations.yaml"
        if isinstance(relations_yaml, bytes):
            target.write_bytes(relations_yaml)
        else:
            target.write_text(relations_yaml)
    return tmp_path / "m.csv"


def test_relations_yaml_invalid_utf8_names_line(tmp_path, data_dir):
    p = _music(tmp_path, data_dir, b"relations:\n  listened:\n    phrase: \xfflistened\n")
    with pytest.raises(GraphFormatError, match=r"m.relations.yaml, line 3: .*not valid UTF-8"):
        kgx.KnowledgeGraph.load(p)


@pytest.mark.parametrize(
    "yaml_text, message",
    [
        ("relations:\n  rated: loved\n", "must map field names"),
        ("relations:\n  listened: {domain: 5}\n", "domain must be a list of strings"),
        ("relations:\n  listened: {phrase: [a, b]}\n", "phrase must be a string"),
        ("relations:\n  listened: {explainable: 'no'}\n", "explainable must be true or false"),
        ("relations:\n  listened: {sensitive: 1}\n", "sensitive must be true or false"),
        ("relations:\n  listened: {cues: [hears, 5]}\n", "an item of cues must be a string"),
        ("relations:\n  listened: {phrase: \"listened\\nto\"}\n", "control character"),
        ("relations:\n  listened: {1: x}\n", "unknown fields"),
        ("- a\n- b\n", "expected a mapping"),
        ("relations: {listened: {phrase: x}\n", "invalid YAML"),
    ],
)
def test_relations_yaml_fields_are_type_checked(tmp_path, data_dir, yaml_text, message):
    p = _music(tmp_path, data_dir, yaml_text)
    with pytest.raises(GraphFormatError, match=message):
        kgx.KnowledgeGraph.load(p)


def test_relations_yaml_alias_bomb_refused_quickly(tmp_path, data_dir):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(9)
    )
    p = _music(tmp_path, data_dir, bomb + "relations:\n  listened:\n    cues: *j\n")
    start = time.perf_counter()
    with pytest.raises(GraphFormatError, match="anchors and aliases"):
        kgx.KnowledgeGraph.load(p)
    assert time.perf_counter() - start < 2


def test_relations_yaml_depth_bounded(tmp_path, data_dir):
    p = _music(tmp_path, data_dir, "relations:\n  listened:\n    cues: " + "[" * 200 + "]" * 200 + "\n")
    with pytest.raises(GraphFormatError, match="deeper than 64"):
        kgx.KnowledgeGraph.load(p)


@pytest.mark.parametrize("cell", ['"[1, 2]"', "5", '"""x"""', '"{""a"": ' * 70 + "1" + "}" * 70 + '"'])
def test_csv_attrs_column_must_be_a_json_object(tmp_path, cell):
    p = tmp_path / "g.csv"
    p.write_text(f"head,relation,tail,attrs\nuser:1,rated,movie:1,{cell}\n")
    with pytest.raises(GraphFormatError, match=r"g.csv, line 2: .*(JSON object|invalid JSON|deeper)"):
        kgx.KnowledgeGraph.load(p)


def _corrupt_deflate() -> bytes:
    good = gzip.compress(b"head,relation,tail\n" + b"user:1,rated,movie:1\n" * 50, mtime=0)
    return good[:10] + bytes([good[10] ^ 0xFF]) + good[11:]  # header fine, deflate data not (zlib.error)


@pytest.mark.parametrize(
    "data",
    [b"\x1f\x8b\x08\x00garbage", gzip.compress(b"head,relation,tail\nuser:1,r,m:1\n")[:-12], _corrupt_deflate()],
    ids=["bad_header", "truncated", "corrupt_deflate"],
)
def test_corrupt_gzip_is_a_format_error(tmp_path, data):
    p = tmp_path / "g.csv.gz"
    p.write_bytes(data)
    with pytest.raises(GraphFormatError, match="gzip"):
        kgx.KnowledgeGraph.load(p)


def test_gzip_bomb_stops_at_the_limit(tmp_path):
    p = tmp_path / "bomb.csv.gz"
    with gzip.open(p, "wb", compresslevel=9) as fh:
        fh.write(b"head,relation,tail\n")
        for _ in range(64):
            fh.write(b"\n" * (1 << 20))
    assert p.stat().st_size < 200_000
    with pytest.raises(InputTooLargeError, match="decompresses to more than 16,777,216 bytes"):
        kgx.KnowledgeGraph.load(p, limits=LoadLimits(max_bytes=16 << 20))
    assert LoadLimits().max_bytes == 1 << 30


def test_recbole_link_row_with_one_field(tmp_path, data_dir):
    shutil.copytree(data_dir / "recbole", tmp_path / "rb")
    (tmp_path / "rb" / "toy.link").write_text("item_id:token\tentity_id:token\n10\n")
    with pytest.raises(GraphFormatError, match=r"toy.link, line 2: expected 2 tab-separated fields"):
        kgx.KnowledgeGraph.load(tmp_path / "rb")


def test_recbole_huge_field(tmp_path, data_dir):
    shutil.copytree(data_dir / "recbole", tmp_path / "rb")
    (tmp_path / "rb" / "toy.link").write_text("item_id:token\tentity_id:token\n10\t" + "m" * 200_000 + "\n")
    with pytest.raises(GraphFormatError, match=r"toy.link, line 2: .*field"):
        kgx.KnowledgeGraph.load(tmp_path / "rb")


def test_recbole_rating_must_be_a_finite_number(tmp_path, data_dir):
    shutil.copytree(data_dir / "recbole", tmp_path / "rb")
    (tmp_path / "rb" / "toy.inter").write_text("user_id:token\titem_id:token\trating:float\n1\t10\tloved\n")
    with pytest.raises(GraphFormatError, match=r"toy.inter, line 2: column 'rating' must hold a number"):
        kgx.KnowledgeGraph.load(tmp_path / "rb")


KGX_SPEC = "<https://w3id.org/kgexplain/vocab#spec>"
KGX_REL = "<https://w3id.org/kgexplain/relation/r>"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


@pytest.mark.parametrize(
    "extra",
    [
        f'{KGX_REL} {RDF_TYPE} <https://w3id.org/kgexplain/vocab#Relation> .\n{KGX_REL} {KGX_SPEC} "{{not json" .',
        f'{KGX_REL} {RDF_TYPE} <https://w3id.org/kgexplain/vocab#Relation> .\n{KGX_REL} {KGX_SPEC} "[1, 2]" .',
        f'{KGX_REL} {RDF_TYPE} <https://w3id.org/kgexplain/vocab#Relation> .\n'
        f'{KGX_REL} {KGX_SPEC} "{{\\"name\\": \\"r\\", \\"explainable\\": \\"no\\"}}" .',
        '<http://e/a> <https://w3id.org/kgexplain/vocab#aliasOrder> "{oops" .',
        '<http://e/a> <https://w3id.org/kgexplain/vocab#aliasOrder> "5" .',
        '<http://e/a> <http://e/p> "{]"^^<https://w3id.org/kgexplain/vocab#json> .',
    ],
)
def test_malformed_kgx_literals(tmp_path, extra):
    p = tmp_path / "g.nt"
    p.write_text("<http://e/a> <http://e/likes> <http://e/b> .\n" + extra + "\n")
    with pytest.raises(GraphFormatError, match="g.nt"):
        kgx.KnowledgeGraph.load(p)


def test_huge_ntriples_literal_refused_quickly(tmp_path):
    p = tmp_path / "big.nt"
    p.write_text('<http://e/a> <http://e/b> "' + "x" * 10_000_000 + '" .\n')
    start = time.perf_counter()
    with pytest.raises(InputTooLargeError, match="line 1: a line is longer"):
        kgx.KnowledgeGraph.load(p)
    assert time.perf_counter() - start < 2


def test_huge_turtle_multiline_literal_refused_quickly(tmp_path):
    p = tmp_path / "big.ttl"
    p.write_text('<http://e/a> <http://e/b> """' + "x\n" * 1_000_000 + '""" .\n')
    start = time.perf_counter()
    with pytest.raises(InputTooLargeError, match="triple-quoted string"):
        kgx.KnowledgeGraph.load(p)
    assert time.perf_counter() - start < 2


def test_huge_literal_in_rdfxml_refused(tmp_path):
    p = tmp_path / "big.rdf"
    p.write_text(
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://e/">'
        '<rdf:Description rdf:about="http://e/a"><ex:p>' + "x" * 200_000 + "</ex:p></rdf:Description></rdf:RDF>"
    )
    with pytest.raises(InputTooLargeError, match="literal is longer"):
        kgx.KnowledgeGraph.load(p)
    kg = kgx.KnowledgeGraph.load(p, limits=LoadLimits(max_literal_chars=300_000))
    assert len(kg.entity("entity:a").attrs["p"]) == 200_000


def _load_in_thread(path):
    box: dict = {}

    def run():
        try:
            kgx.KnowledgeGraph.load(path)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            box["exc"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(timeout=10)
    return t, box


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_refused_without_blocking(tmp_path):
    fifo = tmp_path / "g.csv"
    os.mkfifo(fifo)
    t, box = _load_in_thread(fifo)
    if t.is_alive():  # unblock the reader before failing
        with open(fifo, "w"):
            pass
    assert not t.is_alive(), "load() blocked on a FIFO"
    assert isinstance(box.get("exc"), UnsafeInputError) and "FIFO" in str(box["exc"])


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_sidecar_linked_to_dev_zero_refused(tmp_path, data_dir):
    p = _music(tmp_path, data_dir)
    (tmp_path / "m.entities.csv").unlink()
    os.symlink("/dev/zero", tmp_path / "m.entities.csv")
    t, box = _load_in_thread(p)
    assert not t.is_alive()
    assert isinstance(box.get("exc"), UnsafeInputError) and "character device" in str(box["exc"])
    os.symlink("/dev/zero", tmp_path / "z.ttl")
    with pytest.raises(UnsafeInputError, match="not a regular file"):
        kgx.KnowledgeGraph.load(tmp_path / "z.ttl")


def test_turtle_error_keeps_rdflib_reason_and_names_one_line(tmp_path):
    p = tmp_path / "bad.ttl"
    p.write_text("@prefix ex: <http://e/> .\nex:a ex:b ex:c .\nex:a ex:b .\nex:d ex:e ex:f .\n")
    with pytest.raises(GraphFormatError) as info:
        kgx.KnowledgeGraph.load(p)
    msg = str(info.value)
    assert msg.startswith(f"{p}, line 3: ") and "objectList expected" in msg
    assert "line 2" not in msg and msg.count("line") == 1
    assert info.value.line == 3


# ------------------------------------------------------------------ issue 21: graphs that load and then break
def test_weight_1e400_refused_at_load(tmp_path):
    p = tmp_path / "g.csv"
    p.write_text("head,relation,tail,weight\nuser:1,rated,movie:1,1e400\n")
    with pytest.raises(GraphFormatError, match=r"line 2: column 'weight' must hold a finite number"):
        kgx.KnowledgeGraph.load(p)
    p.write_text("head,relation,tail,weight\nuser:1,rated,movie:1,nan\n")
    with pytest.raises(GraphFormatError, match="finite"):
        kgx.KnowledgeGraph.load(p)


def test_lone_surrogate_label_refused_at_load(tmp_path):
    p = tmp_path / "g.nt"
    p.write_text(
        '<http://e/a> <http://e/likes> <http://e/b> .\n'
        '<http://e/a> <http://www.w3.org/2000/01/rdf-schema#label> "bad \\uD800 label" .\n'
    )
    with pytest.raises(GraphFormatError, match="lone surrogate"):
        kgx.KnowledgeGraph.load(p)
    q = tmp_path / "g.csv"
    q.write_text('head,relation,tail,attrs\nuser:1,rated,movie:1,"{""note"": ""\\ud800""}"\n')
    with pytest.raises(GraphFormatError, match=r"line 2: .*lone surrogate"):
        kgx.KnowledgeGraph.load(q)


def test_control_characters_in_labels_refused(tmp_path, data_dir):
    p = _music(tmp_path, data_dir)
    (tmp_path / "m.entities.csv").write_text('id,kind,type,label\nuser:ann,user,user,"Ann\x1b[31m"\n')
    with pytest.raises(GraphFormatError, match=r"m.entities.csv, line 2: .*control character"):
        kgx.KnowledgeGraph.load(p)


def test_empty_labels_fall_back(tmp_path):
    p = tmp_path / "g.nt"
    p.write_text(
        '<http://e/a> <http://e/likes> <http://e/b> .\n'
        '<http://e/a> <http://www.w3.org/2000/01/rdf-schema#label> "   " .\n'
    )
    kg = kgx.KnowledgeGraph.load(p)
    assert kg.entity("entity:a").label == "a"
    assert all(e.label.strip() for e in kg.entities())


@pytest.mark.parametrize("suffix", [".csv", ".tsv.gz", ".ttl", ".nt", ".jsonld"])
def test_dates_nan_and_large_floats_round_trip(tmp_path, suffix):
    src = tmp_path / "dbp.ttl"
    src.write_text(
        "@prefix ex: <http://e/> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        "ex:a ex:likes ex:b .\n"
        'ex:a ex:born "1999-03-31"^^xsd:date ; ex:seen "2001-02-03T04:05:06"^^xsd:dateTime ;\n'
        '     ex:price "1.50"^^xsd:decimal ; ex:odd "abc"^^xsd:integer ;\n'
        '     ex:nan "NaN"^^xsd:double ; ex:inf "INF"^^xsd:double ; ex:big "1e308"^^xsd:double .\n'
    )
    kg = kgx.KnowledgeGraph.load(src)
    attrs = kg.entity("entity:a").attrs
    assert attrs["born"] == "1999-03-31" and attrs["seen"] == "2001-02-03T04:05:06"
    assert attrs["price"] == 1.5 and attrs["odd"] == "abc" and attrs["big"] == 1e308
    assert math.isnan(attrs["nan"]) and attrs["inf"] == math.inf
    out = tmp_path / f"out{suffix}"
    kg.save(out)
    back = kgx.KnowledgeGraph.load(out)
    got = dict(back.entity("entity:a").attrs)
    assert math.isnan(got.pop("nan"))
    want = dict(attrs)
    want.pop("nan")
    assert got == want
    assert back.fingerprint() == kg.fingerprint()


@pytest.mark.parametrize("suffix", [".csv", ".ttl"])
def test_python_dates_and_nan_edge_attrs_save(tmp_path, suffix):
    import datetime

    kg = kgx.KnowledgeGraph.from_triples(
        [("user:1", "rated", "movie:1", {"rating": 4, "when": datetime.date(2020, 1, 2), "score": float("nan"), "big": 1e308})],
        entities=[kgx.Entity("user:1", kind="user"),
                  kgx.Entity("movie:1", kind="item", attrs={"released": datetime.datetime(1999, 3, 31, 12, 0)})],
    )
    out = tmp_path / f"g{suffix}"
    kg.save(out)
    back = kgx.KnowledgeGraph.load(out)
    assert back.entity("movie:1").attrs == {"released": "1999-03-31T12:00:00"}
    edge = back.edge_attrs("user:1", "rated", "movie:1")
    assert edge["when"] == "2020-01-02" and edge["big"] == 1e308 and math.isnan(edge["score"])


def test_lone_surrogate_can_never_reach_save():
    with pytest.raises(InvalidRecordError, match="lone surrogate"):
        kgx.Entity("movie:1", label="bad \ud800")
    with pytest.raises(InvalidRecordError, match="lone surrogate"):
        kgx.KnowledgeGraph.from_triples([("user:1", "rated", "movie:1", {"note": "\udcff"})])


# --------------------------------------------------------------------------- the format registry
def test_format_registry_dispatches_by_suffix_and_by_name(tmp_path):
    from kgexplain import io

    formats = io.graph_formats()
    assert {"table", "turtle", "nt", "json-ld", "xml", "n3", "recbole"} <= set(formats)
    assert formats["table"].suffixes == (".csv", ".tsv") and formats["recbole"].folder
    kg = kgx.KnowledgeGraph.from_triples([("user:1", "rated", "movie:1", {"rating": 4})])
    out = tmp_path / "g.data"  # no suffix the registry knows: the name picks the format
    io.save_graph(kg, out, format="turtle")
    assert out.read_text(encoding="utf-8").lstrip().startswith("@prefix")
    back = io.load_graph(out, format="turtle")
    assert back.edge_attrs("user:1", "rated", "movie:1") == {"rating": 4}
    with pytest.raises(GraphFormatError, match="unknown graph file type '.data'"):
        io.load_graph(out)


def test_a_registered_format_is_loaded_and_saved_through_the_registry(tmp_path):
    import json

    from kgexplain import io
    from kgexplain.errors import ConfigError

    def save_json(kg, path):
        path.write_text(json.dumps([list(t) for t, _ in kg.edges()]), encoding="utf-8")

    def load_json(path, *, relations, **_):
        return kgx.KnowledgeGraph.from_triples(json.loads(path.read_text(encoding="utf-8")), relations=relations)

    fmt = io.register_format(io.GraphFormat("triples-json", (".triples",), load=load_json, save=save_json))
    try:
        kg = kgx.KnowledgeGraph.from_triples([("user:1", "rated", "movie:1")])
        path = tmp_path / "g.triples"
        kg.save(path)
        assert json.loads(path.read_text(encoding="utf-8")) == [["user:1", "rated", "movie:1"]]
        back = kgx.KnowledgeGraph.load(path)
        assert back.num_triples == 1 and back.name == "g"
        with pytest.raises(ConfigError, match="clashes"):
            io.register_format(io.GraphFormat("other", (".triples",), load=load_json))
        with pytest.raises(ConfigError, match="clashes"):
            io.register_format(io.GraphFormat("turtle", (), load=load_json))
    finally:
        io.unregister_format(fmt.name)
    assert "triples-json" not in io.graph_formats()
    with pytest.raises(GraphFormatError, match="unknown graph file type"):
        kgx.KnowledgeGraph.load(path)


def test_relation_typos_are_named(tmp_path, caplog):
    import logging

    import kgexplain as kgx
    from kgexplain.errors import GraphFormatError
    from kgexplain.io.relations import load_relations

    bad = tmp_path / "relations.yaml"
    bad.write_text("relation:\n  has_genre: {phrase: is a film of the genre}\n", encoding="utf-8")
    with pytest.raises(GraphFormatError, match="top-level key is 'relation'.*name it `relations:`"):
        load_relations(bad)
    with caplog.at_level(logging.WARNING, logger="kgexplain"):
        kgx.KnowledgeGraph.from_triples(
            [("user:1", "rated", "m:1", {"rating": 5.0}), ("m:1", "has_genre", "g:1")],
            relations=[kgx.Relation("rated", phrase="rated"),
                       kgx.Relation("has_gnere", phrase="is a film of the genre")])
    assert "'has_genre' is used by the triples but not declared" in caplog.text
    assert "declares 'has_gnere', which no triple uses: a typo?" in caplog.text
