"""The CSV/TSV triples reader's two paths (kgexplain.io._triple_rows) and the trusted bulk build
(kgexplain.graph.bulk): the column-wise reader gives exactly the careful reader's rows or steps
aside, and the graph built from them is the graph from_triples builds, down to every dict order.
Checked on the example graph and on generated tables full of odd cells."""

from __future__ import annotations

import gzip
import logging
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kgexplain as kgx
from kgexplain.graph.bulk import collector_paused, graph_from_checked_rows
from kgexplain.io import example_path, table
from kgexplain.io._triple_rows import careful_triples, clean_triples
from kgexplain.limits import DEFAULT_LIMITS


def _same_graph(a: kgx.KnowledgeGraph, b: kgx.KnowledgeGraph) -> None:
    """Nodes, entities, successors and predecessors with their keys and data, relations,
    version, fingerprint and compiled arrays: equal and in the same order."""
    ga, gb = a.graph, b.graph
    assert list(ga._node) == list(gb._node)
    assert [e.to_dict() for e in a.entities()] == [e.to_dict() for e in b.entities()]
    assert list(ga.edges(keys=True, data=True)) == list(gb.edges(keys=True, data=True))
    assert [list(ga._pred[n]) for n in ga] == [list(gb._pred[n]) for n in gb]
    assert list(ga.in_edges(keys=True, data=True)) == list(gb.in_edges(keys=True, data=True))
    for h, t, r, data in ga.edges(keys=True, data=True):  # same value types (1 is not 1.0)
        other = gb._succ[h][t][r]
        assert [type(v) for v in data.values()] == [type(v) for v in other.values()]
    assert a.relations == b.relations and list(a.relations) == list(b.relations)
    assert a.version == b.version and a.fingerprint() == b.fingerprint() and a.name == b.name
    ca, cb = a.compile(), b.compile()
    for f in ca.__dataclass_fields__:
        x, y = getattr(ca, f), getattr(cb, f)
        if isinstance(x, np.ndarray):
            assert x.dtype == y.dtype and np.array_equal(x, y, equal_nan=True), f
        else:
            assert x == y, f
    for h, t in ((h, t) for h, t, _ in gb.edges(keys=True)):  # one key dict per (head, tail)
        assert gb._pred[t][h] is gb._succ[h][t]


def _build(path: Path, careful: bool, monkeypatch: pytest.MonkeyPatch, **kwargs):
    """``_build_table`` on ``path`` (no snapshot cache), forced onto the careful path or not;
    the graph and quiet flag, or the error it raised (type and message)."""
    with monkeypatch.context() as m:
        if careful:
            m.setattr(table, "clean_triples", lambda *a: None)
        try:
            return table._build_table(path, table._sidecar(path, "entities"),
                                      table._sidecar(path, "relations", yaml_file=True),
                                      kwargs.get("relations"), kwargs.get("item_types"),
                                      DEFAULT_LIMITS)
        except Exception as exc:  # compared between the two paths
            return (type(exc), str(exc))


def test_the_example_graph_is_read_on_the_clean_path_and_is_the_same_graph(monkeypatch):
    p = example_path()
    text = table.table_text(p, DEFAULT_LIMITS)
    rows = clean_triples(p, text, DEFAULT_LIMITS)
    assert rows is not None and rows == careful_triples(p, text, DEFAULT_LIMITS)
    fast, quiet_fast = _build(p, careful=False, monkeypatch=monkeypatch)
    slow, quiet_slow = _build(p, careful=True, monkeypatch=monkeypatch)
    _same_graph(slow, fast)
    assert quiet_fast == quiet_slow is True


def test_the_loaded_example_graph_equals_the_careful_build(example_kg, monkeypatch):
    p = example_path()
    slow, _ = _build(p, careful=True, monkeypatch=monkeypatch)
    slow.name = example_kg.name
    _same_graph(slow, example_kg)


# ------------------------------------------------------------------ generated tables
def _mostly(clean: list[str], odd: list[str]) -> st.SearchStrategy[str]:
    """Clean cells most of the time (so whole tables are often clean), odd ones sometimes."""
    return st.integers(0, 24).flatmap(lambda i: st.sampled_from(odd if i == 0 else clean))


_IDS = _mostly(["user:1", "user:2", "movie:1", "movie:2", "genre:Drama", "person:Jean-Pierre_Jeunet",
                "movie:\u00e9t\u00e9", "tag:a,b", "tag:\"q\"", "x", "tag:it's"],
               [" movie:1 ", "", "  ", "\u00a0movie:2"])
_RELS = _mostly(["rated", "has_genre", "directed_by", "tagged", "new_rel"], [" rated", ""])
_NUMS = _mostly(["", "", "", "4", "4.0", "1e3", "-2", "5.", ".5", "1E-3", "964982703"],
                [" 3.5 ", "1_000", "+7", "0x10", "nan", "inf", "abc", "9" * 400, "\u0663", "-0"])
_ATTRS = _mostly(["", "", "", "{}", '{"year": 1995}', '{"rating": 2}',
                  '{"tags": ["a", "b"], "n": {"k": 1}}'],
                 ['{"rating": "bad"}', "[1]", "{bad json", '{"weight": 1e400}', '{"s": "\\ud800"}',
                  "  ", '{"": 1}'])
_OTHER = _mostly(["", "x", "3", "2.5", "true"], [" 7 ", "inf", "1e999"])

_COLUMN_SETS = [
    ("head", "relation", "tail"),
    ("head", "relation", "tail", "weight", "rating", "timestamp", "attrs"),
    ("relation", "head", "tail", "rating"),
    ("head", "relation", "tail", "attrs", "rating"),
    ("head", "relation", "tail", "source", "weight"),
    ("Head ", "RELATION", "tail", "timestamp"),
    ("head", "relation", "tail", "rating", "rating"),
    ("head", "relation", "tail", ""),
    ("head", "tail", "weight"),
]


@st.composite
def _tables(draw):
    columns = draw(st.sampled_from(_COLUMN_SETS))
    lines = []
    for _ in range(draw(st.integers(0, 8))):
        cells = []
        for c in columns:
            name = c.strip().lower()
            cells.append(draw(_IDS) if name in ("head", "tail") else draw(_RELS) if name == "relation"
                         else draw(_ATTRS) if name == "attrs" else draw(_OTHER) if name in ("source", "")
                         else draw(_NUMS))
        shape = draw(st.sampled_from(["row"] * 30 + ["blank", "short", "long", "spaces"]))
        if shape == "blank":
            cells = []
        elif shape == "short":
            cells = cells[:-1]
        elif shape == "long":
            cells = cells + ["extra"]
        elif shape == "spaces":
            cells = ["  "] * len(cells)
        lines.append(cells)
    return columns, lines, draw(st.sampled_from([",", "\t"])), draw(st.booleans()), draw(st.booleans())


def _write_table(folder: Path, columns, lines, delim: str, bom: bool, gz: bool) -> Path:
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\n")
    w.writerow(columns)
    for cells in lines:
        w.writerow(cells)
    data = (("\ufeff" if bom else "") + buf.getvalue()).encode("utf-8")
    suffix = ".csv" if delim == "," else ".tsv"
    path = folder / f"g{suffix}{'.gz' if gz else ''}"
    for old in folder.iterdir():
        old.unlink()
    path.write_bytes(gzip.compress(data, mtime=0) if gz else data)
    return path


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_tables())
def test_both_paths_read_any_table_alike(tmp_path_factory, monkeypatch, case):
    folder = tmp_path_factory.mktemp("t")
    path = _write_table(folder, *case)
    text = table.table_text(path, DEFAULT_LIMITS)
    try:
        careful = careful_triples(path, text, DEFAULT_LIMITS)
    except kgx.KGExplainError:
        careful = None
    fast = clean_triples(path, text, DEFAULT_LIMITS)
    if fast is not None:  # it only ever returns the careful rows
        assert fast == careful
        assert [[type(v) for v in a.values()] for *_, a in fast] == \
            [[type(v) for v in a.values()] for *_, a in careful]
    a = _build(path, careful=False, monkeypatch=monkeypatch)
    b = _build(path, careful=True, monkeypatch=monkeypatch)
    if isinstance(b, tuple) and isinstance(b[0], type):
        assert a == b  # the same error, with the same line
    else:
        _same_graph(b[0], a[0])
        assert a[1] == b[1]


def test_clean_tables_take_the_clean_path(tmp_path):
    rows = [["user:1", "rated", "movie:1", "", "4.5", "964982703", ""],
            ["movie:1", "has_genre", "genre:Drama", "0.25", "", "", '{"source": "dbpedia"}'],
            ["user:1", "rated", "movie:2", "", "3", "", ""]]
    path = _write_table(tmp_path, ("head", "relation", "tail", "weight", "rating", "timestamp", "attrs"),
                        rows, "\t", True, True)
    text = table.table_text(path, DEFAULT_LIMITS)
    fast = clean_triples(path, text, DEFAULT_LIMITS)
    assert fast == careful_triples(path, text, DEFAULT_LIMITS)
    assert fast[0][3] == {"rating": 4.5, "timestamp": 964982703}
    assert fast[1][3] == {"weight": 0.25, "source": "dbpedia"} and type(fast[2][3]["rating"]) is int


@pytest.mark.parametrize("bad, message", [
    ("user:1,rated,movie:1,abc\n", r"g.csv, line 3: column 'rating' must hold a number"),
    ("user:1,rated\n", r"g.csv, line 3: expected 4 fields"),
    (",rated,movie:1,4\n", r"g.csv, line 3: head, relation and tail must all be non-empty"),
    ("user:1,rated,movie:1,inf\n", r"g.csv, line 3: column 'rating' must hold a finite number"),
])
def test_a_bad_row_still_names_its_line(tmp_path, bad, message):
    path = tmp_path / "g.csv"
    path.write_text("head,relation,tail,rating\nuser:2,rated,movie:1,4\n" + bad, encoding="utf-8")
    with pytest.raises(kgx.GraphFormatError, match=message):
        kgx.KnowledgeGraph.load(path)


# ------------------------------------------------------------------ the bulk build
_ROWS = st.lists(st.tuples(
    st.sampled_from(["user:1", "user:2", "movie:1", "movie:2", "genre:Drama", "tag:x"]),
    st.sampled_from(["rated", "has_genre", "tagged", "odd_rel"]),
    st.sampled_from(["user:1", "movie:1", "movie:2", "genre:Drama", "tag:x"]),
    st.one_of(st.just({}), st.fixed_dictionaries({"rating": st.sampled_from([1, 2.5, 4.0])}),
              st.fixed_dictionaries({"weight": st.floats(0.1, 2)},
                                    optional={"timestamp": st.integers(0, 10**9)}))), max_size=12)


@settings(max_examples=200, deadline=None)
@given(_ROWS, st.sampled_from(["infer", "declared", "partial", "repeated"]),
       st.sampled_from([None, "given", "with_typo"]), st.sampled_from([None, ("movie",)]))
def test_the_bulk_build_is_from_triples(rows, entities, relations, item_types):
    ents = None
    if entities != "infer":
        ents = [kgx.Entity(i, kind="user" if i.startswith("user") else "item" if i.startswith("movie")
                           else "attribute", label=i.upper(), aliases=("a",) if "1" in i else ())
                for i in ["user:1", "user:2", "movie:1", "movie:2", "genre:Drama", "tag:x"]]
        if entities == "partial":
            ents = ents[:3]
        elif entities == "repeated":
            ents = ents + [kgx.Entity("movie:1", kind="item", label="Again", aliases=("b",))]
    rels = None
    if relations is not None:
        rels = [kgx.Relation("rated"), kgx.Relation("has_genre", phrase="is a")]
        if relations == "with_typo":
            rels.append(kgx.Relation("taggd"))

    def build(fn):
        try:
            return fn(rows, ents, rels, item_types=item_types, name="n")
        except Exception as exc:
            return (type(exc), str(exc))

    a = build(graph_from_checked_rows)
    b = build(kgx.KnowledgeGraph.from_triples)
    if isinstance(b, tuple):
        assert a == b
    else:
        _same_graph(b, a)


def test_the_bulk_build_warns_as_from_triples_does(caplog):
    rows = [("user:1", "rated", "movie:1", {}), ("movie:1", "taggd", "tag:x", {})]
    with caplog.at_level(logging.WARNING, logger="kgexplain"):
        graph_from_checked_rows(rows, relations=[kgx.Relation("rated"), kgx.Relation("tagged")])
    assert "'taggd' is used by the triples but not declared" in caplog.text
    assert "declares 'tagged', which no triple uses: a typo?" in caplog.text


def test_the_collector_is_paused_only_inside():
    import gc

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(KeyError):
        with collector_paused():
            raise KeyError("x")
    assert gc.isenabled()


def test_attrs_cells_round_trip_through_save(tmp_path):
    rows = [("user:1", "rated", "movie:1", {"rating": 4.0, "timestamp": 5}),
            ("movie:1", "has_genre", "genre:Drama", {"source": "x", "tags": ["a"], "weight": 0.5})]
    kg = kgx.KnowledgeGraph.from_triples(rows)
    kg.save(tmp_path / "g.tsv")
    text = table.table_text(tmp_path / "g.tsv", DEFAULT_LIMITS)
    fast = clean_triples(tmp_path / "g.tsv", text, DEFAULT_LIMITS)
    assert fast is not None and fast == careful_triples(tmp_path / "g.tsv", text, DEFAULT_LIMITS)
    again = kgx.KnowledgeGraph.load(tmp_path / "g.tsv")
    assert list(again.edges()) == list(kg.edges())  # the edge columns are written first


# ------------------------------------------------------------------ the entity table
def _entities_as_first_read(p: Path) -> list[kgx.Entity]:
    """The entity table's rows read as they were before the loop was tightened."""
    from kgexplain.errors import ConflictingEntityError, GraphFormatError
    from kgexplain.io._rows import read_header, read_rows
    from kgexplain.io._values import json_object, parse_value

    rows = read_rows(p, table.table_text(p, DEFAULT_LIMITS))
    header = read_header(p, rows, ("id",))
    col = {name: i for i, name in enumerate(header)}
    known = {"id", "kind", "type", "label", "aliases", "attrs"}
    out, seen = [], {}
    for line, row in rows:
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) != len(header):
            raise GraphFormatError(f"expected {len(header)} fields ({','.join(header)}), found {len(row)}",
                                   p, line)

        def get(name: str) -> str:
            return row[col[name]].strip() if name in col else ""

        attrs = json_object(get("attrs"), "the attrs column", p, line, DEFAULT_LIMITS) if get("attrs") else {}
        for name, i in col.items():
            if name not in known:
                value = parse_value(row[i].strip())
                if value is not None:
                    attrs[name] = value
        try:
            ent = kgx.Entity(get("id"), kind=get("kind") or "attribute", type=get("type"), label=get("label"),
                             aliases=tuple(a for a in get("aliases").split("|") if a), attrs=attrs)
        except ValueError as exc:
            raise GraphFormatError(str(exc), p, line) from None
        prev = seen.get(ent.id)
        if prev is not None and (prev.kind != ent.kind or prev.type != ent.type):
            raise ConflictingEntityError(
                f"{p}, line {line}: entity {ent.id!r} is declared both as {prev.kind}/{prev.type} "
                f"and as {ent.kind}/{ent.type}; give each kind its own namespaced id")
        seen[ent.id] = ent
        out.append(ent)
    return out


_ENTITY_COLUMNS = [("id", "kind", "type", "label", "aliases", "attrs"), ("id",), ("label", "id", "year"),
                   ("id", "kind", "label", "label"), ("ID ", "Kind", "aliases")]


@st.composite
def _entity_tables(draw):
    columns = draw(st.sampled_from(_ENTITY_COLUMNS))
    cell = {"id": _mostly(["movie:1", "movie:2", "genre:Drama", "user:1", "x"], ["", " movie:1 ", "a\tb"]),
            "kind": _mostly(["item", "attribute", "user", ""], ["film", " item "]),
            "type": _mostly(["movie", "", "genre"], [" movie "]),
            "label": _mostly(["Toy Story", "", "Am\u00e9lie", "A, B"], ["  ", " x ", "line\nbreak"]),
            "aliases": _mostly(["", "a|b", "a||b", "Toy"], ["|", " | "]),
            "attrs": _mostly(["", '{"year": 1995}'], ["[1]", "{bad", '{"s": "\\ud800"}']),
            "year": _mostly(["", "1995", "x"], [" 7 "])}
    lines = []
    for _ in range(draw(st.integers(0, 6))):
        cells = [draw(cell[c.strip().lower()]) for c in columns]
        shape = draw(st.sampled_from(["row"] * 20 + ["blank", "short", "spaces"]))
        lines.append([] if shape == "blank" else cells[:-1] if shape == "short"
                     else ["  "] * len(cells) if shape == "spaces" else cells)
    return columns, lines, draw(st.sampled_from([",", "\t"])), draw(st.booleans()), draw(st.booleans())


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_entity_tables())
def test_the_entity_table_reads_as_it_did(tmp_path_factory, case):
    path = _write_table(tmp_path_factory.mktemp("e"), *case)

    def read(fn):
        try:
            return [(e.to_dict(), e.attrs) for e in fn(path)]
        except Exception as exc:
            return (type(exc), str(exc))

    assert read(table.load_entity_table) == read(_entities_as_first_read)


def test_the_example_entity_table_reads_as_it_did():
    p = table._sidecar(example_path(), "entities")
    assert [(e.to_dict(), e.attrs) for e in table.load_entity_table(p)] == \
        [(e.to_dict(), e.attrs) for e in _entities_as_first_read(p)]
