from __future__ import annotations

import json


from kgexplain.cli import main


def test_help_everywhere(capsys):
    for cmd in ([], ["demo"], ["explain"], ["paths"], ["export"], ["train-verbalizer"], ["evaluate"],
                ["evaluate", "checker"], ["evaluate", "verbalizer"], ["average-checkpoints"]):
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


def test_average_checkpoints_needs_a_run_folder(capsys, tmp_path):
    rc = main(["average-checkpoints", str(tmp_path), "--out", str(tmp_path / "avg")])
    err = capsys.readouterr().err
    assert rc == 1 and "not a train-verbalizer run folder" in err and not (tmp_path / "avg").exists()
