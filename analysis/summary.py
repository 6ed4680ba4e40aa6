"""Per-trial statistics, the summary table (mean +- sample std over seeds) and Theorem 1's fits.

Trials are averaged only when they differ in their seeds alone: the summary groups by dataset,
model, variant (every other setting that differs, see analysis.table), loss with its parameters
and eta.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd

from analysis.flip import TrialStats, trial_stats
from memstudy.metrics import CLEAN_LOSS, J1, J2, TEST_ACC, TEST_LOSS, TEST_NOISY_LOSS, TRAIN_LOSS
from memstudy.noise import UNIFORM_FLIP_KINDS

# Search objectives (metric names) and the per-trial statistic that holds their last-epoch value,
# each higher for a better alpha. Not test/loss: RLL's own loss falls as alpha grows, so its values
# at different alphas do not compare (memstudy.config refuses it for a search over loss_params);
# the alpha table then ranks alphas by J2 and says so.
OBJECTIVE_STATS = {J2: "final_j2", TEST_ACC: "final_test", J1: "final_j1"}
ROBUST_MARGIN = 0.01  # "within 1 point of the best"

SETTING = ["dataset", "model", "variant"]   # what is compared across losses and etas
GROUP = SETTING + ["loss_label", "eta"]     # what is averaged over seeds
TRIAL_INFO = ["trial", "dataset", "model", "variant", "base_variant", "loss", "loss_params", "loss_label", "symmetric",
              "symmetry_constant", "noise", "eta", "flip_rate", "test_flip_rate", "seed", "noise_seed", "num_classes",
              "status"]
STAT_COLUMNS = [f.name for f in dataclasses.fields(TrialStats)]
SUMMARY_STATS = ["final_j1", "final_j2", "final_test", "peak_j1", "peak_j2", "peak_test", "flip_epoch"]


def setting_name(dataset, model, variant) -> str:
    """A setting as the report names it: dataset/model [variant]."""
    return f"{dataset}/{model}" + (f" [{variant}]" if variant else "")


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
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values,
                            info["flip_rate"], patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def summary_table(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the finished seeds of each
    dataset x model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips
    counted. `seeds` counts every run of the row, `finished` those its statistics come from (a
    failed or still running run's last epoch is no final value), as the driver's table does."""
    rows = []
    for key, every in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        sub = every[every.status == "finished"]
        row["seeds"] = len(every)
        row["finished"] = len(sub)
        row["flip_rate"] = every.flip_rate.mean()  # the labels' draw, finished or not
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        row["early_lead"] = int(sub.early_lead_epoch.notna().sum())
        rows.append(row)
    # Named columns even when empty: an empty table is still a CSV with its header.
    return pd.DataFrame(rows, columns=GROUP + ["seeds", "finished", "flip_rate"]
                        + [f"{stat}_{m}" for stat in SUMMARY_STATS for m in ("mean", "std")] + ["flipped", "early_lead"])


def theorem1_line(flip_rate: float, num_classes: int, constant: float) -> tuple[float, float]:
    """(slope, intercept) of Theorem 1 for a symmetric loss (sum_j L(g, j) = C) when a share
    `flip_rate` of the labels moved to a uniformly drawn other class: noisy risk =
    C * rho / (K-1) + (1 - rho * K / (K-1)) * clean risk. For the paper's symmetric noise rho = eta;
    for uniform noise rho = eta * (K-1) / K, so the slope is 1 - eta."""
    k = num_classes
    return 1 - flip_rate * k / (k - 1), constant * flip_rate / (k - 1)


def theorem_applies(noise: str, symmetric) -> str:
    """"yes", or why Theorem 1 says nothing about this trial."""
    if noise not in UNIFORM_FLIP_KINDS:
        return f"no: {noise} noise does not move labels to a uniformly drawn other class"
    if not symmetric:
        return "no: the loss is not symmetric"
    return "yes"


def _fit(x, y):
    """Least squares y = slope x + intercept: slope, intercept and R^2. (No standard errors: the
    residuals of a training run are autocorrelated from epoch to epoch, so least squares' would be
    too small.)"""
    slope, intercept = np.polyfit(x, y, 1)
    residual = y - (slope * x + intercept)
    return slope, intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


FIRST_FIT_EPOCH = 1  # the untrained network (epoch 0) is left out of every fit: see _risk_pairs


def _risk_pairs(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs from epoch 1 on, with a changing clean risk (a line
    to fit). Epoch 0 is left out: the untrained network's near-uniform output sits on Theorem 1's
    line by construction, far from the trained epochs' points, and would pin the fitted slope."""
    rows = table[(table.eta > 0) & table.metric.isin([clean, noisy]) & (table.epoch >= FIRST_FIT_EPOCH)]
    for trial, sub in rows.groupby("trial"):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def theorem_table(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch from epoch 1 on.

    Reports the least-squares slope and intercept and R^2, the line Theorem 1 predicts from the
    copy's realised flip rate and the loss's constant C, the largest distance of an epoch's noisy
    risk from that line, and whether the theorem applies (a symmetric loss, noise that moves labels
    to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "epochs_fitted": len(x),
               "clean_risk_range": float(np.ptp(x)), "fitted_slope": slope, "fitted_intercept": intercept, "r2": r2,
               "predicted_slope": np.nan, "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows, columns=["trial", *SETTING, "loss_label", "noise", "symmetric", "eta", "seed",
                                       "flip_rate", "applies", "epochs_fitted", "clean_risk_range", "fitted_slope",
                                       "fitted_intercept", "r2", "predicted_slope", "predicted_intercept",
                                       "max_residual", "loss_scale"])


def memorisation_table(table: pd.DataFrame) -> pd.DataFrame:
    """Per trial, the same fit twice, from epoch 1 on: on the training labels the network was trained
    on (noisy against clean training risk) and on the independent noisy copy of the test labels
    (noisy against clean test risk). On the copy the slope is whatever the loss and the noise give
    a network that has not seen those labels (Theorem 1's for a symmetric loss and uniform flips;
    anything for CCE, or under pair noise); on the training labels, memorising the noisy labels
    lowers it. The departure, training slope minus the same run's test-copy slope, measures
    memorisation alone, for every loss and noise kind. NaN where the trial has no test copy."""
    copies = {trial: _fit(x, y)[0] for trial, _, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS)}
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, r2 = _fit(x, y)
        copy_slope = copies.get(trial, np.nan)
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "train_slope": slope, "test_copy_slope": copy_slope,
                     "departure": slope - copy_slope, "train_r2": r2})
    return pd.DataFrame(rows, columns=["trial", *SETTING, "loss_label", "noise", "eta", "seed", "flip_rate",
                                       "train_slope", "test_copy_slope", "departure", "train_r2"])


def alpha_values(trials: pd.DataFrame) -> pd.DataFrame:
    """RLL trials with their alpha as a number (grid sweeps and searches alike)."""
    rll = trials[(trials.loss == "rll") & trials.loss_params.str.contains("alpha=")].copy()
    rll["alpha"] = rll.loss_params.str.extract(r"alpha=([0-9.eE+-]+)")[0].astype(float)
    return rll


def alpha_table(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    The setting's variant is its base_variant (see analysis.table.load_table). Uses finished
    trials; an alpha's objective is its mean over its trials (the final value of
    `objective`; J2 for an objective whose values do not compare across alphas, test/loss). The
    region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN of the best;
    `in_region` counts the alphas in it out of the `alphas` finished, `tried` counts every alpha
    tried (those stopped early or unfinished too).
    """
    if objective not in OBJECTIVE_STATS:
        objective = J2
    stat = OBJECTIVE_STATS[objective]
    every = alpha_values(trials)
    rll = every[every.status == "finished"]
    rows = []
    # Grouped by base_variant: a search's alphas side by side across its other searched keys (lr, ...).
    for (dataset, model, variant, eta), sub in rll.groupby(["dataset", "model", "base_variant", "eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        tried = every[(every.dataset == dataset) & (every.model == model) & (every.base_variant == variant)
                      & (every.eta == eta)].alpha.nunique()
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "tried": tried, "trials": len(sub)})
    return pd.DataFrame(rows, columns=["dataset", "model", "variant", "eta", "objective", "best_alpha", "best_value",
                                       "robust_low", "robust_high", "in_region", "alphas", "tried", "trials"])
