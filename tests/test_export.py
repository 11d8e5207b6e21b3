"""Tests of kgexplain.export: schema, formats, formula escaping, error records, crash and resume."""

from __future__ import annotations

import csv
import json
import logging
import os
import shlex
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import jsonschema
import pytest

import kgexplain as kgx
from kgexplain import export as ex
from kgexplain.export import api as export_api
from kgexplain.export import journal as export_journal
from kgexplain.export import lock as export_lock
from kgexplain.export import workers as export_workers
from kgexplain.export import ExportFormatError, escape_formula, export_pairs

DATA = Path(__file__).parent / "data"
MUSIC = DATA / "tiny_music.csv"
PAIRS = DATA / "pairs_music.csv"
N_PAIRS = 8  # non-blank data rows of pairs_music.csv

TRIPLE = {
    "type": "object",
    "required": ["head", "relation", "tail"],
    "properties": {"head": {"type": "string"}, "relation": {"type": "string"},
                   "tail": {"type": "string"}},
}
RECORD_SCHEMA = {
    "type": "object",
    "required": ["row", "schema", "user", "item", "text", "source", "paths", "facts", "claims",
                 "verdict", "error", "meta"],
    "properties": {
        "row": {"type": "integer", "minimum": 0},
        "schema": {"type": "string"},
        "user": {"type": "string"},
        "item": {"type": "string"},
        "text": {"type": ["string", "null"]},
        "source": {"enum": ["seq2seq", "template", None]},
        "paths": {"type": "array", "items": {"type": "array", "minItems": 1, "items": TRIPLE}},
        "path_scores": {"type": "array", "items": {"type": "number"}},
        "facts": {"type": "array", "items": {
            "type": "object", "required": ["head", "relation", "tail", "text", "score"],
            "properties": {"text": {"type": "string"}, "score": {"type": "number"}}}},
        "claims": {"type": "array", "items": {
            "type": "object", "required": ["start", "end", "text", "kind", "triple", "supported"],
            "properties": {"start": {"type": "integer"}, "end": {"type": "integer"},
                           "text": {"type": "string"}, "kind": {"type": "string"},
                           "triple": {"anyOf": [{"type": "null"}, TRIPLE]},
                           "supported": {"type": "boolean"}}}},
        "verdict": {"type": "object", "required": ["supported"],
                    "properties": {"supported": {"type": "boolean"}}},
        "error": {"type": ["string", "null"]},
        "meta": {"type": "object", "required": ["version", "config", "seed"],
                 "properties": {"version": {"type": "string"}, "config": {"type": "object"},
                                "seed": {"type": "integer"}}},
    },
    "allOf": [
        # an explained row has text and a source and no error; an error row has neither
        {"if": {"properties": {"error": {"type": "null"}}},
         "then": {"properties": {"text": {"type": "string"},
                                 "source": {"enum": ["seq2seq", "template"]},
                                 "paths": {"minItems": 1}}},
         "else": {"properties": {"text": {"type": "null"}, "error": {"minLength": 1}}}},
    ],
}


@pytest.fixture(scope="module")
def music() -> kgx.KnowledgeGraph:
    return kgx.KnowledgeGraph.load(MUSIC)


@pytest.fixture(scope="module")
def explainer(music: kgx.KnowledgeGraph) -> kgx.Explainer:
    return kgx.Explainer(music, verbalizer="template", retriever=None)


def _export(explainer, out: Path, pairs: Path = PAIRS, **kw):
    return export_pairs(explainer.kg, pairs, out, progress=False, explainer=explainer, **kw)


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _big_pairs(path: Path, n: int) -> Path:
    """n rows cycling through good pairs, a no-path pair and an unknown id."""
    cycle = [("user:ann", "artist:justice"), ("user:bob", "artist:daft_punk"),
             ("user:bob", "artist:air"), ("user:nobody", "artist:air")]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["rank", "user", "item"])
        for i in range(n):
            u, it = cycle[i % len(cycle)]
            w.writerow([i, u, it])
    return path


# --------------------------------------------------------------------------- schema and formats
def test_jsonl_records_follow_the_schema(explainer, tmp_path):
    out = tmp_path / "out.jsonl"
    s = _export(explainer, out)
    rows = _jsonl(out)
    assert [r["row"] for r in rows] == list(range(N_PAIRS))
    for r in rows:
        jsonschema.validate(r, RECORD_SCHEMA)
    good = [r for r in rows if r["error"] is None]
    assert {(r["user"], r["item"]) for r in good} == {("user:ann", "artist:justice"),
                                                     ("user:bob", "artist:daft_punk")}
    for r in good:
        assert r["verdict"]["supported"] is True
        assert r["meta"]["config"]["paths"]["max_hops"] == 3
        for c in r["claims"]:  # claim spans point into the text
            assert r["text"][c["start"]:c["end"]] == c["text"]
    assert s.total == s.pairs == N_PAIRS and s.rows_written == N_PAIRS and s.skipped == 0
    assert s.errors == 5 and s.unsupported == 0
    assert s.by_source == {"template": 3}
    d = s.to_dict()
    assert set(d) >= {"rows_written", "errors", "rejections", "skipped", "seconds", "out"}
    json.dumps(d)


def test_carried_columns(explainer, tmp_path):
    out = tmp_path / "out.jsonl"
    _export(explainer, out)
    rows = _jsonl(out)
    assert [r["score"] for r in rows] == ["0.91", "0.85", "0.40", "0.30", "0.20", "0.10", "0.05", "-0.5"]
    assert rows[0]["rank"] == "1" and rows[-1]["rank"] == "@SUM(A1)"


def test_carried_column_clashing_with_an_output_field_is_renamed(explainer, tmp_path):
    pairs = tmp_path / "p.csv"
    pairs.write_text("item,text,user\nartist:justice,my note,user:ann\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    _export(explainer, out, pairs)
    (rec,) = _jsonl(out)
    assert rec["input_text"] == "my note" and rec["text"] != "my note"


def test_error_records_for_bad_rows(explainer, tmp_path):
    out = tmp_path / "out.jsonl"
    _export(explainer, out)
    err = {r["row"]: r["error"] for r in _jsonl(out)}
    assert err[0] is None and err[1] is None and err[7] is None
    assert "no path of at most 3 hops" in err[2]
    assert "unknown entity 'user:zed'" in err[3]
    assert "missing value" in err[4] and "item" in err[4]
    assert "malformed CSV line 7" in err[5] and "expected 4 fields" in err[5]
    assert "unknown entity" in err[6] and "HYPERLINK" in err[6]


def test_missing_column_says_how_to_fix(explainer, tmp_path):
    with pytest.raises(kgx.MissingColumnError) as info:
        _export(explainer, tmp_path / "out.jsonl", DATA / "pairs_no_item.csv")
    msg = str(info.value)
    assert "user_id" in msg and "Rename" in msg and "'user'" in msg and "'item'" in msg
    assert not (tmp_path / "out.jsonl").exists()


def test_header_match_ignores_case_and_spaces(explainer, tmp_path):
    pairs = tmp_path / "p.csv"
    pairs.write_text("\ufeff User , ITEM\nuser:ann,artist:justice\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    s = _export(explainer, out, pairs)
    assert s.rows_written == 1 and s.errors == 0


def test_csv_output_and_formula_escaping(explainer, tmp_path):
    out = tmp_path / "out.csv"
    s = _export(explainer, out)
    assert s.format == "csv" and s.total == N_PAIRS
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0])[: len(ex.FLAT_COLUMNS)] == list(ex.FLAT_COLUMNS)
    assert list(rows[0])[len(ex.FLAT_COLUMNS):] == ["score", "rank"]
    assert [int(r["row"]) for r in rows] == list(range(N_PAIRS))
    assert rows[0]["supported"] == "True" and rows[0]["text"]
    paths = json.loads(rows[0]["paths"])
    assert paths and paths[0][0]["head"] == "user:ann"
    assert json.loads(rows[0]["meta"])["seed"] == 0
    # formula injection defused, plain numbers untouched
    assert rows[6]["user"] == "'=HYPERLINK(\"http://evil.example\")"
    assert rows[7]["rank"] == "'@SUM(A1)"
    assert rows[7]["score"] == "-0.5"
    for r in rows:
        for v in r.values():
            assert (v or "x")[0] not in "=+@\t\r" and not (v.startswith("-") and v != "-0.5")
    assert not list(tmp_path.glob("*.partial.jsonl")) and not list(tmp_path.glob("*.tmp"))


@pytest.mark.parametrize("value,escaped", [
    ("=1+2", "'=1+2"), ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"), ("-2+3", "'-2+3"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"), ("\t=1", "'\t=1"), ("\r=1", "'\r=1"),
    ("-0.5", "-0.5"), ("+3", "+3"), ("1e-5", "1e-5"), ("safe", "safe"), ("", ""), (3, 3),
])
def test_escape_formula(value, escaped):
    assert escape_formula(value) == escaped


def test_parquet_output(explainer, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "out.parquet"
    s = _export(explainer, out)
    assert s.format == "parquet"
    table = pq.read_table(out)
    assert table.num_rows == N_PAIRS
    assert table.column_names == list(ex.FLAT_COLUMNS) + ["score", "rank"]
    rows = table.to_pylist()
    assert [r["row"] for r in rows] == list(range(N_PAIRS))
    first = rows[0]
    assert first["supported"] is True and first["paths"][0][0]["head"] == "user:ann"
    assert all(isinstance(c["start"], int) for c in first["claims"])
    assert json.loads(first["verdict"])["supported"] is True
    assert json.loads(first["meta"])["version"] == kgx.__version__
    assert rows[2]["text"] is None and "no path" in rows[2]["error"]
    assert rows[7]["rank"] == "@SUM(A1)"  # no spreadsheet escaping in Parquet


def test_format_option_overrides_suffix_and_bad_suffix_is_refused(explainer, tmp_path):
    out = tmp_path / "out.txt"
    with pytest.raises(kgx.ConfigError, match="--format"):
        _export(explainer, out)
    s = _export(explainer, out, format="jsonl")
    assert s.format == "jsonl" and len(_jsonl(out)) == N_PAIRS


# --------------------------------------------------------------------------- resume
def test_existing_output_needs_resume_or_overwrite(explainer, tmp_path):
    out = tmp_path / "out.jsonl"
    _export(explainer, out)
    with pytest.raises(kgx.ConfigError, match="resume"):
        _export(explainer, out)
    s = _export(explainer, out, overwrite=True)
    assert s.rows_written == N_PAIRS and len(_jsonl(out)) == N_PAIRS
    s = _export(explainer, out, resume=True)
    assert s.rows_written == 0 and s.skipped == N_PAIRS and s.total == N_PAIRS


def test_resume_after_a_torn_line(explainer, tmp_path):
    pairs = _big_pairs(tmp_path / "pairs.csv", 300)
    out = tmp_path / "out.jsonl"
    _export(explainer, out, pairs, batch_size=16)
    full = _jsonl(out)
    data = out.read_bytes()
    # keep 100 complete lines and half of the 101st: what a kill -9 mid-write leaves
    lines = data.split(b"\n")
    out.write_bytes(b"\n".join(lines[:100]) + b"\n" + lines[100][: len(lines[100]) // 2])
    s = _export(explainer, out, pairs, resume=True, batch_size=16)
    assert s.skipped == 100 and s.rows_written == 200 and s.total == 300
    again = _jsonl(out)
    assert [r["row"] for r in again] == list(range(300))
    assert [r["text"] for r in again] == [r["text"] for r in full]


def test_resume_refuses_another_pairs_file(explainer, tmp_path):
    out = tmp_path / "out.jsonl"
    _export(explainer, out)
    other = tmp_path / "other.csv"
    other.write_text("user,item\nuser:bob,artist:daft_punk\n" * 1 + "user:ann,artist:air\n" * 9,
                     encoding="utf-8")
    with pytest.raises(ExportFormatError, match="another pairs file"):
        _export(explainer, out, other, resume=True)


def test_resume_picks_up_new_pairs_of_a_finished_csv(explainer, tmp_path):
    pairs = _big_pairs(tmp_path / "pairs.csv", 20)
    out = tmp_path / "out.csv"
    _export(explainer, out, pairs)
    _big_pairs(pairs, 30)  # the recommender appended rows
    s = _export(explainer, out, pairs, resume=True)
    assert s.skipped == 20 and s.rows_written == 10 and s.total == 30
    with open(out, newline="", encoding="utf-8") as fh:
        assert [int(r["row"]) for r in csv.DictReader(fh)] == list(range(30))


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_crash_after_rename_before_journal_delete_duplicates_nothing(explainer, tmp_path,
                                                                       monkeypatch, suffix):
    pairs = _big_pairs(tmp_path / "pairs.csv", 40)
    out = tmp_path / f"out{suffix}"

    def crash(self):
        raise KeyboardInterrupt("killed")

    monkeypatch.setattr(export_journal.Journal, "delete", crash)
    with pytest.raises(KeyboardInterrupt):
        _export(explainer, out, pairs, batch_size=8)
    monkeypatch.undo()
    assert out.exists() and (tmp_path / f"out{suffix}.partial.jsonl").exists()
    s = _export(explainer, out, pairs, resume=True, batch_size=8)
    assert s.rows_written == 0 and s.skipped == 40 and s.total == 40
    assert not (tmp_path / f"out{suffix}.partial.jsonl").exists()


_KILL_SCRIPT = textwrap.dedent("""
    import sys
    from kgexplain.export import export_pairs
    export_pairs(sys.argv[1], sys.argv[2], sys.argv[3], verbalizer="template", retriever=None,
                 batch_size=4, progress=False, resume=True)
""")


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_resume_after_kill_9(tmp_path, suffix):
    """kill -9 an export mid-run, resume: no row lost, none duplicated, count == pairs."""
    n = 1500
    pairs = _big_pairs(tmp_path / "pairs.csv", n)
    out = tmp_path / f"out{suffix}"
    journal = out if suffix == ".jsonl" else tmp_path / f"out{suffix}.partial.jsonl"
    cmd = [sys.executable, "-c", _KILL_SCRIPT, str(MUSIC), str(pairs), str(out)]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])}
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if journal.exists() and journal.stat().st_size > 20_000:
            break
        time.sleep(0.005)
    assert proc.poll() is None, proc.stderr.read().decode()[-2000:]
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = journal.read_bytes().count(b"\n")
    assert 0 < partial < n
    # resume in a fresh process, exactly as a user would
    done = subprocess.run(cmd, env=env, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    if suffix == ".jsonl":
        rows = [r["row"] for r in _jsonl(out)]
    else:
        with open(out, newline="", encoding="utf-8") as fh:
            rows = [int(r["row"]) for r in csv.DictReader(fh)]
        assert not journal.exists()
    assert rows == list(range(n))


# --------------------------------------------------------------------------- workers
def test_workers_write_in_input_order_and_match_a_single_process(explainer, tmp_path, caplog):
    pairs = _big_pairs(tmp_path / "pairs.csv", 120)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    s1 = _export(explainer, one, pairs, batch_size=8)
    with caplog.at_level(logging.INFO, logger="kgexplain.export.workers"):
        s2 = _export(explainer, two, pairs, batch_size=8, workers=2)
    share = max(1, (os.cpu_count() or 1) // 2)
    assert f"2 worker processes, {share} decoding thread(s) each" in caplog.text
    a, b = _jsonl(one), _jsonl(two)
    assert [r["row"] for r in b] == list(range(120))
    assert [(r["text"], r["error"], r["claims"]) for r in a] == [(r["text"], r["error"], r["claims"]) for r in b]
    assert (s1.errors, s1.rows_written) == (s2.errors, s2.rows_written) == (60, 120)


# --------------------------------------------------------------------------- defaults
@pytest.mark.slow
def test_cli_export_with_the_default_pipeline(tmp_path):
    """The shipped seq2seq model and FAISS retriever through ``kgexplain export``."""
    from kgexplain.cli import main

    out = tmp_path / "out.jsonl"
    rc = main(["export", "--graph", str(MUSIC), "--pairs", str(PAIRS), "--out", str(out),
               "--no-progress"])
    assert rc == 0
    rows = _jsonl(out)
    assert len(rows) == N_PAIRS
    for r in rows:
        jsonschema.validate(r, RECORD_SCHEMA)
        if r["error"] is None:
            assert r["verdict"]["supported"] is True
    assert main(["export", "--graph", str(MUSIC), "--pairs", str(PAIRS), "--out", str(out)]) == 1


def test_resume_of_a_complete_csv_leaves_it_untouched(explainer, tmp_path):
    out = tmp_path / "out.csv"
    _export(explainer, out)
    before = (out.read_bytes(), out.stat().st_mtime_ns)
    s = _export(explainer, out, resume=True)
    assert (s.rows_written, s.skipped, s.total) == (0, N_PAIRS, N_PAIRS)
    assert (out.read_bytes(), out.stat().st_mtime_ns) == before
    assert not (tmp_path / "out.csv.partial.jsonl").exists()


def test_workers_do_not_inherit_loaded_stages(explainer, tmp_path):
    """A warmed explainer (stages loaded in the parent) gets an unloaded copy for the workers."""
    list(explainer.explain_many([("user:ann", "artist:justice")]))
    assert explainer._stages
    copy = export_workers.unloaded_copy(explainer)
    assert copy is not explainer and copy.kg is explainer.kg and copy.config == explainer.config
    assert not copy._stages and copy.threads is None


def test_workers_decode_with_their_share_of_the_cores(music):
    """Each of N workers gets cpu_count // N decoding threads, down to its seq2seq verbalizer."""
    parent = kgx.Explainer(music, retriever=None)
    copy = export_workers.unloaded_copy(parent, 1)
    assert copy.threads == 1 and copy.verbalizer.threads == 1 and parent.threads is None
    assert export_workers.unloaded_copy(parent).threads is None


def test_workers_start_from_a_fork_server_once_ctranslate2_is_loaded(explainer, tmp_path, monkeypatch):
    """A CTranslate2 model that ran in the parent would hang forked children: use a fork server."""
    import multiprocessing as mp

    monkeypatch.setitem(sys.modules, "ctranslate2", sys.modules.get("ctranslate2") or object())
    used = []
    real = mp.get_context

    def spy(method=None):
        used.append(method)
        return real(method)

    monkeypatch.setattr(mp, "get_context", spy)
    pairs = _big_pairs(tmp_path / "pairs.csv", 40)
    s = _export(explainer, tmp_path / "fs.jsonl", pairs, batch_size=8, workers=2)
    assert "forkserver" in used
    assert [r["row"] for r in _jsonl(tmp_path / "fs.jsonl")] == list(range(40))
    assert (s.rows_written, s.errors) == (40, 20)


class _Flaky:
    """A template verbalizer that breaks on one item (a stand-in for a stage bug)."""

    name = "flaky"

    def __init__(self, kg, bad_item, exc=RuntimeError):
        from kgexplain.verbalize import TemplateVerbalizer

        self._inner = TemplateVerbalizer(kg)
        self.bad_item, self.exc = bad_item, exc

    def explain_candidates_batch(self, kg, requests, n):
        if any(paths[0].nodes[-1] == self.bad_item for paths, _ in requests):
            raise self.exc("boom")
        return self._inner.explain_candidates_batch(kg, requests, n)

    def explain_candidates(self, kg, paths, facts, n):
        return self._inner.explain_candidates(kg, paths, facts, n)


def test_a_stage_bug_on_one_pair_becomes_its_error_record(music, tmp_path):
    bad = kgx.Explainer(music, verbalizer=_Flaky(music, "artist:daft_punk"), retriever=None)
    out = tmp_path / "out.jsonl"
    s = _export(bad, out)
    rows = _jsonl(out)
    assert len(rows) == N_PAIRS and s.total == N_PAIRS
    assert rows[1]["error"] == "internal error: RuntimeError: boom"
    assert rows[0]["error"] is None and rows[0]["text"]


def test_a_setup_error_ends_the_run(music, tmp_path):
    bad = kgx.Explainer(music, verbalizer=_Flaky(music, "artist:daft_punk", kgx.ModelNotFoundError),
                        retriever=None)
    with pytest.raises(kgx.ModelNotFoundError):
        _export(bad, tmp_path / "out.jsonl")


# --------------------------------------------------------------------------- hardening (issue 21)
import errno  # noqa: E402

from kgexplain.cli import main  # noqa: E402
from kgexplain.errors import ExportLockedError, ExportWriteError  # noqa: E402

_HOLD_LOCK = textwrap.dedent("""
    import fcntl, os, sys, time
    fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    print("locked", flush=True)
    time.sleep(600)
""")


def test_a_second_writer_to_the_same_out_is_refused(explainer, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    with export_lock.OutputLock(out):  # another export holds OUT
        with pytest.raises(ExportLockedError, match="another export is writing"):
            _export(explainer, out)
        rc = main(["export", "--graph", str(MUSIC), "--pairs", str(PAIRS), "--out", str(out),
                   "--verbalizer", "template", "--no-progress"])
        err = capsys.readouterr().err
        assert rc == 1 and err.startswith("error: another export is writing") and err.count("\n") == 1
        assert not out.exists()  # the refused writer wrote nothing
    s = _export(explainer, out)  # once released, the export runs
    assert s.total == N_PAIRS and not (tmp_path / "out.jsonl.lock").exists()


def test_a_lock_left_by_a_killed_export_does_not_block_resume(explainer, tmp_path):
    out = tmp_path / "out.csv"
    lock = tmp_path / "out.csv.lock"
    holder = subprocess.Popen([sys.executable, "-c", _HOLD_LOCK, str(lock)], stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"locked"
        with pytest.raises(ExportLockedError):
            _export(explainer, out)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert lock.exists()  # the killed holder could not clean up
    s = _export(explainer, out, resume=True)
    assert s.total == N_PAIRS and not lock.exists()


def _full_disk_after(monkeypatch, good_writes: int) -> None:
    """The journal's writes fail with ENOSPC after ``good_writes`` batches, the failing one
    having written part of its bytes (a torn line), as a real full disk does."""
    real = export_journal.write_all
    calls = {"n": 0}

    def write_all(fd, data):
        calls["n"] += 1
        if calls["n"] > good_writes:
            os.write(fd, data[: len(data) // 2])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(fd, data)

    monkeypatch.setattr(export_journal, "write_all", write_all)


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_a_full_disk_is_one_clear_error_and_the_export_resumes(explainer, tmp_path, monkeypatch, suffix):
    pairs = _big_pairs(tmp_path / "pairs.csv", 40)
    out = tmp_path / f"out{suffix}"
    journal = out if suffix == ".jsonl" else tmp_path / f"out{suffix}.partial.jsonl"
    _full_disk_after(monkeypatch, good_writes=2)
    with pytest.raises(ExportWriteError, match=r"the disk is full \[ENOSPC\]\. The 16 rows") as info:
        _export(explainer, out, pairs, batch_size=8)
    assert isinstance(info.value, OSError) and info.value.errno == errno.ENOSPC
    assert "--resume" in str(info.value) and "\n" not in str(info.value)
    # the failed batch was cut back: whole lines only, the 2 batches written before
    assert [json.loads(line)["row"] for line in journal.read_text().splitlines()] == list(range(16))
    assert not (tmp_path / f"out{suffix}.lock").exists()
    monkeypatch.undo()
    s = _export(explainer, out, pairs, batch_size=8, resume=True)
    assert s.skipped == 16 and s.total == 40
    if suffix == ".jsonl":
        rows = [r["row"] for r in _jsonl(out)]
    else:
        with open(out, newline="", encoding="utf-8") as fh:
            rows = [int(r["row"]) for r in csv.DictReader(fh)]
    assert rows == list(range(40))


def test_a_full_disk_while_writing_the_final_csv(explainer, tmp_path, monkeypatch):
    out = tmp_path / "out.csv"

    def full(*args, **kwargs):
        (tmp_path / "out.csv.tmp").write_text("half")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(tmp_path / "out.csv.tmp"))

    monkeypatch.setattr(export_api, "finalize", full)
    with pytest.raises(ExportWriteError, match="the disk is full"):
        _export(explainer, out)
    assert not (tmp_path / "out.csv.tmp").exists() and not out.exists()
    assert (tmp_path / "out.csv.partial.jsonl").read_text().count("\n") == N_PAIRS
    monkeypatch.undo()
    assert _export(explainer, out, resume=True).total == N_PAIRS


def test_cli_full_disk_is_one_line_without_traceback(tmp_path, monkeypatch, capsys):
    _full_disk_after(monkeypatch, good_writes=0)
    rc = main(["export", "--graph", str(MUSIC), "--pairs", str(PAIRS), "--out", str(tmp_path / "o.jsonl"),
               "--verbalizer", "template", "--no-progress"])
    captured = capsys.readouterr()
    assert rc == 1 and "Traceback" not in captured.err + captured.out
    assert captured.err.startswith("error: cannot write") and captured.err.count("\n") == 1


class _ReadOnlyOs:
    """``os`` as the export modules see it on a read-only file system (root ignores chmod)."""

    def __getattr__(self, name):
        return getattr(os, name)

    @staticmethod
    def open(path, flags, *args):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return os.open(path, flags, *args)


def test_a_read_only_output_folder_is_one_clear_error(tmp_path, monkeypatch, capsys):
    for module in (export_api, export_journal, export_lock):
        monkeypatch.setattr(module, "os", _ReadOnlyOs())
    rc = main(["export", "--graph", str(MUSIC), "--pairs", str(PAIRS), "--out", str(tmp_path / "o.csv"),
               "--verbalizer", "template", "--no-progress"])
    captured = capsys.readouterr()
    assert rc == 1 and "Traceback" not in captured.err
    assert "the file system is read-only [EROFS]" in captured.err and captured.err.count("\n") == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_for_real(explainer, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ExportWriteError, match="permission denied"):
            _export(explainer, folder / "out.jsonl")
    finally:
        folder.chmod(0o755)


def test_csv_header_cells_are_escaped_like_data_cells(explainer, tmp_path):
    pairs = tmp_path / "pairs.csv"
    pairs.write_text('user,item,"=HYPERLINK(""http://evil.example"")",@cmd\n'
                     "user:ann,artist:justice,1,2\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    _export(explainer, out, pairs)
    with open(out, newline="", encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    assert header[-2:] == ["'=HYPERLINK(\"http://evil.example\")", "'@cmd"]
    assert not any(h[:1] in ("=", "+", "-", "@") for h in header)
    # the escaped header is what a resume expects: appending to the finished CSV works
    with open(pairs, "a", encoding="utf-8") as fh:
        fh.write("user:bob,artist:daft_punk,3,4\n")
    assert _export(explainer, out, pairs, resume=True).total == 2


@pytest.mark.parametrize("workers", ["1", "2"])
def test_ctrl_c_exits_130_and_says_how_to_resume(tmp_path, workers):
    """Ctrl-C as a terminal sends it: SIGINT to the whole process group (workers included)."""
    n = 1500
    pairs = _big_pairs(tmp_path / "pairs.csv", n)
    out = tmp_path / "out.jsonl"
    # a terminal's Ctrl-C reaches a process whose SIGINT is not ignored; a test run started in
    # the background inherits "ignored", so the child restores Python's default handler first
    cli = ("import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
           "from kgexplain.cli import main; sys.exit(main(sys.argv[1:]))")
    args = ["export", "--graph", str(MUSIC), "--pairs", str(pairs), "--out", str(out),
            "--verbalizer", "template", "--batch-size", "4", "--workers", workers, "--no-progress"]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1]),
           "KGEXPLAIN_CACHE": str(tmp_path / "cache")}
    proc = subprocess.Popen([sys.executable, "-c", cli, *args], env=env, stderr=subprocess.PIPE,
                            start_new_session=True)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.stat().st_size > 0:  # the first batch is written: interrupt now
            break
        time.sleep(0.005)
    assert proc.poll() is None, proc.stderr.read().decode()[-2000:]
    os.killpg(proc.pid, signal.SIGINT)
    err = proc.communicate(timeout=60)[1].decode()
    assert proc.returncode == 130, err[-2000:]
    assert "Traceback" not in err and "interrupted" in err
    again = shlex.split(err.strip().splitlines()[-1])
    assert again[0] == "kgexplain" and again[-1] == "--resume" and "--batch-size" in again
    kept = out.read_bytes().count(b"\n")
    assert 0 < kept < n
    done = subprocess.run([sys.executable, "-c", cli, *again[1:], "--no-progress"], env=env,
                          capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    assert [r["row"] for r in _jsonl(out)] == list(range(n))


@pytest.mark.parametrize("kwargs, match", [
    ({"graph": 5}, "graph must be"), ({"pairs": 5}, "pairs must be a file path"),
    ({"out": None}, "out must be a file path"), ({"explainer": "x"}, "explainer must be"),
    ({"format": 5}, "format must be"), ({"user_col": 5}, "user_col must be"),
    ({"resume": "no"}, "resume must be True or False"), ({"batch_size": "64"}, "batch_size must be"),
])
def test_wrong_argument_types_are_typed_errors(tmp_path, kwargs, match):
    args = {"graph": MUSIC, "pairs": PAIRS, "out": tmp_path / "out.jsonl", "verbalizer": "template",
            "retriever": None, "progress": False, **kwargs}
    with pytest.raises(kgx.KGExplainError, match=match):
        export_pairs(**args)
    assert not (tmp_path / "out.jsonl").exists()


def test_a_folder_as_pairs_file_says_so(explainer, tmp_path):
    with pytest.raises(kgx.ConfigError, match="is not a regular file"):
        _export(explainer, tmp_path / "out.jsonl", pairs=tmp_path)


# --------------------------------------------------------------------------- Parquet pairs
def _parquet_pairs(path: Path, rows: list[tuple], names=("user", "item", "score", "rank"), **types):
    """A pairs Parquet file written with pyarrow (columns of strings unless ``types`` says)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = {name: pa.array([r[k] for r in rows], type=types.get(name, pa.string()))
               for k, name in enumerate(names)}
    pq.write_table(pa.table(columns), path, row_group_size=3)  # several row groups
    return path


def test_parquet_pairs_give_the_records_of_the_same_csv(explainer, tmp_path):
    """Same column rules, rows, carried columns and error records as the CSV reader; a bad
    row (a null user, an empty item) becomes an error record that says which row."""
    rows = [("user:ann", "artist:justice", "0.91", "1"), ("user:bob", "artist:daft_punk", "0.85", "1"),
            ("user:bob", "artist:air", "0.40", "2"), ("user:zed", "artist:air", "0.30", "3"),
            (None, "artist:air", "0.2", "4"), ("user:ann", "", "0.1", "5"),
            ("user:ann", "artist:justice", "-0.5", "@SUM(A1)")]
    pq_pairs = _parquet_pairs(tmp_path / "pairs.parquet", rows, names=("User ", "item", "score", "text"))
    csv_pairs = tmp_path / "pairs.csv"
    with open(csv_pairs, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([("User ", "item", "score", "text"),
                                  *[tuple("" if v is None else v for v in r) for r in rows]])
    assert isinstance(ex.pairs.open_pairs(pq_pairs), ex.pairs.ParquetPairsFile)
    from_pq, from_csv = tmp_path / "pq.jsonl", tmp_path / "csv.jsonl"
    s = _export(explainer, from_pq, pq_pairs)
    _export(explainer, from_csv, csv_pairs)
    a, b = _jsonl(from_pq), _jsonl(from_csv)
    assert [r["row"] for r in a] == list(range(7)) and (s.total, s.pairs) == (7, 7)
    def without_where(r):  # an error record says "row 5" for Parquet, "line 6" for CSV
        return {k: v for k, v in r.items() if r["error"] is None or k not in ("error", "verdict")}

    assert [without_where(r) for r in a] == [without_where(r) for r in b]
    assert b[4]["error"] == "missing value: line 6 has an empty user"
    assert a[0]["score"] == "0.91" and a[6]["input_text"] == "@SUM(A1)"
    assert a[4]["error"] == "missing value: row 5 has an empty user" and a[4]["text"] is None
    assert a[5]["error"] == "missing value: row 6 has an empty item"
    assert [r["error"] is None for r in a] == [r["error"] is None for r in b]
    assert s.errors == sum(1 for r in b if r["error"])


def test_parquet_pairs_resume(explainer, tmp_path):
    rows = [(u, i, str(n), str(n)) for n, (u, i) in enumerate(
        [("user:ann", "artist:justice"), ("user:bob", "artist:daft_punk"), ("user:bob", "artist:air"),
         ("user:nobody", "artist:air")] * 10)]
    pairs = _parquet_pairs(tmp_path / "pairs.pq", rows)
    out = tmp_path / "out.jsonl"
    _export(explainer, out, pairs, batch_size=4)
    full = _jsonl(out)
    out.write_bytes(b"".join(out.read_bytes().splitlines(keepends=True)[:13]))
    s = _export(explainer, out, pairs, resume=True, batch_size=4)
    assert (s.skipped, s.rows_written, s.total) == (13, 27, 40)
    assert _jsonl(out) == full
    other = _parquet_pairs(tmp_path / "other.parquet", rows[::-1])
    with pytest.raises(ExportFormatError, match=r"another pairs file"):
        _export(explainer, out, other, resume=True)


def test_parquet_pairs_of_other_types_and_by_uri(explainer, tmp_path):
    """Numbers, nulls and lists are carried as text; a file:// URI is read through pyarrow."""
    import pyarrow as pa

    rows = [("user:ann", "artist:justice", 0.5, [1, 2]), ("user:bob", "artist:air", None, None)]
    pairs = _parquet_pairs(tmp_path / "typed.parquet", rows, names=("user", "item", "score", "ranks"),
                           score=pa.float64(), ranks=pa.list_(pa.int64()))
    src = ex.pairs.open_pairs(pairs.as_uri())
    assert src.count() == 2 and src.carried_names == ["score", "ranks"]
    got = [(r.user, r.item, dict(r.carried), r.error) for r in src.rows()]
    assert got == [("user:ann", "artist:justice", {"score": "0.5", "ranks": "[1, 2]"}, None),
                   ("user:bob", "artist:air", {"score": "", "ranks": ""}, None)]
    out = tmp_path / "out.jsonl"
    assert _export(explainer, out, pairs.as_uri()).total == 2 and _jsonl(out)[0]["ranks"] == "[1, 2]"


def test_bad_parquet_pairs_files_say_how_to_fix(explainer, tmp_path):
    import pyarrow as pa

    no_item = _parquet_pairs(tmp_path / "no_item.parquet", [("user:ann", "x")], names=("user", "thing"))
    with pytest.raises(kgx.MissingColumnError, match="lacks column.*'item'.*Rename"):
        _export(explainer, tmp_path / "a.jsonl", no_item)
    listed = _parquet_pairs(tmp_path / "listed.parquet", [(["user:ann"], "artist:air")],
                            names=("user", "item"), user=pa.list_(pa.string()))
    with pytest.raises(kgx.ConfigError, match="holds list<.*> values; ids must be strings"):
        _export(explainer, tmp_path / "b.jsonl", listed)
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"user,item\nuser:ann,artist:air\n")
    with pytest.raises(kgx.ConfigError, match="cannot read the pairs file .* as Parquet"):
        _export(explainer, tmp_path / "c.jsonl", broken)
    with pytest.raises(kgx.ConfigError, match="not found"):
        _export(explainer, tmp_path / "d.jsonl", tmp_path / "missing.parquet")
    assert not list(tmp_path.glob("*.jsonl"))  # nothing written for a file that cannot be read


def test_pair_columns_are_one_rule_for_every_reader():
    cols = ex.pairs.pair_columns([" USER", "Item", "row", "", "score"])
    assert (cols.user, cols.item) == (0, 1)
    assert cols.carried == ((2, "input_row"), (3, "column_3"), (4, "score"))
    with pytest.raises(kgx.MissingColumnError, match=r"lacks column\(s\) \['item'\]"):
        ex.pairs.pair_columns(["user", "score"])
