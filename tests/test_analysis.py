"""Analysis: flip detection on hand-made curves, claims on a synthetic table, the pipeline on a real smoke study."""

import numpy as np
import pandas as pd
import pytest

from analysis import build_report, flip_epoch, load_table, trial_stats
from analysis.report import FAILS, HOLDS, NO_DATA, check_claims
from analysis.summary import summary_markdown, summary_table, theorem_table, trial_table
from helpers import REPO
from memstudy import metrics as M

E = np.arange(20)


def test_flip_after_j2_led():
    j2 = np.full(20, 0.8)
    j1 = np.where(E < 8, 0.6, 0.9)
    assert flip_epoch(E, j1, j2) == 8


def test_never_flips():
    assert flip_epoch(E, np.full(20, 0.6), np.full(20, 0.9)) is None


def test_equal_curves_at_eta_zero_never_flip():
    curve = np.linspace(0.1, 1.0, 20)
    assert flip_epoch(E, curve, curve) is None


def test_flips_at_once_after_initialisation():
    j1 = np.r_[0.09, np.full(19, 0.9)]
    j2 = np.r_[0.11, np.full(19, 0.5)]
    assert flip_epoch(E, j1, j2) == 1


def test_j1_above_from_the_start_is_not_a_flip():
    assert flip_epoch(E, np.full(20, 0.9), np.full(20, 0.5)) is None


def test_brief_crossings_need_patience():
    j2 = np.full(20, 0.5)
    j1 = np.full(20, 0.4)
    j1[[5, 6, 7]] = 0.6             # three epochs above: not enough for patience 5
    j1[12:] = 0.6                   # from 12 on it stays above
    assert flip_epoch(E, j1, j2, patience=5) == 12
    assert flip_epoch(E, j1, j2, patience=3) == 5
    j1[12:] = 0.4
    j1[17:] = 0.6                   # crosses 3 epochs before the end: unconfirmed
    assert flip_epoch(E, j1, j2, patience=5) is None


def test_trial_stats_peak_and_drop():
    j2 = np.r_[np.linspace(0.1, 0.9, 10), np.linspace(0.85, 0.6, 10)]
    stats = trial_stats(E, np.linspace(0.1, 1.0, 20), j2, np.full(20, 0.5))
    assert stats.peak_j2 == pytest.approx(0.9) and stats.peak_j2_epoch == 9
    assert stats.j2_drop == pytest.approx(0.3) and stats.final_j1 == pytest.approx(1.0)


def synthetic_table():
    """A hand-made study: CCE memorises (J1 -> 1, J2 -> 1 - eta, flips); RLL resists (J1 ~ 1 - eta, J2 ~ 0.95)."""
    rows = []
    epochs = np.arange(31)
    for loss, symmetric in (("cce", False), ("rll", True)):
        for eta in (0.0, 0.2, 0.4):
            for seed in (0, 1):
                rise = 1 - np.exp(-epochs / 4)
                if loss == "cce":
                    j1 = np.clip(rise * (1 - eta) + eta * np.clip((epochs - 8) / 12, 0, 1), 0, 1)
                    j2 = np.where(epochs < 10, rise * 0.97, 0.97 - (0.97 - (1 - eta)) * np.clip((epochs - 10) / 10, 0, 1))
                    j2 = np.minimum(j2, j1) if eta == 0 else j2
                else:
                    j1, j2 = rise * (1 - eta) * 0.99, rise * 0.96
                    if eta == 0:
                        j1 = j2
                # Losses: for RLL the noisy risk is an affine image of the clean risk with the slope of Theorem 1.
                clean_loss = 2 * np.exp(-epochs / 5) + 0.1
                noisy_loss = (1 - eta * 10 / 9) * clean_loss + 0.3 * eta if symmetric else clean_loss * (1 + eta) ** 2
                trial = f"{loss}_eta{eta}_s{seed}"
                for metric, values in ((M.J1, j1), (M.J2, j2), (M.TEST_ACC, j2), (M.TRAIN_LOSS, noisy_loss),
                                       (M.CLEAN_LOSS, clean_loss)):
                    for epoch, value in zip(epochs, values):
                        rows.append(dict(trial=trial, dataset="toy", model="mlp", loss=loss, loss_params="",
                                         loss_label=loss, symmetric=symmetric, noise="symmetric", eta=eta, seed=seed,
                                         num_classes=10, status="finished", epoch=int(epoch), metric=metric,
                                         value=float(value)))
    return pd.DataFrame(rows)


def test_claims_on_a_synthetic_study():
    table = synthetic_table()
    trials = trial_table(table)
    claims = {c.text: c.verdict for c in check_claims(table, trials, theorem_table(table))}
    assert claims["CCE reaches J1 >= 0.99 at every eta (peak over epochs)"] == HOLDS
    assert claims["CCE shows the flip (J1 overtakes J2 after J2 led) at every eta > 0"] == HOLDS
    assert claims["RLL never flips at every eta > 0"] == HOLDS
    assert claims["RLL keeps J2 >= J1 in every epoch after initialisation at every eta > 0"] == HOLDS
    assert claims["RLL gap to the clean run is about eta at eta 0.2 and 0.4 (within 0.1)"] == HOLDS
    assert claims["RLL (symmetric) follows Theorem 1's slope 1 - ηK/(K-1) (within 0.1)"] == HOLDS
    assert claims["CCE (not symmetric) departs from Theorem 1's slope (by more than 0.1)"] == HOLDS
    summary = summary_table(trials)
    assert len(summary) == 6 and (summary.seeds == 2).all()
    assert "± 0.000" in summary_markdown(summary)


def test_claims_without_enough_data():
    table = synthetic_table()
    table = table[(table.loss == "rll") & (table.eta == 0.2)]
    claims = {c.text: c.verdict for c in check_claims(table, trial_table(table), theorem_table(table))}
    assert claims["RLL training accuracy at eta > 0 stays well below the clean run (J1 <= J1(η=0) - η/2)"] == NO_DATA


def test_claims_that_fail_say_so():
    table = synthetic_table()
    table = table[table.loss == "cce"].assign(loss="rll", loss_label="rll")  # CCE's curves labelled RLL
    claims = {c.text: c.verdict for c in check_claims(table, trial_table(table), theorem_table(table))}
    assert claims["RLL never flips at every eta > 0"] == FAILS


def test_pipeline_on_a_real_smoke_study(smoke_run, tmp_path):
    proc, study_dir = smoke_run
    assert proc.returncode == 0, proc.stderr
    table = load_table(study_dir)
    assert set(table.trial.unique()) == {p.name for p in study_dir.iterdir() if (p / "config.json").exists()}
    assert set(table.status) == {"finished"}
    assert table[table.metric == M.J1].groupby("trial").epoch.max().eq(4).all()
    result = build_report(study_dir, tmp_path / "out")
    out = result["out_dir"]
    for name in ("table.csv", "trials.csv", "summary.csv", "summary.md", "theorem1.csv", "report.md", "report.html"):
        assert (out / name).stat().st_size > 0, name
    stems = {p.stem.split("_synthetic")[0] for p in result["figures"]}
    assert {"train_accuracy", "j1_j2", "theorem1"} <= stems
    for path in result["figures"]:
        assert path.stat().st_size > 1000, path
    assert "data:image/png;base64," in (out / "report.html").read_text()


def test_cli_on_a_study_still_running(smoke_run, tmp_path):
    import json
    import shutil

    _, study_dir = smoke_run
    copy = tmp_path / "smoke"
    shutil.copytree(study_dir, copy)
    one = sorted(p for p in copy.iterdir() if (p / "status.json").exists())[0]
    (one / "status.json").write_text(json.dumps({"status": "running"}))
    proc = run_cli_analysis(copy)
    assert proc.returncode == 0, proc.stderr
    assert "report:" in proc.stdout
    trials = pd.read_csv(copy / "analysis" / "trials.csv")
    assert sorted(trials.status.unique()) == ["finished", "running"]


def test_cli_missing_study(tmp_path):
    proc = run_cli_analysis(tmp_path / "nope")
    assert proc.returncode == 2 and "no such study folder" in proc.stderr


def run_cli_analysis(path):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "analysis", str(path)], cwd=REPO, capture_output=True, text=True,
                          timeout=300)


def test_alpha_table_best_and_robust_region():
    from analysis.summary import alpha_table

    alphas = [0.001, 0.01, 0.1, 1.0, 10.0]
    j2 = [0.70, 0.94, 0.945, 0.936, 0.80]   # within 0.01 of the best: alpha 0.01 .. 1
    trials = pd.DataFrame({"trial": [f"t{i}" for i in range(6)], "dataset": "toy", "model": "mlp", "loss": "rll",
                           "loss_params": [f"alpha={a:g}" for a in alphas] + ["alpha=0.1"], "eta": 0.4,
                           "status": ["finished"] * 5 + ["stopped_early"], "final_j2": j2 + [0.99]})
    row = alpha_table(trials, M.J2).iloc[0]
    assert row.best_alpha == 0.1 and row.best_value == pytest.approx(0.945)
    assert (row.robust_low, row.robust_high, row.in_region, row.alphas) == (0.01, 1.0, 3, 5)
