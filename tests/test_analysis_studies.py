"""What the analysis counts as a study and a run, on folders of real (tiny) trials: a folder of
several studies is refused, reruns of one trial config are one run, never seeds."""

import dataclasses
import json

import pytest

from analysis import load_table, summary_table, trial_table
from analysis.__main__ import main
from memstudy.config import TrialConfig
from memstudy.train import run_trials

TINY = TrialConfig(dataset="synthetic", dataset_params={"n_train": 48, "n_test": 16}, model="mlp",
                   model_params={"hidden": [8]}, epochs=2, eta=0.4, lr=0.05)


def write_study(folder, trials):
    """A study folder as memstudy.run leaves it: study.json and each trial's own folder, trained for real."""
    folder.mkdir(parents=True)
    (folder / "study.json").write_text(json.dumps({"name": folder.name}))
    for name, cfg in trials.items():
        run_trials([cfg], [folder / name])
    return folder


def test_a_folder_of_several_studies_is_refused_with_their_names(tmp_path, capsys):
    # Three reruns of one seed-0 config, each its own study: pooled, they became "3 seeds".
    for name in ("digits", "digits_again", "digits_third"):
        write_study(tmp_path / "results" / name, {"cce_s0": TINY})
    with pytest.raises(ValueError, match=r"a folder of 3 studies \(digits, digits_again, digits_third\), not one"):
        load_table(tmp_path / "results")
    assert main([str(tmp_path / "results")]) == 2
    err = capsys.readouterr().err
    assert "memstudy: error:" in err and "digits, digits_again, digits_third" in err
    assert len(load_table(tmp_path / "results" / "digits").trial.unique()) == 1  # each on its own is fine


def test_reruns_of_one_trial_config_are_one_run(tmp_path):
    study = write_study(tmp_path / "digits", {"cce_s0_a": TINY, "cce_s0_b": TINY, "cce_s0_c": TINY,
                                              "cce_s1": dataclasses.replace(TINY, seed=1)})
    table = load_table(study)
    assert sorted(table.trial.unique()) == ["cce_s0_a", "cce_s1"]
    assert table.attrs["reruns"] == {"cce_s0_b": "cce_s0_a", "cce_s0_c": "cce_s0_a"}
    [row] = summary_table(trial_table(table)).to_dict("records")
    assert row["seeds"] == 2  # seeds 0 and 1, not four "seeds"
    # A finished run is kept over an unfinished rerun of the same config.
    status = study / "cce_s0_a" / "status.json"
    status.write_text(json.dumps({**json.loads(status.read_text()), "status": "running"}))
    assert load_table(study).attrs["reruns"] == {"cce_s0_a": "cce_s0_b", "cce_s0_c": "cce_s0_b"}


def test_a_searched_learning_rate_makes_settings_not_seeds(tmp_path):
    # A search over lr and alpha, one seed: trials at two learning rates are two settings of one run
    # each (before: "2 seeds", averaged, and every claim's basis counted them so). The alpha section
    # still sets the search's alphas side by side across learning rates.
    from analysis.summary import alpha_table

    study = tmp_path / "search"
    cell = study / "rll-alpha0.1_eta0.4_mlp_synthetic_s0"
    cell.mkdir(parents=True)
    (study / "study.json").write_text(json.dumps({"name": "search", "search": {
        "params": {"lr": {"distribution": "loguniform", "low": 0.001, "high": 0.1},
                   "loss_params.alpha": {"distribution": "loguniform", "low": 0.01, "high": 10}},
        "objective": "train/j2"}}))
    rll = dataclasses.replace(TINY, loss="rll", loss_params={"alpha": 0.1})
    for name, cfg in {"t0": rll, "t1": dataclasses.replace(rll, lr=0.01),
                      "t2": dataclasses.replace(rll, loss_params={"alpha": 1.0})}.items():
        run_trials([cfg], [cell / name])
    table = load_table(study)
    trials = trial_table(table)
    assert dict(zip(trials.trial, trials.variant)) == {f"{cell.name}/t0": "lr=0.05", f"{cell.name}/t1": "lr=0.01",
                                                       f"{cell.name}/t2": "lr=0.05"}
    assert set(trials.base_variant) == {""}
    summary = summary_table(trials)
    alpha01 = summary[summary.loss_label == "rll(alpha=0.1)"]
    assert sorted(alpha01.variant) == ["lr=0.01", "lr=0.05"] and list(alpha01.seeds) == [1, 1]
    [row] = alpha_table(trials).to_dict("records")
    assert (row["variant"], row["alphas"], row["tried"], row["trials"]) == ("", 2, 2, 3)
