"""Fuzzing the loaders: the seed corpus of malformed files and hypothesis properties.

Whatever the bytes, a loader either returns a graph or raises a ``KGExplainError``, within a
bounded time. ``tests/data/malformed/make_corpus.py`` writes the seed corpus (committed) and,
with ``--big DIR --run``, builds and measures a bigger one.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
import time
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kgexplain as kgx
from kgexplain import errors
from kgexplain.errors import KGExplainError
from kgexplain.io import LoadLimits

MALFORMED = Path(__file__).parent / "data" / "malformed"
CASES = json.loads((MALFORMED / "manifest.json").read_text())
SEEDS = {case["name"].split("_", 1)[1]: case for case in CASES if "_valid_" in case["name"]}
# small and deterministic in the test suite; KGX_FUZZ_EXAMPLES=2000 fuzzes longer, at random
_EXAMPLES = int(os.environ.get("KGX_FUZZ_EXAMPLES", "25"))
FUZZ = settings(
    max_examples=_EXAMPLES,
    deadline=10_000,  # ms: the hang threshold of issue 21
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize="KGX_FUZZ_EXAMPLES" not in os.environ,
    database=None,
)


def _load(path: Path, limits: dict | None = None) -> kgx.KnowledgeGraph | None:
    """Load; return None on a typed error. Anything else propagates (and fails the test)."""
    try:
        return kgx.KnowledgeGraph.load(path, limits=LoadLimits(**limits) if limits else None)
    except KGExplainError as exc:
        assert str(exc), "a typed error must say what went wrong"
        return None


# --------------------------------------------------------------------------- seed corpus
def test_seed_corpus_is_big_enough_and_committed():
    assert len(CASES) >= 100
    formats = {Path(c["load"]).suffixes[0] if c["load"] != "." else "recbole" for c in CASES}
    assert {".csv", ".tsv", ".ttl", ".nt", ".rdf", ".jsonld", ".n3", "recbole"} <= formats
    for case in CASES:
        assert (MALFORMED / "cases" / case["name"]).is_dir(), case["name"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_seed_corpus_case(case):
    target = MALFORMED / "cases" / case["name"] / case["load"]
    start = time.perf_counter()
    if case["expect"] == "ok":
        kg = kgx.KnowledgeGraph.load(target)
        assert kg.num_entities > 0
    elif case["expect"] == "error":
        expected = getattr(errors, case.get("error", "KGExplainError"))
        with pytest.raises(expected) as info:
            kgx.KnowledgeGraph.load(target, limits=LoadLimits(**case["limits"]) if case.get("limits") else None)
        msg = str(info.value)
        # the message names the file (or folder) it is about
        assert case["name"] in msg or isinstance(info.value, errors.EmptyGraphError), msg
    else:
        _load(target, case.get("limits"))
    assert time.perf_counter() - start < 10


# --------------------------------------------------------------------------- hypothesis
HOSTILE = st.sampled_from([
    "\x00", "\x1b[31m", "\ud800", '"', '"""', "'''", "<", "&", "&x;", "{", "}", "[", "]", "\n", "\t",
    ",", ";", ".", "@prefix", "\\u0000", "\\uD800", "NaN", "1e400", "*a", "&a", "%00", "\ufeff",
    "<!DOCTYPE x [<!ENTITY x \"y\">]>", '"@context": "http://127.0.0.1:9/c", ', "!!python/object:os.system",
])


@st.composite
def mutated(draw, text: str) -> bytes:
    """A valid file with hostile snippets spliced in, pieces cut out or repeated, or cut short."""
    data = text
    for _ in range(draw(st.integers(1, 4))):
        pos = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(["insert", "insert_text", "delete", "repeat", "truncate"]))
        if op == "insert":
            data = data[:pos] + draw(HOSTILE) + data[pos:]
        elif op == "insert_text":
            data = data[:pos] + draw(st.text(max_size=20)) + data[pos:]
        elif op == "delete":
            data = data[:pos] + data[pos + draw(st.integers(1, 30)):]
        elif op == "repeat":
            end = min(len(data), pos + draw(st.integers(1, 30)))
            data = data[:pos] + data[pos:end] * draw(st.integers(2, 40)) + data[end:]
        else:
            data = data[:pos]
    return data.encode("utf-8", "surrogatepass")


def _seed_text(name: str) -> tuple[str, str]:
    case = SEEDS[name]
    path = MALFORMED / "cases" / case["name"] / case["load"]
    return case["load"], path.read_text(encoding="utf-8")


SEED_FILES = ["valid_g_csv", "valid_g_tsv", "valid_g_ttl", "valid_g_nt", "valid_g_rdf", "valid_g_jsonld"]


@pytest.mark.parametrize("seed", SEED_FILES)
def test_mutated_files_load_or_raise_typed(seed):
    fname, text = _seed_text(seed)

    @FUZZ
    @given(data=st.one_of(mutated(text), st.binary(max_size=300)), gz=st.booleans())
    def check(data: bytes, gz: bool) -> None:
        import gzip

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / (fname + (".gz" if gz else ""))
            path.write_bytes(gzip.compress(data, mtime=0) if gz else data)
            _load(path)

    check()


def test_mutated_sidecars_load_or_raise_typed():
    folder = MALFORMED / "cases" / SEEDS["valid_csv_sidecars"]["name"]
    files = {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()}

    @FUZZ
    @given(which=st.sampled_from(["g.entities.csv", "g.relations.yaml"]), data=st.data())
    def check(which: str, data: st.DataObject) -> None:
        raw = data.draw(mutated(files[which]))
        with tempfile.TemporaryDirectory() as tmp:
            for name, text in files.items():
                (Path(tmp) / name).write_text(text, encoding="utf-8")
            (Path(tmp) / which).write_bytes(raw)
            _load(Path(tmp) / "g.csv")

    check()


def test_mutated_recbole_loads_or_raises_typed():
    folder = MALFORMED / "cases" / SEEDS["valid_recbole"]["name"]
    files = {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()}

    @FUZZ
    @given(which=st.sampled_from(sorted(files)), data=st.data())
    def check(which: str, data: st.DataObject) -> None:
        raw = data.draw(mutated(files[which]))
        with tempfile.TemporaryDirectory() as tmp:
            for name, text in files.items():
                (Path(tmp) / name).write_text(text, encoding="utf-8")
            (Path(tmp) / which).write_bytes(raw)
            _load(Path(tmp))

    check()


# relations.yaml as data: every field given any plain value
FIELD_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=12),
    st.lists(st.one_of(st.text(max_size=8), st.integers(), st.none()), max_size=3),
    st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
)
FIELDS = st.sampled_from(["phrase", "inverse_phrase", "domain", "range", "explainable", "sensitive",
                          "cues", "inverse_cues", "name", "colour"])


@FUZZ
@given(spec=st.dictionaries(st.one_of(st.text(max_size=10), st.integers(), st.booleans()),
                            st.one_of(st.dictionaries(FIELDS, FIELD_VALUES, max_size=4), FIELD_VALUES), max_size=3))
def test_relations_yaml_values_raise_only_typed(spec):
    import yaml

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.yaml"
        path.write_text(yaml.safe_dump({"relations": spec}, allow_unicode=False))
        try:
            rels = kgx.io.load_relations(path)
        except KGExplainError:
            return
        for rel in rels:  # what loads is well typed
            assert isinstance(rel.phrase, str) and isinstance(rel.explainable, bool)
            assert all(isinstance(x, str) for x in rel.domain + rel.range + rel.cues + rel.inverse_cues)


NODE_ATTRS = st.dictionaries(
    st.sampled_from(["kind", "type", "label", "aliases", "year", "entity"]),
    st.one_of(st.sampled_from(["user", "item", "attribute", "robot"]), FIELD_VALUES), max_size=3,
)


@FUZZ
@given(
    edges=st.lists(st.tuples(st.sampled_from(["user:1", "movie:1", "genre:x", "", "a\nb", 5]),
                             st.sampled_from(["user:1", "movie:1", "genre:y"]),
                             st.one_of(st.sampled_from(["rated", "has_genre", ""]), st.none(), st.integers()),
                             st.dictionaries(st.sampled_from(["weight", "rating", "timestamp", "note"]),
                                             FIELD_VALUES, max_size=2)), max_size=4),
    nodes=st.dictionaries(st.sampled_from(["user:1", "movie:1", "genre:x", "solo"]), NODE_ATTRS, max_size=3),
)
def test_networkx_graphs_raise_only_typed(edges, nodes):
    g = nx.MultiDiGraph()
    for node, attrs in nodes.items():
        g.add_node(node, **attrs)
    for u, v, rel, attrs in edges:
        g.add_edge(u, v, key=rel, **attrs)
    try:
        kg = kgx.KnowledgeGraph.from_networkx(g)
    except KGExplainError:
        return
    kg.compile()  # a graph that loads also compiles
    for triple, attrs in kg.edges():
        for name in ("weight", "rating", "timestamp"):
            if attrs.get(name) is not None:
                assert math.isfinite(float(attrs[name]))


LABELS = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12).filter(str.strip)
VALUES = st.one_of(st.integers(-10**6, 10**6), st.floats(allow_nan=True, allow_infinity=True), LABELS, st.booleans())


@pytest.mark.parametrize("suffix", [".csv", ".ttl", ".nt", ".jsonld"])
def test_valid_graphs_round_trip(suffix):
    @settings(FUZZ, max_examples=max(15, _EXAMPLES // 2))
    @given(labels=st.lists(LABELS, min_size=3, max_size=3), attr=VALUES, edge_attr=VALUES)
    def check(labels, attr, edge_attr) -> None:
        kg = kgx.KnowledgeGraph.from_triples(
            [("user:1", "rated", "movie:1", {"rating": 4, "note": edge_attr}), ("movie:1", "has_genre", "genre:x")],
            entities=[kgx.Entity("user:1", kind="user", label=labels[0]),
                      kgx.Entity("movie:1", kind="item", label=labels[1], attrs={"a": attr}),
                      kgx.Entity("genre:x", label=labels[2])],
        )
        with tempfile.TemporaryDirectory() as tmp:
            kg.save(Path(tmp) / f"g{suffix}")
            back = kgx.KnowledgeGraph.load(Path(tmp) / f"g{suffix}")
        assert back.fingerprint() == kg.fingerprint()
        got = back.entity("movie:1").attrs["a"]
        assert got == attr or (isinstance(attr, float) and math.isnan(attr) and math.isnan(got))
        assert type(got) is type(attr)

    check()
