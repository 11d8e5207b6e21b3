"""Tests of the Ray export engine (kgexplain.export.ray_engine and ray_cluster) on a real local
Ray cluster.

One cluster (2 CPUs) serves the module. Every export is compared with the local engine's records
on the same pairs file (recommended pairs of the example graph plus bad rows), with the template
verbalizer and no retriever: these tests are about the engine, not the models. Address parsing,
argument checks and the lazy import need no cluster.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import kgexplain as kgx
from kgexplain.errors import ConfigError, ExportFormatError, KGExplainError
from kgexplain.export import export_pairs
from kgexplain.export import ray_cluster
from kgexplain.export.ray_cluster import actor_plan, parse_address
from kgexplain.export.ray_engine import MANIFEST, SUCCESS

BLOCK = 8  # rows per part: the 52 rows of the pairs file below make 7 blocks, the last of 4
BAD_ROWS = [
    "user:1,movie:999999,0.1",  # unknown item
    ",movie:1,0.2",  # empty user
    "user:1,movie:1,0.3,extra",  # malformed: one field too many
    "genre:Drama,movie:1,0.4",  # not a user
]


def _ray_or_skip() -> None:
    # find_spec, not import: kgexplain imports Ray itself, after it set the environment that
    # keeps a local cluster on 127.0.0.1
    if importlib.util.find_spec("ray") is None:
        pytest.skip("Ray is not installed: pip install 'kgexplain[ray]'")


@pytest.fixture(scope="module")
def kg() -> kgx.KnowledgeGraph:
    return kgx.KnowledgeGraph.example()


@pytest.fixture(scope="module")
def explainer(kg: kgx.KnowledgeGraph) -> kgx.Explainer:
    return kgx.Explainer(kg, verbalizer="template", retriever=None)


@pytest.fixture(scope="module")
def pairs(kg: kgx.KnowledgeGraph, explainer: kgx.Explainer, tmp_path_factory) -> Path:
    users = sorted(kg.users(), key=lambda u: int(u.split(":")[1]))[:12]
    rows = [f"{u},{item},{score:.3f}" for u in users for item, score in explainer.recommend(u, k=4)]
    rows[7:7] = BAD_ROWS[:2]
    rows[30:30] = [""]  # a blank line: skipped, numbers no row
    rows += BAD_ROWS[2:]
    path = tmp_path_factory.mktemp("pairs") / "pairs.csv"
    path.write_text("user,item,score\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def local_records(explainer: kgx.Explainer, pairs: Path, tmp_path_factory) -> list[dict]:
    out = tmp_path_factory.mktemp("local") / "local.jsonl"
    export_pairs(pairs=pairs, out=out, explainer=explainer, progress=False, batch_size=4)
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def cluster():
    _ray_or_skip()
    started = ray_cluster.init_ray(num_cpus=2)
    import ray

    yield ray
    if started:
        ray.shutdown()


class UsageLog(logging.Handler):
    """Keeps the engine's 'ray export usage' log record (actors, CPUs, decoding threads)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.usage: dict = {}

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("ray export usage: "):
            self.usage = json.loads(record.getMessage().split(": ", 1)[1])


USAGE = UsageLog()


@pytest.fixture(scope="module")
def ray_export(cluster, explainer: kgx.Explainer, pairs: Path, tmp_path_factory):
    """One complete Ray export (2 actors), shared by the tests that read or resume it."""
    out = tmp_path_factory.mktemp("ray") / "out"
    engine_logger = logging.getLogger("kgexplain.export.ray_engine")
    level = engine_logger.level
    engine_logger.addHandler(USAGE)
    engine_logger.setLevel(logging.INFO)
    try:
        summary = export_pairs(pairs=pairs, out=out, explainer=explainer, engine="ray", num_actors=2,
                               block_size=BLOCK, batch_size=4, progress=False)
    finally:
        engine_logger.removeHandler(USAGE)
        engine_logger.setLevel(level)
    return out, summary


def _parts(out: Path) -> list[Path]:
    return sorted(out.glob("part-*.jsonl"))


def _records(out: Path) -> list[dict]:
    return [json.loads(line) for p in _parts(out) for line in p.read_text(encoding="utf-8").splitlines()]


# ------------------------------------------------------------------ a real cluster
@pytest.mark.slow
def test_every_pair_exactly_once_as_the_local_engine_writes_it(ray_export, local_records):
    out, summary = ray_export
    records = _records(out)
    assert [r["row"] for r in records] == list(range(len(local_records)))
    assert records == local_records  # same records, same order once parts are sorted by name
    n = len(local_records)
    assert n == 52 and n % BLOCK  # a short last block
    assert (summary.rows_written, summary.total, summary.pairs, summary.skipped) == (n, n, n, 0)
    assert len(_parts(out)) == -(-n // BLOCK)
    assert summary.errors == sum(1 for r in local_records if r["error"]) >= len(BAD_ROWS)
    assert json.loads((out / SUCCESS).read_text())["total"] == n
    manifest = json.loads((out / MANIFEST).read_text())
    assert (manifest["block_size"], manifest["format"], manifest["columns"]) == (BLOCK, "jsonl", ["score"])
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.slow
def test_each_actor_decodes_with_its_cpu_share(ray_export, explainer):
    """2 actors on 2 CPUs: each explainer copy comes with 1 decoding thread (CTranslate2 would
    otherwise start min(4, cpu_count) per actor), whatever the driver's explainer says."""
    assert explainer.threads is None
    usage = USAGE.usage
    assert usage["actors"] == 2 and usage["cpus_per_actor"] <= 1
    assert usage["decode_threads"] == [1]


@pytest.mark.slow
def test_the_ray_engine_reads_parquet_pairs(cluster, explainer, local_records, tmp_path):
    """The driver reads a Parquet pairs file with the local engine's reader: the same records
    as the local engine on that file, a row with a null user as its error record."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [(r["user"] or None, r["item"], r["score"]) for r in local_records]
    table = pa.table({name: pa.array([r[k] for r in rows], pa.string())
                      for k, name in enumerate(("user", "item", "score"))})
    pairs = tmp_path / "pairs.parquet"
    pq.write_table(table, pairs, row_group_size=5)
    local = tmp_path / "local.jsonl"
    export_pairs(pairs=pairs, out=local, explainer=explainer, progress=False, batch_size=4)
    want = [json.loads(line) for line in local.read_text(encoding="utf-8").splitlines()]
    out = tmp_path / "out"
    s = export_pairs(pairs=pairs, out=out, explainer=explainer, engine="ray", num_actors=2,
                     block_size=BLOCK, batch_size=4, progress=False)
    records = _records(out)
    assert records == want and [r["row"] for r in records] == list(range(len(rows)))
    assert (s.total, s.pairs, s.errors) == (len(rows), len(rows), sum(1 for r in want if r["error"]))
    empty_user = [r for r in records if r["user"] == "" and r["item"] == "movie:1"]
    assert len(empty_user) == 1 and empty_user[0]["error"].startswith("missing value: row ")
    assert json.loads((out / MANIFEST).read_text())["columns"] == ["score"]


@pytest.mark.slow
def test_the_local_cluster_is_on_loopback_with_usage_stats_off(cluster):
    assert [n["NodeManagerAddress"] for n in cluster.nodes()] == ["127.0.0.1"]
    assert os.environ["RAY_USAGE_STATS_ENABLED"] == "0"
    assert cluster.cluster_resources()["CPU"] == 2


@pytest.mark.slow
def test_bad_rows_become_error_records(ray_export):
    out, _ = ray_export
    by_pair = {(r["user"], r["item"]): r for r in _records(out)}
    for user, item in (("user:1", "movie:999999"), ("", "movie:1"), ("genre:Drama", "movie:1")):
        rec = by_pair[(user, item)]
        assert rec["text"] is None and rec["error"], rec
    malformed = [r for r in _records(out) if "malformed" in (r["error"] or "")]
    assert len(malformed) == 1 and malformed[0]["score"] == "0.3"


@pytest.mark.slow
def test_resume_skips_committed_parts(ray_export, explainer, pairs, local_records, tmp_path):
    src, _ = ray_export
    out = tmp_path / "out"
    shutil.copytree(src, out)
    parts = _parts(out)
    lost = [parts[1], parts[-1]]  # as if the run died before these blocks were committed
    for p in lost:
        p.unlink()
    (out / f".{lost[0].name}.dead.tmp").write_text('{"row": 8}\n')  # a killed writer's leftover
    (out / SUCCESS).unlink()
    kept = {p.name: os.stat(p).st_ino for p in _parts(out)}
    lost_rows = sum(len(p.read_text().splitlines()) for p in (src / lost[0].name, src / lost[1].name))

    summary = export_pairs(pairs=pairs, out=out, explainer=explainer, engine="ray", resume=True,
                           num_actors=1, batch_size=4, progress=False)  # block size from the manifest
    assert summary.skipped == len(local_records) - lost_rows
    assert summary.rows_written == lost_rows and summary.total == len(local_records)
    assert _records(out) == local_records
    assert {p.name: os.stat(p).st_ino for p in _parts(out) if p.name in kept} == kept  # untouched
    assert [p.name for p in _parts(out)] == [p.name for p in _parts(src)]
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    assert (out / SUCCESS).exists()

    again = export_pairs(pairs=pairs, out=out, explainer=explainer, engine="ray", resume=True,
                         progress=False)
    assert (again.rows_written, again.skipped, again.total) == (0, len(local_records), len(local_records))


@pytest.mark.slow
def test_resume_refuses_parts_of_another_pairs_file(ray_export, explainer, pairs, tmp_path):
    src, _ = ray_export
    out = tmp_path / "out"
    shutil.copytree(src, out)
    lines = pairs.read_text(encoding="utf-8").splitlines()
    lines[1], lines[2] = lines[2], lines[1]  # two pairs of block 0 swap places
    other = tmp_path / "other.csv"
    other.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ExportFormatError, match="another pairs file"):
        export_pairs(pairs=other, out=out, explainer=explainer, engine="ray", resume=True,
                     progress=False)
    with pytest.raises(ConfigError, match="block"):
        export_pairs(pairs=pairs, out=out, explainer=explainer, engine="ray", resume=True,
                     block_size=BLOCK * 2, progress=False)
    with pytest.raises(ConfigError, match="already holds an export"):
        export_pairs(pairs=pairs, out=out, explainer=explainer, engine="ray", progress=False)


class CrashOnceExplainer(kgx.Explainer):
    """Test-only hook: the first process of the run to explain its second pair of a block
    creates ``marker`` and dies on the spot (``os._exit``), mid-block, before any part write."""

    marker = ""

    def unloaded_copy(self, threads=None) -> "CrashOnceExplainer":
        copy = super().unloaded_copy(threads)
        copy.marker = self.marker
        return copy

    def explain_many(self, pairs, batch_size=64):
        for n, e in enumerate(super().explain_many(pairs, batch_size=batch_size)):
            if n == 1:
                try:
                    os.close(os.open(self.marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
                except FileExistsError:
                    pass
                else:
                    os._exit(1)
            yield e


@pytest.mark.slow
def test_a_worker_killed_mid_block_loses_and_duplicates_nothing(cluster, kg, pairs, local_records,
                                                                tmp_path):
    """One actor, killed in the middle of its first block: Ray restarts it and retries that block
    and the one queued behind it. Parquet parts this time, read back as one table."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from kgexplain.export.formats import flat_parquet_row, parquet_schema

    cluster.cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers need the class
    crashing = CrashOnceExplainer(kg, verbalizer="template", retriever=None)
    crashing.marker = str(tmp_path / "crashed")
    out = tmp_path / "out.parquet"
    summary = export_pairs(pairs=pairs, out=out, explainer=crashing, engine="ray", num_actors=1,
                           block_size=BLOCK, batch_size=4, progress=False)
    assert Path(crashing.marker).exists()  # the worker did die
    assert summary.format == "parquet"
    assert summary.rows_written == summary.total == len(local_records)
    assert len(list(out.glob("part-*.parquet"))) == -(-len(local_records) // BLOCK)
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    table = pq.read_table(out).sort_by("row")  # the manifest and _SUCCESS are ignored
    schema = parquet_schema(["score"])
    expected = pa.Table.from_pylist([flat_parquet_row(r, ["score"]) for r in local_records], schema)
    assert table.to_pylist() == expected.to_pylist()


# ------------------------------------------------------------------ no cluster needed
@pytest.mark.parametrize("address, expected", [
    (None, None), ("auto", "auto"), ("ray://head:10001", "ray://head:10001"),
    (" ray://10.0.0.7:10001 ", "ray://10.0.0.7:10001"), ("head-node.internal:6379", "head-node.internal:6379"),
    ("ray://[::1]:10001", "ray://[::1]:10001"),
])
def test_valid_addresses(address, expected):
    assert parse_address(address) == expected


@pytest.mark.parametrize("address, says", [
    ("ray://head", "no port"), ("ray://:10001", "host"), ("ray://head:port", "port"),
    ("ray://head:70000", "port"), ("ray://head:10001/job", "form"), ("http://head:10001", "scheme"),
    ("head", "no port"), ("", "form"), ("ray://user@head:10001", "form"), ("ray://he ad:1", "form"),
    ("ray://-head:10001", "host"),
])
def test_malformed_addresses_say_how_to_fix_them(address, says):
    with pytest.raises(ConfigError, match=says) as err:
        parse_address(address)
    assert isinstance(err.value, (KGExplainError, ValueError))
    assert "ray://" in str(err.value)  # names the forms that work


def test_a_malformed_address_fails_before_ray_or_any_file(explainer, pairs, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # importing Ray would fail
    with pytest.raises(ConfigError, match="no port"):
        export_pairs(pairs=pairs, out=tmp_path / "out", explainer=explainer, engine="ray",
                     address="ray://head", progress=False)
    with pytest.raises(ConfigError, match="no port"):
        ray_cluster.init_ray("ray://head")
    assert not (tmp_path / "out").exists()


def test_engine_arguments_are_checked(explainer, pairs, tmp_path):
    kw = dict(pairs=pairs, explainer=explainer, progress=False)
    with pytest.raises(ConfigError, match="engine"):
        export_pairs(out=tmp_path / "a.jsonl", engine="spark", **kw)
    with pytest.raises(ConfigError, match="num_actors"):
        export_pairs(out=tmp_path / "b", engine="ray", workers=2, **kw)
    with pytest.raises(ConfigError, match="engine='ray'"):
        export_pairs(out=tmp_path / "c.jsonl", address="auto", **kw)
    with pytest.raises(ConfigError, match="jsonl or parquet"):
        export_pairs(out=tmp_path / "d.csv", engine="ray", **kw)
    with pytest.raises(ConfigError, match="num_actors"):
        export_pairs(out=tmp_path / "e", engine="ray", num_actors=0, **kw)
    assert not any(tmp_path.iterdir())


def test_actor_plan_leaves_room_and_never_asks_for_more_than_a_cpu():
    for cpus in (1.0, 2.0, 3.0, 16.0):
        for n in (None, 1, 2, 4, 32):
            actors, share = actor_plan(cpus, n)
            assert actors == (n or int(cpus)) and 0 < share <= 1.0
            assert actors * share <= 0.9 * cpus + 1e-9
    with pytest.raises(ConfigError):
        actor_plan(2.0, 0)


def test_the_cli_reports_a_malformed_address(pairs, tmp_path, capsys):
    from kgexplain.cli import main

    code = main(["export", "--pairs", str(pairs), "--out", str(tmp_path / "o"), "--engine", "ray",
                 "--address", "ray://head:99999"])
    err = capsys.readouterr().err
    assert code == 1 and "port" in err and "ray://HOST:PORT" in err
    assert len(err.strip().splitlines()) == 1  # one line, no traceback


def test_import_kgexplain_does_not_import_ray():
    code = ("import sys, kgexplain, kgexplain.export, kgexplain.export.ray_engine, "
            "kgexplain.export.ray_cluster, kgexplain.cli; print('ray' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
