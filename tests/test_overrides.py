"""--set KEY=VALUE: a study's keys overridden from the command line, each value read as YAML,
checked as the file is (a problem names its --set), recorded in study.json, and a rerun whose
overrides change the trials refused like a changed file."""

import json

import pytest
import yaml

from helpers import REPO, run_cli
from memstudy.config import apply_overrides, load_study
from memstudy.errors import ConfigError
from memstudy.run import _prepare_study_dir

DIGITS = REPO / "studies" / "digits.yaml"
SMOKE = REPO / "studies" / "smoke.yaml"


def test_overrides_set_trial_keys_and_grid_axes_before_validation():
    spec = load_study(DIGITS, ["trial.epochs=5", "grid.seed=[0]"])
    assert len(spec.trials) == 24 and {t.epochs for t in spec.trials} == {5} and {t.seed for t in spec.trials} == {0}
    assert spec.overrides == ("trial.epochs=5", "grid.seed=[0]")
    assert spec.raw == yaml.safe_load(DIGITS.read_text())  # the file as read; the overrides beside it
    assert spec.to_dict()["overrides"] == ["trial.epochs=5", "grid.seed=[0]"]
    assert load_study(DIGITS).to_dict()["overrides"] == []


def test_a_grid_axis_and_a_searched_key_are_one_key_dots_and_all():
    raw = {"name": "t", "trial": {"dataset": "synthetic", "loss": "rll"}, "grid": {"eta": [0.2]}}
    out = apply_overrides(raw, ["grid.loss_params.alpha=[0.1, 1.0]", "trial.loss_params.alpha=0.5",
                                "search.params.loss_params.alpha={distribution: uniform, low: 0.1, high: 1}",
                                "resources.cpu=2", "description=null"])
    assert out["grid"] == {"eta": [0.2], "loss_params.alpha": [0.1, 1.0]}
    assert out["trial"]["loss_params"] == {"alpha": 0.5}
    assert out["search"] == {"params": {"loss_params.alpha": {"distribution": "uniform", "low": 0.1, "high": 1}}}
    assert out["resources"] == {"cpu": 2} and out["description"] is None
    assert raw == {"name": "t", "trial": {"dataset": "synthetic", "loss": "rll"}, "grid": {"eta": [0.2]}}
    assert apply_overrides(raw, ["trial.epochs=3", "trial.epochs=4"])["trial"]["epochs"] == 4  # the last one wins


@pytest.mark.parametrize("overrides, expected", [
    (["trial.epochs=0"], "digits.yaml: trial.epochs (--set trial.epochs=0): epochs must be a positive integer, got 0"),
    (["grid.seed=[-1]"], "grid.seed[0] (--set grid.seed=[-1]): seed must be a non-negative integer, got -1"),
    (["trial.epoch=5"], "trial.epoch (--set trial.epoch=5): unknown key 'epoch' (did you mean 'epochs'?)"),
    (["grid.eta=0.2"], "grid.eta (--set grid.eta=0.2): a grid axis must be a non-empty list, got 0.2"),
    (["trail.epochs=5"], "trail (--set trail.epochs=5): unknown key 'trail' (did you mean 'trial'?)"),
    (["trial.noise=symetric"], "trial.noise (--set trial.noise=symetric): unknown noise kind 'symetric' (did you "
                               "mean 'symmetric'?); allowed: symmetric,"),
    (["trial.epochs"], "digits.yaml: --set 'trial.epochs': expected KEY=VALUE with a dotted key"),
    (["=5"], "--set '=5': expected KEY=VALUE"),
    (["trial..epochs=5"], "--set 'trial..epochs=5': expected KEY=VALUE"),
    (["grid.eta=[0.2, 1"], "digits.yaml: --set grid.eta=[0.2, 1: the value is not valid YAML"),
    (["name.x=1"], "--set name.x=1: name is 'digits', not a mapping, so it has no key 'x'"),
])
def test_a_bad_override_names_the_file_the_set_the_key_the_value_and_what_is_allowed(overrides, expected):
    with pytest.raises(ConfigError) as info:
        load_study(DIGITS, overrides)
    assert expected in str(info.value)


def test_a_problem_outside_the_overrides_does_not_name_them(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump({"name": "s", "trial": {"dataset": "synthetic", "epochs": 0}}))
    with pytest.raises(ConfigError) as info:
        load_study(path, ["trial.lr=0.5", "grid.seed=[0]"])
    assert str(info.value) == f"{path}: trial.epochs: epochs must be a positive integer, got 0"


def test_study_json_keeps_the_overrides_and_a_rerun_that_changes_the_trials_is_refused(tmp_path):
    study_dir = tmp_path / "smoke"
    first = load_study(SMOKE, ["trial.epochs=1", "grid.eta=[0.4]"])
    assert _prepare_study_dir(first, study_dir, restart=False) is False
    recorded = json.loads((study_dir / "study.json").read_text())
    assert recorded["overrides"] == ["trial.epochs=1", "grid.eta=[0.4]"]
    assert [(t["epochs"], t["eta"]) for t in recorded["trials"]] == [(1, 0.4), (1, 0.4)]
    # The same overrides (or ones that leave the trials as they were) resume.
    assert _prepare_study_dir(load_study(SMOKE, ["trial.epochs=1", "grid.eta=[0.4]"]), study_dir, False) is True
    same_trials = load_study(SMOKE, ["trial.epochs=1", "grid.eta=[0.4]", "max_concurrent=1"])
    assert _prepare_study_dir(same_trials, study_dir, False) is True
    assert json.loads((study_dir / "study.json").read_text())["overrides"][-1] == "max_concurrent=1"
    # A rerun refused for its --set names the overrides that differ and what to do.
    then = "(--set trial.epochs=1 --set grid.eta=[0.4] --set max_concurrent=1)"
    for changed, differ in ((["trial.epochs=2", "grid.eta=[ 0.4 ]", "max_concurrent=1"],
                             "trial.epochs: then --set trial.epochs=1, now --set trial.epochs=2"),
                            (["trial.epochs=1", "max_concurrent=1"], "grid.eta: then --set grid.eta=[0.4], now not set"),
                            ([], "grid.eta: then --set grid.eta=[0.4], now not set; max_concurrent: then --set "
                                 "max_concurrent=1, now not set; trial.epochs: then --set trial.epochs=1, now not set")):
        with pytest.raises(ConfigError) as info:
            _prepare_study_dir(load_study(SMOKE, changed), study_dir, False)
        assert str(info.value) == (f"{SMOKE}: the study's trials changed since {study_dir} was started: its --set "
                                   f"overrides differ ({differ}). Run with the same overrides as then {then} to "
                                   "resume, or add --restart to move the old results aside and start over, or give "
                                   "another results folder (--storage)")
    # The same overrides on a changed file: the file's message.
    edited = yaml.safe_load(SMOKE.read_text())
    edited["trial"]["lr"] = 0.5
    (tmp_path / "smoke.yaml").write_text(yaml.safe_dump(edited))
    with pytest.raises(ConfigError) as info:
        _prepare_study_dir(load_study(tmp_path / "smoke.yaml", ["trial.epochs=1", "grid.eta=[0.4]", "max_concurrent=1"]),
                           study_dir, False)
    assert "the study's trials changed since" in str(info.value) and "--set" not in str(info.value)


@pytest.mark.subprocess
def test_cli_dry_run_shows_the_overridden_trials_and_a_bad_override_exits_2(tmp_path):
    proc = run_cli(SMOKE, "--set", "trial.epochs=1", "--set", "grid.eta=[0.4]", "--dry-run",
                   "--storage", tmp_path / "results")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["with --set trial.epochs=1 --set grid.eta=[0.4]",
                                        "cce_eta0.4_mlp_synthetic_s0", "rll-alpha0.1_eta0.4_mlp_synthetic_s0",
                                        "2 trials"]
    proc = run_cli("run", SMOKE, "--set", "grid.eta=[0.2, 1.5]", "--dry-run", module="memstudy.cli")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip() == (f"memstudy: error: {SMOKE}: grid.eta[1] (--set grid.eta=[0.2, 1.5]): eta must be "
                                   "a number in [0, 1], got 1.5")
    assert not (tmp_path / "results").exists()


@pytest.mark.subprocess
def test_a_run_with_overrides_records_them_and_a_rerun_with_others_is_refused(tmp_path):
    sets = ["--set", "trial.epochs=1", "--set", "grid.eta=[0.4]", "--set", "grid.loss=[cce]"]
    proc = run_cli(SMOKE, *sets, "--storage", tmp_path / "results")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "1 trials finished, 0 failed" in proc.stdout
    recorded = json.loads((tmp_path / "results" / "smoke" / "study.json").read_text())
    assert recorded["overrides"] == ["trial.epochs=1", "grid.eta=[0.4]", "grid.loss=[cce]"]
    assert [(t["loss"], t["eta"], t["epochs"]) for t in recorded["trials"]] == [("cce", 0.4, 1)]
    status = json.loads(next((tmp_path / "results" / "smoke").glob("cce_eta0.4_*/status.json")).read_text())
    assert status["status"] == "finished"
    proc = run_cli(SMOKE, *sets[:-2], "--set", "grid.loss=[mse]", "--storage", tmp_path / "results")
    assert proc.returncode == 2 and "the study's trials changed since" in proc.stderr, proc.stdout + proc.stderr
    assert "overrides differ (grid.loss: then --set grid.loss=[cce], now --set grid.loss=[mse])" in proc.stderr
