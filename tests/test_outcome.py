"""The table the driver prints when a study ends: the same numbers as the analysis reads from the
trials' files (final J1, J2, test accuracy and the flip epoch over seeds; a search's best), with
failed, superseded and rerun trials left out and counted."""

import json
import math
import re

import numpy as np
import pytest

from analysis import load_table, summary_table, trial_table
from helpers import parse_table
from memstudy import metrics as M
from memstudy.config import parse_study
from memstudy.outcome import grid_lines, outcome_lines
from memstudy.train import CONFIG_FILE, STATUS_FILE, TB_DIR


def _write_trial(folder, trial, status, j1, j2, test):
    """A trial folder as TrialRecord writes it: config.json, status.json and TensorBoard scalars."""
    from torch.utils.tensorboard import SummaryWriter

    folder.mkdir(parents=True)
    (folder / CONFIG_FILE).write_text(json.dumps({"trial": trial, "noise": {"seed": trial["seed"], "realised_rate": 0.4},
                                                  "data": {"num_classes": 4}}))
    (folder / STATUS_FILE).write_text(json.dumps({"status": status}))
    with SummaryWriter(str(folder / TB_DIR)) as writer:
        for epoch, values in enumerate(zip(j1, j2, test)):
            for metric, value in zip((M.J1, M.J2, M.TEST_ACC), values):
                writer.add_scalar(metric, value, epoch)


def _curves(flip_at, epochs=12, shift=0.0):
    """J1 and J2 from epoch 0 to `epochs`: J2 ahead from epoch 1, J1 ahead for good from `flip_at`
    (None: never; "brief": only at epochs 3-5, too short for a flip; "hair": from epoch 4 on by 0.01,
    below the margin a lead needs at ρ = 0.4); test accuracy rises. Distinct
    values at every epoch, the last unlike the first."""
    t = np.arange(epochs + 1)
    j2 = 0.5 + 0.02 * t + shift
    if flip_at == "brief":
        j1 = np.where((t >= 3) & (t <= 5), j2 + 0.1, j2 - 0.1)
    elif flip_at == "hair":
        j1 = np.where(t >= 4, j2 + 0.01, j2 - 0.1)
    else:
        j1 = j2 - 0.1 if flip_at is None else np.where(t >= flip_at, j2 + 0.1, j2 - 0.1)
    j1[0] = j2[0] + 0.05  # at epoch 0 which is ahead is chance: no lead
    return j1, j2, 0.3 + 0.03 * t + shift


def test_the_grid_table_is_the_analysis_summary(tmp_path):
    spec = parse_study({"name": "planted", "trial": {"dataset": "synthetic", "model": "mlp", "epochs": 12, "eta": 0.4},
                        "grid": {"loss": ["cce", {"loss": "rll", "loss_params.alpha": 0.1}], "lr": [0.01, 0.1],
                                 "seed": [0, 1]}})
    study_dir = tmp_path / "planted"
    flips = {("cce", 0.01): (4, 6), ("cce", 0.1): (None, 5), ("rll", 0.01): ("brief", "hair"), ("rll", 0.1): (3, 3)}
    for i, cfg in enumerate(spec.trials):
        trial = cfg.to_dict()
        flip_at = flips[(trial["loss"], trial["lr"])][trial["seed"]]
        _write_trial(study_dir / f"t{i:02d}", trial, "finished", *_curves(flip_at, shift=0.01 * i))
    first = spec.trials[0].to_dict()
    # Left out and counted: a failed trial, one a resumed run superseded, and a rerun of t00's config.
    _write_trial(study_dir / "t90", {**first, "seed": 7}, "failed", *_curves(2))
    _write_trial(study_dir / "t91", {**first, "seed": 8}, M.SUPERSEDED, *_curves(2))
    _write_trial(study_dir / "t92", first, "finished", *_curves(2, shift=0.2))

    lines = grid_lines(study_dir)
    rows = parse_table(lines, "dataset")
    assert lines[-1] == "left out: 1 failed, 1 reruns, 1 superseded (trial folders not in the table)"
    trials = trial_table(load_table(study_dir))
    summary = summary_table(trials[trials.status == "finished"])
    assert len(rows) == len(summary) == 4
    for row in rows:
        match = summary[(summary.loss_label == row["loss"]) & (summary.variant == row["other"])]
        assert len(match) == 1, row
        s = match.iloc[0]
        assert (row["dataset"], row["model"], row["noise"], float(row["eta"])) == ("synthetic", "mlp", "symmetric", 0.4)
        assert int(row["n"]) == s.seeds == 2
        for column, stat in (("J1", "final_j1_mean"), ("J2", "final_j2_mean"), ("test", "final_test_mean")):
            assert abs(float(row[column]) - s[stat]) <= 0.0005 + 1e-9, (row, column)
        if s.flipped == 0:
            assert row["flip"] == "-"
        else:
            mean, count = re.fullmatch(r"([\d.]+) \((\d)/2\)", row["flip"]).groups()
            assert float(mean) == pytest.approx(round(s.flip_epoch_mean, 1)) and int(count) == s.flipped
    by_setting = {(r["loss"], r["other"]): r["flip"] for r in rows}
    assert by_setting == {("cce", "lr=0.01"): "5.0 (2/2)", ("cce", "lr=0.1"): "5.0 (1/2)",
                          ("rll(alpha=0.1)", "lr=0.01"): "-", ("rll(alpha=0.1)", "lr=0.1"): "3.0 (2/2)"}


def test_the_next_commands_name_the_study_folder(tmp_path):
    lines = outcome_lines(tmp_path, None, prog="python -m memstudy.run")
    assert lines[:2] == [lines[0], "(no finished trial)"]
    assert lines[-2].startswith(f"next: python -m analysis {tmp_path} ")
    assert lines[-1].strip().startswith(f"tensorboard --logdir {tmp_path} ")
    assert outcome_lines(tmp_path)[-2].startswith(f"next: memstudy analyse {tmp_path} ")


@pytest.mark.subprocess
def test_a_real_study_ends_with_the_analysis_numbers(smoke_run):
    proc, study_dir = smoke_run
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    rows = parse_table(lines, "dataset")
    trials = trial_table(load_table(study_dir))
    assert len(rows) == len(trials) == 4  # one seed each: a row is a trial
    for row in rows:
        t = trials[(trials.loss_label == row["loss"]) & (trials.eta == float(row["eta"]))].iloc[0]
        assert row["n"] == "1"
        for column, stat in (("J1", "final_j1"), ("J2", "final_j2"), ("test", "final_test")):
            assert abs(float(row[column]) - t[stat]) <= 0.0005 + 1e-9, (row, column)
            # ... which is the last epoch's scalar in the trial's own event file
            tb = M.read_scalars(study_dir / t.trial / TB_DIR)[{"J1": M.J1, "J2": M.J2, "test": M.TEST_ACC}[column]]
            assert abs(float(row[column]) - tb[-1][1]) <= 0.0005 + 1e-9 and tb[-1][0] == 4
        assert row["flip"] == "-" and math.isnan(t.flip_epoch)  # 4 epochs: too few for a flip of patience 5
    assert f"next: python -m analysis {study_dir}    (tables, figures and the claims report)" in lines
    assert not any(line.startswith("left out:") for line in lines)


def test_a_rerun_says_what_it_resumes(tmp_path):
    from memstudy.outcome import resume_note

    assert resume_note(tmp_path) == "no trial had started"
    for name, status in (("a", {"status": "finished", "epoch": 12}), ("b", {"status": "finished", "epoch": 12}),
                         ("c", {"status": "running", "epoch": 3}), ("cell/d", {"status": "running", "epoch": 7}),
                         ("e", {"status": "stopped_early", "epoch": 4}), ("f", {"status": "failed", "epoch": 1})):
        (tmp_path / name).mkdir(parents=True)
        (tmp_path / name / STATUS_FILE).write_text(json.dumps(status))
        (tmp_path / name / CONFIG_FILE).write_text("{}")
    assert resume_note(tmp_path) == ("trial folders: 2 finished, 1 failed, 1 stopped before their last epoch (by early "
                                     "stopping, or by the interruption: those continue), 2 interrupted at epochs 3-7 "
                                     "(they continue from their last saved state)")
