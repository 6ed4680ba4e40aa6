"""Per-trial statistics and the summary table (mean +- std over seeds), as CSV and Markdown."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd

from analysis.flip import TrialStats, trial_stats
from memstudy.metrics import CLEAN_LOSS, J1, J2, TEST_ACC, TRAIN_LOSS

# Search objectives (metric names) and the per-trial statistic that holds their last-epoch value.
OBJECTIVE_STATS = {J2: "final_j2", TEST_ACC: "final_test", J1: "final_j1"}
ROBUST_MARGIN = 0.01  # "within 1 point of the best"

GROUP = ["dataset", "model", "loss_label", "eta"]
TRIAL_INFO = ["trial", "dataset", "model", "loss", "loss_params", "loss_label", "symmetric", "noise", "eta", "seed",
              "num_classes", "status"]
STAT_COLUMNS = [f.name for f in dataclasses.fields(TrialStats)]
SUMMARY_STATS = ["final_j1", "final_j2", "final_test", "peak_j1", "peak_j2", "peak_test", "flip_epoch"]


def mean_curves(table: pd.DataFrame, metric: str) -> pd.DataFrame:
    """One metric's curve per eta, averaged over the trials in `table`: a row per eta, a column per epoch."""
    sub = table[table.metric == metric]
    return sub.groupby(["eta", "epoch"]).value.mean().unstack("epoch")


def trial_table(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def summary_table(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and std over seeds per dataset x model x loss (with params) x eta; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=0) if len(values) else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def _pm(mean, std, digits=3):
    if pd.isna(mean):
        return "-"
    return f"{mean:.{digits}f} ± {std:.{digits}f}"


def summary_markdown(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def theorem_table(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0: noisy-label risk against clean-label risk over the epochs.

    For a symmetric loss the noisy risk is C*eta/(K-1) + (1 - eta*K/(K-1)) * clean risk, so the
    points fall on a line of slope 1 - eta*K/(K-1). Reports the least-squares slope and its R^2.
    """
    rows = []
    for trial, sub in table[(table.eta > 0) & table.metric.isin([TRAIN_LOSS, CLEAN_LOSS])].groupby("trial"):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").dropna()
        if len(wide) < 3 or not {TRAIN_LOSS, CLEAN_LOSS} <= set(wide.columns):
            continue
        info = sub.iloc[0]
        x, y = wide[CLEAN_LOSS].values, wide[TRAIN_LOSS].values
        if np.ptp(x) == 0:
            continue
        slope, intercept = np.polyfit(x, y, 1)
        residual = y - (slope * x + intercept)
        r2 = 1 - residual.var() / y.var() if y.var() > 0 else np.nan
        k = info.num_classes
        rows.append({"trial": trial, "dataset": info.dataset, "model": info.model, "loss_label": info.loss_label,
                     "symmetric": info.symmetric, "eta": info.eta, "seed": info.seed,
                     "predicted_slope": 1 - info.eta * k / (k - 1), "fitted_slope": slope, "r2": r2})
    return pd.DataFrame(rows)


def alpha_values(trials: pd.DataFrame) -> pd.DataFrame:
    """RLL trials with their alpha as a number (grid sweeps and searches alike)."""
    rll = trials[(trials.loss == "rll") & trials.loss_params.str.contains("alpha=")].copy()
    rll["alpha"] = rll.loss_params.str.extract(r"alpha=([0-9.eE+-]+)")[0].astype(float)
    return rll


def alpha_table(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, eta), sub in rll.groupby(["dataset", "model", "eta"]):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "eta": eta, "objective": objective, "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)
