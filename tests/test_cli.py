from __future__ import annotations

import json


from kgexplain.cli import main


def test_help_everywhere(capsys):
    for cmd in ([], ["demo"], ["explain"], ["paths"], ["export"], ["train-verbalizer"], ["evaluate"],
                ["evaluate", "checker"], ["evaluate", "verbalizer"], ["average-checkpoints"], ["cues"]):
        assert main([*cmd, "--help"]) == 0
        assert "Usage" in capsys.readouterr().out


def test_paths_command(capsys, data_dir):
    rc = main(["paths", "--graph", str(data_dir / "tiny_music.csv"), "--user", "user:ann",
               "--item", "artist:justice"])
    out = capsys.readouterr().out
    assert rc == 0
    assert "score" in out and "Justice" in out


def test_unknown_id_is_one_clear_line(capsys, data_dir):
    rc = main(["paths", "--graph", str(data_dir / "tiny_music.csv"), "--user", "user:zed",
               "--item", "artist:air"])
    err = capsys.readouterr().err
    assert rc == 1
    assert err.startswith("error: unknown entity 'user:zed'") and err.count("\n") == 1


def test_missing_graph_file(capsys):
    rc = main(["paths", "--graph", "nope.ttl", "--user", "user:1", "--item", "movie:1"])
    assert rc == 1 and "does not exist" in capsys.readouterr().err


def test_explain_json_template(capsys, data_dir):
    rc = main(["explain", "--graph", str(data_dir / "tiny_music.csv"), "--user", "user:ann",
               "--item", "artist:justice", "--verbalizer", "template", "--json"])
    d = json.loads(capsys.readouterr().out)
    assert rc == 0 and d["verdict"]["supported"] and d["source"] == "template"


def test_usage_error_exit_code(capsys):
    assert main(["paths", "--user"]) == 2


def test_train_verbalizer_init_from_must_be_a_model_dir(capsys, tmp_path):
    rc = main(["train-verbalizer", "--out", str(tmp_path / "run"), "--webnlg", str(tmp_path),
               "--init-from", str(tmp_path / "no-model"), "--no-path-pairs"])
    err = capsys.readouterr().err
    assert rc == 1 and "not a model directory" in err


def test_train_verbalizer_forwards_the_training_options(capsys, tmp_path, monkeypatch):
    import kgexplain.training

    seen = {}

    def fake_train(out, **kwargs):
        seen.update(kwargs)
        return "trained"

    monkeypatch.setattr(kgexplain.training, "train_verbalizer", fake_train)
    args = ["train-verbalizer", "--out", str(tmp_path / "run"), "--webnlg", str(tmp_path), "--no-path-pairs"]
    assert main(args) == 0
    assert not {"path_pairs", "eval_every", "keep_snapshots"} & seen.keys()  # TrainConfig's defaults
    assert main([*args, "--path-pair-count", "1500", "--eval-every", "1000", "--keep-snapshots", "10",
                 "--anneal-to-step", "78500"]) == 0
    assert (seen["path_pairs"], seen["eval_every"], seen["keep_snapshots"], seen["anneal_to_step"]) == (
        1500, 1000, 10, 78500)
    assert main([*args, "--path-pair-count", "0"]) == 2  # at least one pair


def test_average_checkpoints_needs_a_run_folder(capsys, tmp_path):
    rc = main(["average-checkpoints", str(tmp_path), "--out", str(tmp_path / "avg")])
    err = capsys.readouterr().err
    assert rc == 1 and "not a train-verbalizer run folder" in err and not (tmp_path / "avg").exists()


# --------------------------------------------------------------------------- exit codes, terminal safety
import shutil  # noqa: E402

import pytest  # noqa: E402

from kgexplain.cli import EXIT_INTERRUPTED, EXIT_NO_EXPLANATION, terminal_safe  # noqa: E402


@pytest.mark.parametrize("command", [["paths"], ["explain", "--verbalizer", "template"]])
def test_no_path_exits_with_the_documented_code(capsys, data_dir, command):
    rc = main([*command, "--graph", str(data_dir / "tiny_music.csv"), "--user", "user:bob",
               "--item", "artist:air"])
    out = capsys.readouterr().out
    assert rc == EXIT_NO_EXPLANATION == 3
    assert "no path" in out or "no explanation" in out


def test_max_hops_out_of_range_is_refused_before_searching(capsys, data_dir):
    rc = main(["paths", "--graph", str(data_dir / "tiny_music.csv"), "--user", "user:ann",
               "--item", "artist:justice", "--max-hops", "100"])
    assert rc == 1 and "paths.max_hops must be in 1..6" in capsys.readouterr().err


def test_ctrl_c_in_any_command_exits_130(capsys, tmp_path):
    from kgexplain.io import GraphFormat, register_format, unregister_format

    def interrupted(path, **kwargs):  # Ctrl-C while the graph loads
        raise KeyboardInterrupt

    register_format(GraphFormat("interrupting", (".interrupting",), interrupted))
    try:
        graph = tmp_path / "g.interrupting"
        graph.write_text("")
        rc = main(["paths", "--graph", str(graph), "--user", "user:ann", "--item", "artist:justice"])
    finally:
        unregister_format("interrupting")
    assert rc == EXIT_INTERRUPTED == 130 and "interrupted" in capsys.readouterr().err


def test_terminal_safe_escapes_what_drives_a_terminal():
    assert terminal_safe("a\x1b[2Jb\nc\rd\te\x9bf\x7fg") == "a\\x1b[2Jb\\nc\\rd\\te\\x9bf\\x7fg"
    assert terminal_safe("evil\u202etxt.exe \u2066x\u2069") == "evil\\u202etxt.exe \\u2066x\\u2069"
    assert terminal_safe("Amélie, 東京, naïve") == "Amélie, 東京, naïve"


@pytest.fixture
def bidi_graph(tmp_path, data_dir):
    """tiny_music with Justice's label holding a right-to-left override (labels may hold one)."""
    for name in ("tiny_music.csv", "tiny_music.relations.yaml"):
        shutil.copy(data_dir / name, tmp_path / name)
    text = (data_dir / "tiny_music.entities.csv").read_text(encoding="utf-8")
    (tmp_path / "tiny_music.entities.csv").write_text(
        text.replace(",Justice,", ",Just\u202eice,"), encoding="utf-8")
    return tmp_path / "tiny_music.csv"


@pytest.mark.parametrize("command", [["paths"], ["explain", "--verbalizer", "template"]])
def test_graph_text_is_printed_escaped(capsys, bidi_graph, command):
    rc = main([*command, "--graph", str(bidi_graph), "--user", "user:ann", "--item", "artist:justice"])
    out = capsys.readouterr().out
    assert rc == 0 and "Just\\u202eice" in out and "\u202e" not in out


def test_json_output_escapes_bidi_and_c1_and_stays_json(capsys, bidi_graph):
    rc = main(["explain", "--graph", str(bidi_graph), "--user", "user:ann", "--item", "artist:justice",
               "--verbalizer", "template", "--json"])
    out = capsys.readouterr().out
    assert rc == 0 and "\u202e" not in out and "\\u202e" in out
    assert "Just\u202eice" in json.loads(out)["text"]  # the same value once parsed


def test_an_escape_code_in_an_id_is_not_echoed_raw(capsys, data_dir):
    rc = main(["paths", "--graph", str(data_dir / "tiny_music.csv"), "--user", "user:\x1b[2J\nzed",
               "--item", "artist:air"])
    err = capsys.readouterr().err
    assert rc == 1 and "\x1b" not in err and err.count("\n") == 1


def test_a_huge_id_is_not_echoed_whole(capsys, data_dir):
    rc = main(["paths", "--graph", str(data_dir / "tiny_music.csv"), "--user", "user:ann",
               "--item", "artist:" + "x" * 1_000_000])
    err = capsys.readouterr().err
    assert rc == 1 and err.startswith("error: unknown entity") and len(err) < 1_200 and err.count("\n") == 1


def test_demo_reads_its_picks_back_from_the_cache(capsys, monkeypatch, tmp_path):
    """The first demo fits the recommender and keeps its picks in the cache folder; the next one
    reads them back (no fit) and prints the same reasons."""
    from kgexplain.recommend import Recommender

    monkeypatch.setenv("KGEXPLAIN_CACHE", str(tmp_path))
    args = ["demo", "--users", "1", "--k", "1", "--verbalizer", "template"]
    assert main(args) == 0
    first = capsys.readouterr().out
    assert len(list((tmp_path / "demo").glob("picks-*.json"))) == 1

    def no_fit(self, kg):  # noqa: ANN001
        raise AssertionError("the demo fitted the recommender again")

    monkeypatch.setattr(Recommender, "fit", no_fit)
    assert main(args) == 0
    assert capsys.readouterr().out == first and "Grounded reasons for 1 recommendations" in first
    assert main([*args[:-1], "seq2seq"]) == 0  # another verbalizer: same picks from the cache
    monkeypatch.undo()
    monkeypatch.setenv("KGEXPLAIN_CACHE", str(tmp_path))
    assert main(["demo", "--users", "1", "--k", "2", "--verbalizer", "template"]) == 0  # new key
    assert len(list((tmp_path / "demo").glob("picks-*.json"))) == 2
