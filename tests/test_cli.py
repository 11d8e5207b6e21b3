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
