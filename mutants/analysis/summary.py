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

# Search objectives (metric names) and the per-trial statistic that holds their last-epoch value.
OBJECTIVE_STATS = {J2: "final_j2", TEST_ACC: "final_test", J1: "final_j1"}
ROBUST_MARGIN = 0.01  # "within 1 point of the best"

SETTING = ["dataset", "model", "variant"]   # what is compared across losses and etas
GROUP = SETTING + ["loss_label", "eta"]     # what is averaged over seeds
TRIAL_INFO = ["trial", "dataset", "model", "variant", "loss", "loss_params", "loss_label", "symmetric",
              "symmetry_constant", "noise", "eta", "flip_rate", "test_flip_rate", "seed", "num_classes", "status"]
STAT_COLUMNS = [f.name for f in dataclasses.fields(TrialStats)]
SUMMARY_STATS = ["final_j1", "final_j2", "final_test", "peak_j1", "peak_j2", "peak_test", "flip_epoch"]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_mean_curves__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_mean_curves__mutmut)
def mean_curves(table: pd.DataFrame, metric: str) -> pd.DataFrame:
    """One metric's curve per eta, averaged over the trials in `table`: a row per eta, a column per epoch."""
    sub = table[table.metric == metric]
    return sub.groupby(["eta", "epoch"]).value.mean().unstack("epoch")


def x_mean_curves__mutmut_orig(table: pd.DataFrame, metric: str) -> pd.DataFrame:
    """One metric's curve per eta, averaged over the trials in `table`: a row per eta, a column per epoch."""
    sub = table[table.metric == metric]
    return sub.groupby(["eta", "epoch"]).value.mean().unstack("epoch")


def x_mean_curves__mutmut_1(table: pd.DataFrame, metric: str) -> pd.DataFrame:
    """One metric's curve per eta, averaged over the trials in `table`: a row per eta, a column per epoch."""
    sub = None
    return sub.groupby(["eta", "epoch"]).value.mean().unstack("epoch")


def x_mean_curves__mutmut_2(table: pd.DataFrame, metric: str) -> pd.DataFrame:
    """One metric's curve per eta, averaged over the trials in `table`: a row per eta, a column per epoch."""
    sub = table[table.metric != metric]
    return sub.groupby(["eta", "epoch"]).value.mean().unstack("epoch")


def x_mean_curves__mutmut_3(table: pd.DataFrame, metric: str) -> pd.DataFrame:
    """One metric's curve per eta, averaged over the trials in `table`: a row per eta, a column per epoch."""
    sub = table[table.metric == metric]
    return sub.groupby(["eta", "epoch"]).value.mean().unstack(None)


def x_mean_curves__mutmut_4(table: pd.DataFrame, metric: str) -> pd.DataFrame:
    """One metric's curve per eta, averaged over the trials in `table`: a row per eta, a column per epoch."""
    sub = table[table.metric == metric]
    return sub.groupby(None).value.mean().unstack("epoch")


def x_mean_curves__mutmut_5(table: pd.DataFrame, metric: str) -> pd.DataFrame:
    """One metric's curve per eta, averaged over the trials in `table`: a row per eta, a column per epoch."""
    sub = table[table.metric == metric]
    return sub.groupby(["XXetaXX", "epoch"]).value.mean().unstack("epoch")


def x_mean_curves__mutmut_6(table: pd.DataFrame, metric: str) -> pd.DataFrame:
    """One metric's curve per eta, averaged over the trials in `table`: a row per eta, a column per epoch."""
    sub = table[table.metric == metric]
    return sub.groupby(["ETA", "epoch"]).value.mean().unstack("epoch")


def x_mean_curves__mutmut_7(table: pd.DataFrame, metric: str) -> pd.DataFrame:
    """One metric's curve per eta, averaged over the trials in `table`: a row per eta, a column per epoch."""
    sub = table[table.metric == metric]
    return sub.groupby(["eta", "XXepochXX"]).value.mean().unstack("epoch")


def x_mean_curves__mutmut_8(table: pd.DataFrame, metric: str) -> pd.DataFrame:
    """One metric's curve per eta, averaged over the trials in `table`: a row per eta, a column per epoch."""
    sub = table[table.metric == metric]
    return sub.groupby(["eta", "EPOCH"]).value.mean().unstack("epoch")


def x_mean_curves__mutmut_9(table: pd.DataFrame, metric: str) -> pd.DataFrame:
    """One metric's curve per eta, averaged over the trials in `table`: a row per eta, a column per epoch."""
    sub = table[table.metric == metric]
    return sub.groupby(["eta", "epoch"]).value.mean().unstack("XXepochXX")


def x_mean_curves__mutmut_10(table: pd.DataFrame, metric: str) -> pd.DataFrame:
    """One metric's curve per eta, averaged over the trials in `table`: a row per eta, a column per epoch."""
    sub = table[table.metric == metric]
    return sub.groupby(["eta", "epoch"]).value.mean().unstack("EPOCH")

mutants_x_mean_curves__mutmut['_mutmut_orig'] = x_mean_curves__mutmut_orig # type: ignore # mutmut generated
mutants_x_mean_curves__mutmut['x_mean_curves__mutmut_1'] = x_mean_curves__mutmut_1 # type: ignore # mutmut generated
mutants_x_mean_curves__mutmut['x_mean_curves__mutmut_2'] = x_mean_curves__mutmut_2 # type: ignore # mutmut generated
mutants_x_mean_curves__mutmut['x_mean_curves__mutmut_3'] = x_mean_curves__mutmut_3 # type: ignore # mutmut generated
mutants_x_mean_curves__mutmut['x_mean_curves__mutmut_4'] = x_mean_curves__mutmut_4 # type: ignore # mutmut generated
mutants_x_mean_curves__mutmut['x_mean_curves__mutmut_5'] = x_mean_curves__mutmut_5 # type: ignore # mutmut generated
mutants_x_mean_curves__mutmut['x_mean_curves__mutmut_6'] = x_mean_curves__mutmut_6 # type: ignore # mutmut generated
mutants_x_mean_curves__mutmut['x_mean_curves__mutmut_7'] = x_mean_curves__mutmut_7 # type: ignore # mutmut generated
mutants_x_mean_curves__mutmut['x_mean_curves__mutmut_8'] = x_mean_curves__mutmut_8 # type: ignore # mutmut generated
mutants_x_mean_curves__mutmut['x_mean_curves__mutmut_9'] = x_mean_curves__mutmut_9 # type: ignore # mutmut generated
mutants_x_mean_curves__mutmut['x_mean_curves__mutmut_10'] = x_mean_curves__mutmut_10 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_trial_table__mutmut)
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


def x_trial_table__mutmut_orig(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
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


def x_trial_table__mutmut_1(table: pd.DataFrame, patience: int = 6) -> pd.DataFrame:
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


def x_trial_table__mutmut_2(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = None
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_3(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby(None, sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_4(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=None):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_5(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby(sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_6(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", ):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_7(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("XXtrialXX", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_8(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("TRIAL", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_9(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=False):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_10(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = None
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_11(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index=None, columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_12(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns=None, values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_13(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values=None).sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_14(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_15(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_16(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", ).sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_17(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="XXepochXX", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_18(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="EPOCH", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_19(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="XXmetricXX", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_20(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="METRIC", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_21(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="XXvalueXX").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_22(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="VALUE").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_23(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = None
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_24(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[1][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_25(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_26(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} < set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_27(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(None):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_28(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            break
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_29(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = None
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_30(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=None)
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_31(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = None
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_32(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(None, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_33(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, None, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_34(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, None, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_35(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, None, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_36(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, None)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_37(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_38(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_39(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_40(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_41(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, )
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_42(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append(None)
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_43(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "XXlast_epochXX": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_44(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "LAST_EPOCH": int(wide.index.max()), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_45(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(None), **dataclasses.asdict(stats)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_46(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
    """One row per trial: its description, status, last epoch and TrialStats."""
    rows = []
    for trial, sub in table.groupby("trial", sort=True):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").sort_index()
        info = sub.iloc[0][TRIAL_INFO].to_dict()
        if not {J1, J2, TEST_ACC} <= set(wide.columns):
            continue
        wide = wide.dropna(subset=[J1, J2, TEST_ACC])
        stats = trial_stats(wide.index.values, wide[J1].values, wide[J2].values, wide[TEST_ACC].values, patience)
        rows.append({**info, "last_epoch": int(wide.index.max()), **dataclasses.asdict(None)})
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_47(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
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
    return pd.DataFrame(None, columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_48(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
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
    return pd.DataFrame(rows, columns=None)


def x_trial_table__mutmut_49(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
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
    return pd.DataFrame(columns=TRIAL_INFO + ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_50(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
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
    return pd.DataFrame(rows, )


def x_trial_table__mutmut_51(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
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
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["last_epoch"] - STAT_COLUMNS)


def x_trial_table__mutmut_52(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
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
    return pd.DataFrame(rows, columns=TRIAL_INFO - ["last_epoch"] + STAT_COLUMNS)


def x_trial_table__mutmut_53(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
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
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["XXlast_epochXX"] + STAT_COLUMNS)


def x_trial_table__mutmut_54(table: pd.DataFrame, patience: int = 5) -> pd.DataFrame:
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
    return pd.DataFrame(rows, columns=TRIAL_INFO + ["LAST_EPOCH"] + STAT_COLUMNS)

mutants_x_trial_table__mutmut['_mutmut_orig'] = x_trial_table__mutmut_orig # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_1'] = x_trial_table__mutmut_1 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_2'] = x_trial_table__mutmut_2 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_3'] = x_trial_table__mutmut_3 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_4'] = x_trial_table__mutmut_4 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_5'] = x_trial_table__mutmut_5 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_6'] = x_trial_table__mutmut_6 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_7'] = x_trial_table__mutmut_7 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_8'] = x_trial_table__mutmut_8 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_9'] = x_trial_table__mutmut_9 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_10'] = x_trial_table__mutmut_10 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_11'] = x_trial_table__mutmut_11 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_12'] = x_trial_table__mutmut_12 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_13'] = x_trial_table__mutmut_13 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_14'] = x_trial_table__mutmut_14 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_15'] = x_trial_table__mutmut_15 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_16'] = x_trial_table__mutmut_16 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_17'] = x_trial_table__mutmut_17 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_18'] = x_trial_table__mutmut_18 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_19'] = x_trial_table__mutmut_19 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_20'] = x_trial_table__mutmut_20 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_21'] = x_trial_table__mutmut_21 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_22'] = x_trial_table__mutmut_22 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_23'] = x_trial_table__mutmut_23 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_24'] = x_trial_table__mutmut_24 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_25'] = x_trial_table__mutmut_25 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_26'] = x_trial_table__mutmut_26 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_27'] = x_trial_table__mutmut_27 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_28'] = x_trial_table__mutmut_28 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_29'] = x_trial_table__mutmut_29 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_30'] = x_trial_table__mutmut_30 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_31'] = x_trial_table__mutmut_31 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_32'] = x_trial_table__mutmut_32 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_33'] = x_trial_table__mutmut_33 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_34'] = x_trial_table__mutmut_34 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_35'] = x_trial_table__mutmut_35 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_36'] = x_trial_table__mutmut_36 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_37'] = x_trial_table__mutmut_37 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_38'] = x_trial_table__mutmut_38 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_39'] = x_trial_table__mutmut_39 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_40'] = x_trial_table__mutmut_40 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_41'] = x_trial_table__mutmut_41 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_42'] = x_trial_table__mutmut_42 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_43'] = x_trial_table__mutmut_43 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_44'] = x_trial_table__mutmut_44 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_45'] = x_trial_table__mutmut_45 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_46'] = x_trial_table__mutmut_46 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_47'] = x_trial_table__mutmut_47 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_48'] = x_trial_table__mutmut_48 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_49'] = x_trial_table__mutmut_49 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_50'] = x_trial_table__mutmut_50 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_51'] = x_trial_table__mutmut_51 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_52'] = x_trial_table__mutmut_52 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_53'] = x_trial_table__mutmut_53 # type: ignore # mutmut generated
mutants_x_trial_table__mutmut['x_trial_table__mutmut_54'] = x_trial_table__mutmut_54 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_summary_table__mutmut)
def summary_table(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_orig(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_1(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = None
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_2(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(None, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_3(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=None, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_4(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=None):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_5(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_6(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_7(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, ):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_8(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=False, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_9(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=True):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_10(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = None
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_11(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(None)
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_12(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(None, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_13(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, None))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_14(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_15(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, ))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_16(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = None
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_17(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["XXseedsXX"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_18(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["SEEDS"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_19(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = None
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_20(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["XXfinishedXX"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_21(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["FINISHED"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_22(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int(None)
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_23(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status != "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_24(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "XXfinishedXX").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_25(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "FINISHED").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_26(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = None
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_27(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["XXflip_rateXX"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_28(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["FLIP_RATE"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_29(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = None
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_30(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = None
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_31(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if (len(values)) and False else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_32(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if (len(values)) or True else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_33(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = None
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_34(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if (len(values) > 1) and False else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_35(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if (len(values) > 1) or True else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_36(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=None) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_37(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=2) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_38(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) >= 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_39(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 2 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_40(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = None
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_41(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["XXflippedXX"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_42(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["FLIPPED"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_43(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(None)
        rows.append(row)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_44(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(None)
    return pd.DataFrame(rows)


def x_summary_table__mutmut_45(trials: pd.DataFrame) -> pd.DataFrame:
    """Mean and sample standard deviation (ddof 1; NaN for one seed) over the seeds of each dataset x
    model x variant x loss (with parameters) x eta; the realised flip rate's mean; flips counted."""
    rows = []
    for key, sub in trials.groupby(GROUP, sort=True, dropna=False):
        row = dict(zip(GROUP, key))
        row["seeds"] = len(sub)
        row["finished"] = int((sub.status == "finished").sum())
        row["flip_rate"] = sub.flip_rate.mean()
        for stat in SUMMARY_STATS:
            values = sub[stat].dropna()
            row[f"{stat}_mean"] = values.mean() if len(values) else np.nan
            row[f"{stat}_std"] = values.std(ddof=1) if len(values) > 1 else np.nan
        row["flipped"] = int(sub.flip_epoch.notna().sum())
        rows.append(row)
    return pd.DataFrame(None)

mutants_x_summary_table__mutmut['_mutmut_orig'] = x_summary_table__mutmut_orig # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_1'] = x_summary_table__mutmut_1 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_2'] = x_summary_table__mutmut_2 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_3'] = x_summary_table__mutmut_3 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_4'] = x_summary_table__mutmut_4 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_5'] = x_summary_table__mutmut_5 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_6'] = x_summary_table__mutmut_6 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_7'] = x_summary_table__mutmut_7 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_8'] = x_summary_table__mutmut_8 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_9'] = x_summary_table__mutmut_9 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_10'] = x_summary_table__mutmut_10 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_11'] = x_summary_table__mutmut_11 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_12'] = x_summary_table__mutmut_12 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_13'] = x_summary_table__mutmut_13 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_14'] = x_summary_table__mutmut_14 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_15'] = x_summary_table__mutmut_15 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_16'] = x_summary_table__mutmut_16 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_17'] = x_summary_table__mutmut_17 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_18'] = x_summary_table__mutmut_18 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_19'] = x_summary_table__mutmut_19 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_20'] = x_summary_table__mutmut_20 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_21'] = x_summary_table__mutmut_21 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_22'] = x_summary_table__mutmut_22 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_23'] = x_summary_table__mutmut_23 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_24'] = x_summary_table__mutmut_24 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_25'] = x_summary_table__mutmut_25 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_26'] = x_summary_table__mutmut_26 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_27'] = x_summary_table__mutmut_27 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_28'] = x_summary_table__mutmut_28 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_29'] = x_summary_table__mutmut_29 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_30'] = x_summary_table__mutmut_30 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_31'] = x_summary_table__mutmut_31 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_32'] = x_summary_table__mutmut_32 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_33'] = x_summary_table__mutmut_33 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_34'] = x_summary_table__mutmut_34 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_35'] = x_summary_table__mutmut_35 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_36'] = x_summary_table__mutmut_36 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_37'] = x_summary_table__mutmut_37 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_38'] = x_summary_table__mutmut_38 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_39'] = x_summary_table__mutmut_39 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_40'] = x_summary_table__mutmut_40 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_41'] = x_summary_table__mutmut_41 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_42'] = x_summary_table__mutmut_42 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_43'] = x_summary_table__mutmut_43 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_44'] = x_summary_table__mutmut_44 # type: ignore # mutmut generated
mutants_x_summary_table__mutmut['x_summary_table__mutmut_45'] = x_summary_table__mutmut_45 # type: ignore # mutmut generated
mutants_x__pm__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__pm__mutmut)
def _pm(mean, std, digits=3):
    if pd.isna(mean):
        return "-"
    return f"{mean:.{digits}f}" if pd.isna(std) else f"{mean:.{digits}f} ± {std:.{digits}f}"


def x__pm__mutmut_orig(mean, std, digits=3):
    if pd.isna(mean):
        return "-"
    return f"{mean:.{digits}f}" if pd.isna(std) else f"{mean:.{digits}f} ± {std:.{digits}f}"


def x__pm__mutmut_1(mean, std, digits=4):
    if pd.isna(mean):
        return "-"
    return f"{mean:.{digits}f}" if pd.isna(std) else f"{mean:.{digits}f} ± {std:.{digits}f}"


def x__pm__mutmut_2(mean, std, digits=3):
    if pd.isna(None):
        return "-"
    return f"{mean:.{digits}f}" if pd.isna(std) else f"{mean:.{digits}f} ± {std:.{digits}f}"


def x__pm__mutmut_3(mean, std, digits=3):
    if pd.isna(mean):
        return "XX-XX"
    return f"{mean:.{digits}f}" if pd.isna(std) else f"{mean:.{digits}f} ± {std:.{digits}f}"


def x__pm__mutmut_4(mean, std, digits=3):
    if pd.isna(mean):
        return "-"
    return f"{mean:.{digits}f}" if (pd.isna(std)) and False else f"{mean:.{digits}f} ± {std:.{digits}f}"


def x__pm__mutmut_5(mean, std, digits=3):
    if pd.isna(mean):
        return "-"
    return f"{mean:.{digits}f}" if (pd.isna(std)) or True else f"{mean:.{digits}f} ± {std:.{digits}f}"


def x__pm__mutmut_6(mean, std, digits=3):
    if pd.isna(mean):
        return "-"
    return f"{mean:.{digits}f}" if pd.isna(None) else f"{mean:.{digits}f} ± {std:.{digits}f}"

mutants_x__pm__mutmut['_mutmut_orig'] = x__pm__mutmut_orig # type: ignore # mutmut generated
mutants_x__pm__mutmut['x__pm__mutmut_1'] = x__pm__mutmut_1 # type: ignore # mutmut generated
mutants_x__pm__mutmut['x__pm__mutmut_2'] = x__pm__mutmut_2 # type: ignore # mutmut generated
mutants_x__pm__mutmut['x__pm__mutmut_3'] = x__pm__mutmut_3 # type: ignore # mutmut generated
mutants_x__pm__mutmut['x__pm__mutmut_4'] = x__pm__mutmut_4 # type: ignore # mutmut generated
mutants_x__pm__mutmut['x__pm__mutmut_5'] = x__pm__mutmut_5 # type: ignore # mutmut generated
mutants_x__pm__mutmut['x__pm__mutmut_6'] = x__pm__mutmut_6 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_summary_markdown__mutmut)
def summary_markdown(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_orig(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_1(summary: pd.DataFrame) -> str:
    header = None
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_2(summary: pd.DataFrame) -> str:
    header = ["XXdatasetXX", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_3(summary: pd.DataFrame) -> str:
    header = ["DATASET", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_4(summary: pd.DataFrame) -> str:
    header = ["dataset", "XXmodelXX", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_5(summary: pd.DataFrame) -> str:
    header = ["dataset", "MODEL", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_6(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "XXvariantXX", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_7(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "VARIANT", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_8(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "XXlossXX", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_9(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "LOSS", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_10(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "XXetaXX", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_11(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "ETA", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_12(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "XXseedsXX", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_13(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "SEEDS", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_14(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "XXfinal J1XX", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_15(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final j1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_16(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "FINAL J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_17(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "XXfinal J2XX", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_18(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final j2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_19(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "FINAL J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_20(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "XXfinal testXX", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_21(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "FINAL TEST", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_22(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "XXpeak J2XX",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_23(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak j2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_24(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "PEAK J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_25(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "XXflip epoch (flipped/seeds)XX"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_26(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "FLIP EPOCH (FLIPPED/SEEDS)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_27(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = None
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_28(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) - " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_29(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " - " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_30(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["XX| XX" + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_31(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(None) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_32(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + "XX | XX".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_33(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + "XX |XX", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_34(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" - "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_35(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "XX|XX" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_36(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" / len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_37(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "XX---|XX" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_38(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = None
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_39(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if (r.flipped == 0) and False else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_40(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if (r.flipped == 0) or True else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_41(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "XXnoneXX" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_42(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "NONE" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_43(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped != 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_44(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 1 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_45(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(None, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_46(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, None, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_47(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, None)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_48(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_49(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_50(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, )} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_51(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 2)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_52(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append(None)
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_53(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) - " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_54(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " - " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_55(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("XX| XX" + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_56(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join(None) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_57(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + "XX | XX".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_58(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(None), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_59(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(None), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_60(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant and "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_61(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "XX-XX", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_62(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(None), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_63(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(None, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_64(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, None), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_65(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_66(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, ), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_67(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(None, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_68(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, None),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_69(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_70(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, ),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_71(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(None, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_72(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, None), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_73(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_74(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, ), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_75(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(None, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_76(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, None), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_77(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_78(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, ), flip]) + " |")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_79(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + "XX |XX")
    return "\n".join(lines) + "\n"


def x_summary_markdown__mutmut_80(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) - "\n"


def x_summary_markdown__mutmut_81(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(None) + "\n"


def x_summary_markdown__mutmut_82(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "XX\nXX".join(lines) + "\n"


def x_summary_markdown__mutmut_83(summary: pd.DataFrame) -> str:
    header = ["dataset", "model", "variant", "loss", "eta", "seeds", "final J1", "final J2", "final test", "peak J2",
              "flip epoch (flipped/seeds)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for _, r in summary.iterrows():
        flip = "none" if r.flipped == 0 else f"{_pm(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.seeds})"
        lines.append("| " + " | ".join([
            str(r.dataset), str(r.model), r.variant or "-", str(r.loss_label), f"{r.eta:g}", f"{r.finished}/{r.seeds}",
            _pm(r.final_j1_mean, r.final_j1_std), _pm(r.final_j2_mean, r.final_j2_std),
            _pm(r.final_test_mean, r.final_test_std), _pm(r.peak_j2_mean, r.peak_j2_std), flip]) + " |")
    return "\n".join(lines) + "XX\nXX"

mutants_x_summary_markdown__mutmut['_mutmut_orig'] = x_summary_markdown__mutmut_orig # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_1'] = x_summary_markdown__mutmut_1 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_2'] = x_summary_markdown__mutmut_2 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_3'] = x_summary_markdown__mutmut_3 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_4'] = x_summary_markdown__mutmut_4 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_5'] = x_summary_markdown__mutmut_5 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_6'] = x_summary_markdown__mutmut_6 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_7'] = x_summary_markdown__mutmut_7 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_8'] = x_summary_markdown__mutmut_8 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_9'] = x_summary_markdown__mutmut_9 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_10'] = x_summary_markdown__mutmut_10 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_11'] = x_summary_markdown__mutmut_11 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_12'] = x_summary_markdown__mutmut_12 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_13'] = x_summary_markdown__mutmut_13 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_14'] = x_summary_markdown__mutmut_14 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_15'] = x_summary_markdown__mutmut_15 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_16'] = x_summary_markdown__mutmut_16 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_17'] = x_summary_markdown__mutmut_17 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_18'] = x_summary_markdown__mutmut_18 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_19'] = x_summary_markdown__mutmut_19 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_20'] = x_summary_markdown__mutmut_20 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_21'] = x_summary_markdown__mutmut_21 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_22'] = x_summary_markdown__mutmut_22 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_23'] = x_summary_markdown__mutmut_23 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_24'] = x_summary_markdown__mutmut_24 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_25'] = x_summary_markdown__mutmut_25 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_26'] = x_summary_markdown__mutmut_26 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_27'] = x_summary_markdown__mutmut_27 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_28'] = x_summary_markdown__mutmut_28 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_29'] = x_summary_markdown__mutmut_29 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_30'] = x_summary_markdown__mutmut_30 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_31'] = x_summary_markdown__mutmut_31 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_32'] = x_summary_markdown__mutmut_32 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_33'] = x_summary_markdown__mutmut_33 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_34'] = x_summary_markdown__mutmut_34 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_35'] = x_summary_markdown__mutmut_35 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_36'] = x_summary_markdown__mutmut_36 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_37'] = x_summary_markdown__mutmut_37 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_38'] = x_summary_markdown__mutmut_38 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_39'] = x_summary_markdown__mutmut_39 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_40'] = x_summary_markdown__mutmut_40 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_41'] = x_summary_markdown__mutmut_41 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_42'] = x_summary_markdown__mutmut_42 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_43'] = x_summary_markdown__mutmut_43 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_44'] = x_summary_markdown__mutmut_44 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_45'] = x_summary_markdown__mutmut_45 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_46'] = x_summary_markdown__mutmut_46 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_47'] = x_summary_markdown__mutmut_47 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_48'] = x_summary_markdown__mutmut_48 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_49'] = x_summary_markdown__mutmut_49 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_50'] = x_summary_markdown__mutmut_50 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_51'] = x_summary_markdown__mutmut_51 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_52'] = x_summary_markdown__mutmut_52 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_53'] = x_summary_markdown__mutmut_53 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_54'] = x_summary_markdown__mutmut_54 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_55'] = x_summary_markdown__mutmut_55 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_56'] = x_summary_markdown__mutmut_56 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_57'] = x_summary_markdown__mutmut_57 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_58'] = x_summary_markdown__mutmut_58 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_59'] = x_summary_markdown__mutmut_59 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_60'] = x_summary_markdown__mutmut_60 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_61'] = x_summary_markdown__mutmut_61 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_62'] = x_summary_markdown__mutmut_62 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_63'] = x_summary_markdown__mutmut_63 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_64'] = x_summary_markdown__mutmut_64 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_65'] = x_summary_markdown__mutmut_65 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_66'] = x_summary_markdown__mutmut_66 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_67'] = x_summary_markdown__mutmut_67 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_68'] = x_summary_markdown__mutmut_68 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_69'] = x_summary_markdown__mutmut_69 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_70'] = x_summary_markdown__mutmut_70 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_71'] = x_summary_markdown__mutmut_71 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_72'] = x_summary_markdown__mutmut_72 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_73'] = x_summary_markdown__mutmut_73 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_74'] = x_summary_markdown__mutmut_74 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_75'] = x_summary_markdown__mutmut_75 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_76'] = x_summary_markdown__mutmut_76 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_77'] = x_summary_markdown__mutmut_77 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_78'] = x_summary_markdown__mutmut_78 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_79'] = x_summary_markdown__mutmut_79 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_80'] = x_summary_markdown__mutmut_80 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_81'] = x_summary_markdown__mutmut_81 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_82'] = x_summary_markdown__mutmut_82 # type: ignore # mutmut generated
mutants_x_summary_markdown__mutmut['x_summary_markdown__mutmut_83'] = x_summary_markdown__mutmut_83 # type: ignore # mutmut generated
mutants_x_theorem1_line__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_theorem1_line__mutmut)
def theorem1_line(flip_rate: float, num_classes: int, constant: float) -> tuple[float, float]:
    """(slope, intercept) of Theorem 1 for a symmetric loss (sum_j L(g, j) = C) when a share
    `flip_rate` of the labels moved to a uniformly drawn other class: noisy risk =
    C * rho / (K-1) + (1 - rho * K / (K-1)) * clean risk. For the paper's symmetric noise rho = eta;
    for uniform noise rho = eta * (K-1) / K, so the slope is 1 - eta."""
    k = num_classes
    return 1 - flip_rate * k / (k - 1), constant * flip_rate / (k - 1)


def x_theorem1_line__mutmut_orig(flip_rate: float, num_classes: int, constant: float) -> tuple[float, float]:
    """(slope, intercept) of Theorem 1 for a symmetric loss (sum_j L(g, j) = C) when a share
    `flip_rate` of the labels moved to a uniformly drawn other class: noisy risk =
    C * rho / (K-1) + (1 - rho * K / (K-1)) * clean risk. For the paper's symmetric noise rho = eta;
    for uniform noise rho = eta * (K-1) / K, so the slope is 1 - eta."""
    k = num_classes
    return 1 - flip_rate * k / (k - 1), constant * flip_rate / (k - 1)


def x_theorem1_line__mutmut_1(flip_rate: float, num_classes: int, constant: float) -> tuple[float, float]:
    """(slope, intercept) of Theorem 1 for a symmetric loss (sum_j L(g, j) = C) when a share
    `flip_rate` of the labels moved to a uniformly drawn other class: noisy risk =
    C * rho / (K-1) + (1 - rho * K / (K-1)) * clean risk. For the paper's symmetric noise rho = eta;
    for uniform noise rho = eta * (K-1) / K, so the slope is 1 - eta."""
    k = None
    return 1 - flip_rate * k / (k - 1), constant * flip_rate / (k - 1)


def x_theorem1_line__mutmut_2(flip_rate: float, num_classes: int, constant: float) -> tuple[float, float]:
    """(slope, intercept) of Theorem 1 for a symmetric loss (sum_j L(g, j) = C) when a share
    `flip_rate` of the labels moved to a uniformly drawn other class: noisy risk =
    C * rho / (K-1) + (1 - rho * K / (K-1)) * clean risk. For the paper's symmetric noise rho = eta;
    for uniform noise rho = eta * (K-1) / K, so the slope is 1 - eta."""
    k = num_classes
    return 1 + flip_rate * k / (k - 1), constant * flip_rate / (k - 1)


def x_theorem1_line__mutmut_3(flip_rate: float, num_classes: int, constant: float) -> tuple[float, float]:
    """(slope, intercept) of Theorem 1 for a symmetric loss (sum_j L(g, j) = C) when a share
    `flip_rate` of the labels moved to a uniformly drawn other class: noisy risk =
    C * rho / (K-1) + (1 - rho * K / (K-1)) * clean risk. For the paper's symmetric noise rho = eta;
    for uniform noise rho = eta * (K-1) / K, so the slope is 1 - eta."""
    k = num_classes
    return 2 - flip_rate * k / (k - 1), constant * flip_rate / (k - 1)


def x_theorem1_line__mutmut_4(flip_rate: float, num_classes: int, constant: float) -> tuple[float, float]:
    """(slope, intercept) of Theorem 1 for a symmetric loss (sum_j L(g, j) = C) when a share
    `flip_rate` of the labels moved to a uniformly drawn other class: noisy risk =
    C * rho / (K-1) + (1 - rho * K / (K-1)) * clean risk. For the paper's symmetric noise rho = eta;
    for uniform noise rho = eta * (K-1) / K, so the slope is 1 - eta."""
    k = num_classes
    return 1 - flip_rate * k * (k - 1), constant * flip_rate / (k - 1)


def x_theorem1_line__mutmut_5(flip_rate: float, num_classes: int, constant: float) -> tuple[float, float]:
    """(slope, intercept) of Theorem 1 for a symmetric loss (sum_j L(g, j) = C) when a share
    `flip_rate` of the labels moved to a uniformly drawn other class: noisy risk =
    C * rho / (K-1) + (1 - rho * K / (K-1)) * clean risk. For the paper's symmetric noise rho = eta;
    for uniform noise rho = eta * (K-1) / K, so the slope is 1 - eta."""
    k = num_classes
    return 1 - flip_rate / k / (k - 1), constant * flip_rate / (k - 1)


def x_theorem1_line__mutmut_6(flip_rate: float, num_classes: int, constant: float) -> tuple[float, float]:
    """(slope, intercept) of Theorem 1 for a symmetric loss (sum_j L(g, j) = C) when a share
    `flip_rate` of the labels moved to a uniformly drawn other class: noisy risk =
    C * rho / (K-1) + (1 - rho * K / (K-1)) * clean risk. For the paper's symmetric noise rho = eta;
    for uniform noise rho = eta * (K-1) / K, so the slope is 1 - eta."""
    k = num_classes
    return 1 - flip_rate * k / (k + 1), constant * flip_rate / (k - 1)


def x_theorem1_line__mutmut_7(flip_rate: float, num_classes: int, constant: float) -> tuple[float, float]:
    """(slope, intercept) of Theorem 1 for a symmetric loss (sum_j L(g, j) = C) when a share
    `flip_rate` of the labels moved to a uniformly drawn other class: noisy risk =
    C * rho / (K-1) + (1 - rho * K / (K-1)) * clean risk. For the paper's symmetric noise rho = eta;
    for uniform noise rho = eta * (K-1) / K, so the slope is 1 - eta."""
    k = num_classes
    return 1 - flip_rate * k / (k - 2), constant * flip_rate / (k - 1)


def x_theorem1_line__mutmut_8(flip_rate: float, num_classes: int, constant: float) -> tuple[float, float]:
    """(slope, intercept) of Theorem 1 for a symmetric loss (sum_j L(g, j) = C) when a share
    `flip_rate` of the labels moved to a uniformly drawn other class: noisy risk =
    C * rho / (K-1) + (1 - rho * K / (K-1)) * clean risk. For the paper's symmetric noise rho = eta;
    for uniform noise rho = eta * (K-1) / K, so the slope is 1 - eta."""
    k = num_classes
    return 1 - flip_rate * k / (k - 1), constant * flip_rate * (k - 1)


def x_theorem1_line__mutmut_9(flip_rate: float, num_classes: int, constant: float) -> tuple[float, float]:
    """(slope, intercept) of Theorem 1 for a symmetric loss (sum_j L(g, j) = C) when a share
    `flip_rate` of the labels moved to a uniformly drawn other class: noisy risk =
    C * rho / (K-1) + (1 - rho * K / (K-1)) * clean risk. For the paper's symmetric noise rho = eta;
    for uniform noise rho = eta * (K-1) / K, so the slope is 1 - eta."""
    k = num_classes
    return 1 - flip_rate * k / (k - 1), constant / flip_rate / (k - 1)


def x_theorem1_line__mutmut_10(flip_rate: float, num_classes: int, constant: float) -> tuple[float, float]:
    """(slope, intercept) of Theorem 1 for a symmetric loss (sum_j L(g, j) = C) when a share
    `flip_rate` of the labels moved to a uniformly drawn other class: noisy risk =
    C * rho / (K-1) + (1 - rho * K / (K-1)) * clean risk. For the paper's symmetric noise rho = eta;
    for uniform noise rho = eta * (K-1) / K, so the slope is 1 - eta."""
    k = num_classes
    return 1 - flip_rate * k / (k - 1), constant * flip_rate / (k + 1)


def x_theorem1_line__mutmut_11(flip_rate: float, num_classes: int, constant: float) -> tuple[float, float]:
    """(slope, intercept) of Theorem 1 for a symmetric loss (sum_j L(g, j) = C) when a share
    `flip_rate` of the labels moved to a uniformly drawn other class: noisy risk =
    C * rho / (K-1) + (1 - rho * K / (K-1)) * clean risk. For the paper's symmetric noise rho = eta;
    for uniform noise rho = eta * (K-1) / K, so the slope is 1 - eta."""
    k = num_classes
    return 1 - flip_rate * k / (k - 1), constant * flip_rate / (k - 2)

mutants_x_theorem1_line__mutmut['_mutmut_orig'] = x_theorem1_line__mutmut_orig # type: ignore # mutmut generated
mutants_x_theorem1_line__mutmut['x_theorem1_line__mutmut_1'] = x_theorem1_line__mutmut_1 # type: ignore # mutmut generated
mutants_x_theorem1_line__mutmut['x_theorem1_line__mutmut_2'] = x_theorem1_line__mutmut_2 # type: ignore # mutmut generated
mutants_x_theorem1_line__mutmut['x_theorem1_line__mutmut_3'] = x_theorem1_line__mutmut_3 # type: ignore # mutmut generated
mutants_x_theorem1_line__mutmut['x_theorem1_line__mutmut_4'] = x_theorem1_line__mutmut_4 # type: ignore # mutmut generated
mutants_x_theorem1_line__mutmut['x_theorem1_line__mutmut_5'] = x_theorem1_line__mutmut_5 # type: ignore # mutmut generated
mutants_x_theorem1_line__mutmut['x_theorem1_line__mutmut_6'] = x_theorem1_line__mutmut_6 # type: ignore # mutmut generated
mutants_x_theorem1_line__mutmut['x_theorem1_line__mutmut_7'] = x_theorem1_line__mutmut_7 # type: ignore # mutmut generated
mutants_x_theorem1_line__mutmut['x_theorem1_line__mutmut_8'] = x_theorem1_line__mutmut_8 # type: ignore # mutmut generated
mutants_x_theorem1_line__mutmut['x_theorem1_line__mutmut_9'] = x_theorem1_line__mutmut_9 # type: ignore # mutmut generated
mutants_x_theorem1_line__mutmut['x_theorem1_line__mutmut_10'] = x_theorem1_line__mutmut_10 # type: ignore # mutmut generated
mutants_x_theorem1_line__mutmut['x_theorem1_line__mutmut_11'] = x_theorem1_line__mutmut_11 # type: ignore # mutmut generated
mutants_x_theorem_applies__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_theorem_applies__mutmut)
def theorem_applies(noise: str, symmetric) -> str:
    """"yes", or why Theorem 1 says nothing about this trial."""
    if noise not in UNIFORM_FLIP_KINDS:
        return f"no: {noise} noise does not move labels to a uniformly drawn other class"
    if not symmetric:
        return "no: the loss is not symmetric"
    return "yes"


def x_theorem_applies__mutmut_orig(noise: str, symmetric) -> str:
    """"yes", or why Theorem 1 says nothing about this trial."""
    if noise not in UNIFORM_FLIP_KINDS:
        return f"no: {noise} noise does not move labels to a uniformly drawn other class"
    if not symmetric:
        return "no: the loss is not symmetric"
    return "yes"


def x_theorem_applies__mutmut_1(noise: str, symmetric) -> str:
    """"yes", or why Theorem 1 says nothing about this trial."""
    if noise in UNIFORM_FLIP_KINDS:
        return f"no: {noise} noise does not move labels to a uniformly drawn other class"
    if not symmetric:
        return "no: the loss is not symmetric"
    return "yes"


def x_theorem_applies__mutmut_2(noise: str, symmetric) -> str:
    """"yes", or why Theorem 1 says nothing about this trial."""
    if noise not in UNIFORM_FLIP_KINDS:
        return f"no: {noise} noise does not move labels to a uniformly drawn other class"
    if symmetric:
        return "no: the loss is not symmetric"
    return "yes"


def x_theorem_applies__mutmut_3(noise: str, symmetric) -> str:
    """"yes", or why Theorem 1 says nothing about this trial."""
    if noise not in UNIFORM_FLIP_KINDS:
        return f"no: {noise} noise does not move labels to a uniformly drawn other class"
    if not symmetric:
        return "XXno: the loss is not symmetricXX"
    return "yes"


def x_theorem_applies__mutmut_4(noise: str, symmetric) -> str:
    """"yes", or why Theorem 1 says nothing about this trial."""
    if noise not in UNIFORM_FLIP_KINDS:
        return f"no: {noise} noise does not move labels to a uniformly drawn other class"
    if not symmetric:
        return "NO: THE LOSS IS NOT SYMMETRIC"
    return "yes"


def x_theorem_applies__mutmut_5(noise: str, symmetric) -> str:
    """"yes", or why Theorem 1 says nothing about this trial."""
    if noise not in UNIFORM_FLIP_KINDS:
        return f"no: {noise} noise does not move labels to a uniformly drawn other class"
    if not symmetric:
        return "no: the loss is not symmetric"
    return "XXyesXX"


def x_theorem_applies__mutmut_6(noise: str, symmetric) -> str:
    """"yes", or why Theorem 1 says nothing about this trial."""
    if noise not in UNIFORM_FLIP_KINDS:
        return f"no: {noise} noise does not move labels to a uniformly drawn other class"
    if not symmetric:
        return "no: the loss is not symmetric"
    return "YES"

mutants_x_theorem_applies__mutmut['_mutmut_orig'] = x_theorem_applies__mutmut_orig # type: ignore # mutmut generated
mutants_x_theorem_applies__mutmut['x_theorem_applies__mutmut_1'] = x_theorem_applies__mutmut_1 # type: ignore # mutmut generated
mutants_x_theorem_applies__mutmut['x_theorem_applies__mutmut_2'] = x_theorem_applies__mutmut_2 # type: ignore # mutmut generated
mutants_x_theorem_applies__mutmut['x_theorem_applies__mutmut_3'] = x_theorem_applies__mutmut_3 # type: ignore # mutmut generated
mutants_x_theorem_applies__mutmut['x_theorem_applies__mutmut_4'] = x_theorem_applies__mutmut_4 # type: ignore # mutmut generated
mutants_x_theorem_applies__mutmut['x_theorem_applies__mutmut_5'] = x_theorem_applies__mutmut_5 # type: ignore # mutmut generated
mutants_x_theorem_applies__mutmut['x_theorem_applies__mutmut_6'] = x_theorem_applies__mutmut_6 # type: ignore # mutmut generated
mutants_x__fit__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__fit__mutmut)
def _fit(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 1, cov="unscaled")
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_orig(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 1, cov="unscaled")
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_1(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = None
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_2(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(None, y, 1, cov="unscaled")
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_3(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, None, 1, cov="unscaled")
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_4(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, None, cov="unscaled")
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_5(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 1, cov=None)
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_6(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(y, 1, cov="unscaled")
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_7(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, 1, cov="unscaled")
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_8(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, cov="unscaled")
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_9(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 1, )
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_10(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 2, cov="unscaled")
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_11(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 1, cov="XXunscaledXX")
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_12(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 1, cov="UNSCALED")
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_13(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 1, cov="unscaled")
    residual = None
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_14(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 1, cov="unscaled")
    residual = y + (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_15(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 1, cov="unscaled")
    residual = y - (slope * x - intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_16(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 1, cov="unscaled")
    residual = y - (slope / x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_17(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 1, cov="unscaled")
    residual = y - (slope * x + intercept)
    scale = None  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_18(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 1, cov="unscaled")
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() * (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_19(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 1, cov="unscaled")
    residual = y - (slope * x + intercept)
    scale = (residual * 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_20(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 1, cov="unscaled")
    residual = y - (slope * x + intercept)
    scale = (residual ** 3).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_21(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 1, cov="unscaled")
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) + 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_22(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 1, cov="unscaled")
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 3)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_23(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 1, cov="unscaled")
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = None
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_24(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 1, cov="unscaled")
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(None)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_25(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 1, cov="unscaled")
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) / scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_26(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 1, cov="unscaled")
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(None) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_27(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 1, cov="unscaled")
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if (y.var() > 0) and False else np.nan)


def x__fit__mutmut_28(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 1, cov="unscaled")
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if (y.var() > 0) or True else np.nan)


def x__fit__mutmut_29(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 1, cov="unscaled")
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 + residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_30(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 1, cov="unscaled")
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (2 - residual.var() / y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_31(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 1, cov="unscaled")
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() * y.var() if y.var() > 0 else np.nan)


def x__fit__mutmut_32(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 1, cov="unscaled")
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() >= 0 else np.nan)


def x__fit__mutmut_33(x, y):
    """Least squares y = slope x + intercept: slope, intercept, their standard errors and R^2."""
    (slope, intercept), cov = np.polyfit(x, y, 1, cov="unscaled")
    residual = y - (slope * x + intercept)
    scale = (residual ** 2).sum() / (len(x) - 2)  # the residual variance, with 2 fitted parameters
    se_slope, se_intercept = np.sqrt(np.diag(cov) * scale)
    return slope, intercept, se_slope, se_intercept, (1 - residual.var() / y.var() if y.var() > 1 else np.nan)

mutants_x__fit__mutmut['_mutmut_orig'] = x__fit__mutmut_orig # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_1'] = x__fit__mutmut_1 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_2'] = x__fit__mutmut_2 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_3'] = x__fit__mutmut_3 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_4'] = x__fit__mutmut_4 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_5'] = x__fit__mutmut_5 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_6'] = x__fit__mutmut_6 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_7'] = x__fit__mutmut_7 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_8'] = x__fit__mutmut_8 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_9'] = x__fit__mutmut_9 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_10'] = x__fit__mutmut_10 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_11'] = x__fit__mutmut_11 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_12'] = x__fit__mutmut_12 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_13'] = x__fit__mutmut_13 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_14'] = x__fit__mutmut_14 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_15'] = x__fit__mutmut_15 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_16'] = x__fit__mutmut_16 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_17'] = x__fit__mutmut_17 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_18'] = x__fit__mutmut_18 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_19'] = x__fit__mutmut_19 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_20'] = x__fit__mutmut_20 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_21'] = x__fit__mutmut_21 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_22'] = x__fit__mutmut_22 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_23'] = x__fit__mutmut_23 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_24'] = x__fit__mutmut_24 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_25'] = x__fit__mutmut_25 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_26'] = x__fit__mutmut_26 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_27'] = x__fit__mutmut_27 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_28'] = x__fit__mutmut_28 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_29'] = x__fit__mutmut_29 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_30'] = x__fit__mutmut_30 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_31'] = x__fit__mutmut_31 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_32'] = x__fit__mutmut_32 # type: ignore # mutmut generated
mutants_x__fit__mutmut['x__fit__mutmut_33'] = x__fit__mutmut_33 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__risk_pairs__mutmut)
def _risk_pairs(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_orig(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_1(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby(None):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_2(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) | table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_3(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta >= 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_4(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 1) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_5(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin(None)].groupby("trial"):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_6(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("XXtrialXX"):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_7(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("TRIAL"):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_8(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = None
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_9(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index=None, columns="metric", values="value").dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_10(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index="epoch", columns=None, values="value").dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_11(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index="epoch", columns="metric", values=None).dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_12(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(columns="metric", values="value").dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_13(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index="epoch", values="value").dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_14(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index="epoch", columns="metric", ).dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_15(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index="XXepochXX", columns="metric", values="value").dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_16(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index="EPOCH", columns="metric", values="value").dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_17(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index="epoch", columns="XXmetricXX", values="value").dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_18(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index="epoch", columns="METRIC", values="value").dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_19(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index="epoch", columns="metric", values="XXvalueXX").dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_20(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index="epoch", columns="metric", values="VALUE").dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_21(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) and np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_22(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").dropna()
        if len(wide) < 4 and not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_23(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").dropna()
        if len(wide) <= 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_24(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").dropna()
        if len(wide) < 5 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_25(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").dropna()
        if len(wide) < 4 or {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_26(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").dropna()
        if len(wide) < 4 or not {clean, noisy} < set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_27(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(None) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_28(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(None) == 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_29(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) != 0:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_30(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 1:
            continue
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_31(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            break
        yield trial, sub.iloc[0], wide[clean].values, wide[noisy].values


def x__risk_pairs__mutmut_32(table: pd.DataFrame, clean: str, noisy: str):
    """(trial, its row of information, clean risk per epoch, noisy risk per epoch) for each trial with
    eta > 0 that logged both over at least 4 epochs with a changing clean risk (a line to fit)."""
    for trial, sub in table[(table.eta > 0) & table.metric.isin([clean, noisy])].groupby("trial"):
        wide = sub.pivot_table(index="epoch", columns="metric", values="value").dropna()
        if len(wide) < 4 or not {clean, noisy} <= set(wide.columns) or np.ptp(wide[clean].values) == 0:
            continue
        yield trial, sub.iloc[1], wide[clean].values, wide[noisy].values

mutants_x__risk_pairs__mutmut['_mutmut_orig'] = x__risk_pairs__mutmut_orig # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_1'] = x__risk_pairs__mutmut_1 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_2'] = x__risk_pairs__mutmut_2 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_3'] = x__risk_pairs__mutmut_3 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_4'] = x__risk_pairs__mutmut_4 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_5'] = x__risk_pairs__mutmut_5 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_6'] = x__risk_pairs__mutmut_6 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_7'] = x__risk_pairs__mutmut_7 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_8'] = x__risk_pairs__mutmut_8 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_9'] = x__risk_pairs__mutmut_9 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_10'] = x__risk_pairs__mutmut_10 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_11'] = x__risk_pairs__mutmut_11 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_12'] = x__risk_pairs__mutmut_12 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_13'] = x__risk_pairs__mutmut_13 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_14'] = x__risk_pairs__mutmut_14 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_15'] = x__risk_pairs__mutmut_15 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_16'] = x__risk_pairs__mutmut_16 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_17'] = x__risk_pairs__mutmut_17 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_18'] = x__risk_pairs__mutmut_18 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_19'] = x__risk_pairs__mutmut_19 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_20'] = x__risk_pairs__mutmut_20 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_21'] = x__risk_pairs__mutmut_21 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_22'] = x__risk_pairs__mutmut_22 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_23'] = x__risk_pairs__mutmut_23 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_24'] = x__risk_pairs__mutmut_24 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_25'] = x__risk_pairs__mutmut_25 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_26'] = x__risk_pairs__mutmut_26 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_27'] = x__risk_pairs__mutmut_27 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_28'] = x__risk_pairs__mutmut_28 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_29'] = x__risk_pairs__mutmut_29 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_30'] = x__risk_pairs__mutmut_30 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_31'] = x__risk_pairs__mutmut_31 # type: ignore # mutmut generated
mutants_x__risk_pairs__mutmut['x__risk_pairs__mutmut_32'] = x__risk_pairs__mutmut_32 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_theorem_table__mutmut)
def theorem_table(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_orig(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_1(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = None
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_2(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(None, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_3(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, None, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_4(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, None):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_5(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_6(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_7(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, ):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_8(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = None
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_9(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(None, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_10(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, None)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_11(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_12(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, )
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_13(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = None
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_14(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(None, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_15(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, None)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_16(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_17(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, )
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_18(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = None
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_19(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"XXtrialXX": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_20(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"TRIAL": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_21(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING - ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_22(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["XXloss_labelXX", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_23(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["LOSS_LABEL", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_24(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "XXnoiseXX", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_25(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "NOISE", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_26(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "XXsymmetricXX", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_27(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "SYMMETRIC", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_28(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "XXetaXX", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_29(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "ETA", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_30(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "XXseedXX"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_31(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "SEED"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_32(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "XXflip_rateXX": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_33(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "FLIP_RATE": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_34(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "XXappliesXX": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_35(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "APPLIES": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_36(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "XXfitted_slopeXX": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_37(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "FITTED_SLOPE": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_38(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "XXslope_seXX": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_39(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "SLOPE_SE": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_40(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "XXfitted_interceptXX": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_41(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "FITTED_INTERCEPT": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_42(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "XXintercept_seXX": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_43(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "INTERCEPT_SE": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_44(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "XXr2XX": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_45(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "R2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_46(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "XXpredicted_slopeXX": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_47(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "PREDICTED_SLOPE": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_48(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "XXpredicted_interceptXX": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_49(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "PREDICTED_INTERCEPT": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_50(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "XXmax_residualXX": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_51(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "MAX_RESIDUAL": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_52(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "XXloss_scaleXX": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_53(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "LOSS_SCALE": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_54(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies != "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_55(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "XXyesXX":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_56(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "YES":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_57(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = None
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_58(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = None
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_59(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["XXpredicted_slopeXX"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_60(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["PREDICTED_SLOPE"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_61(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["XXpredicted_interceptXX"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_62(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["PREDICTED_INTERCEPT"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_63(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(None, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_64(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, None, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_65(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, None)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_66(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_67(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_68(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, )
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_69(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = None
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_70(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["XXmax_residualXX"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_71(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["MAX_RESIDUAL"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_72(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(None)
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_73(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(None).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_74(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y + (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_75(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x - row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_76(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] / x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_77(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["XXpredicted_slopeXX"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_78(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["PREDICTED_SLOPE"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_79(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["XXpredicted_interceptXX"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_80(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["PREDICTED_INTERCEPT"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_81(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = None  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_82(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["XXloss_scaleXX"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_83(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["LOSS_SCALE"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_84(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c * k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_85(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(None)
    return pd.DataFrame(rows)


def x_theorem_table__mutmut_86(table: pd.DataFrame) -> pd.DataFrame:
    """Theorem 1 per trial with eta > 0, on noise independent of the network: the noisy risk (loss
    against an independent noisy copy of the test labels, drawn at the trial's noise kind and eta)
    against the clean risk (the clean test labels), one point per epoch.

    Reports the least-squares slope and intercept with their standard errors (the fit's own
    uncertainty: few epochs over a narrow range of clean risk pin the line down poorly) and R^2,
    the line Theorem 1 predicts from the copy's realised flip rate and the loss's constant C, the
    largest distance of an epoch's noisy risk from that line, and whether the theorem applies
    (a symmetric loss, noise that moves labels to a uniformly drawn other class).
    """
    rows = []
    for trial, info, x, y in _risk_pairs(table, TEST_LOSS, TEST_NOISY_LOSS):
        slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
        applies = theorem_applies(info.noise, info.symmetric)
        row = {"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "symmetric", "eta", "seed"]},
               "flip_rate": info.test_flip_rate, "applies": applies, "fitted_slope": slope, "slope_se": se_slope,
               "fitted_intercept": intercept, "intercept_se": se_intercept, "r2": r2, "predicted_slope": np.nan,
               "predicted_intercept": np.nan, "max_residual": np.nan, "loss_scale": np.nan}
        if applies == "yes":
            k, c = info.num_classes, info.symmetry_constant
            row["predicted_slope"], row["predicted_intercept"] = theorem1_line(info.test_flip_rate, k, c)
            row["max_residual"] = float(np.abs(y - (row["predicted_slope"] * x + row["predicted_intercept"])).max())
            row["loss_scale"] = c / k  # the mean loss over the K labels: what the tolerances are relative to
        rows.append(row)
    return pd.DataFrame(None)

mutants_x_theorem_table__mutmut['_mutmut_orig'] = x_theorem_table__mutmut_orig # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_1'] = x_theorem_table__mutmut_1 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_2'] = x_theorem_table__mutmut_2 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_3'] = x_theorem_table__mutmut_3 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_4'] = x_theorem_table__mutmut_4 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_5'] = x_theorem_table__mutmut_5 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_6'] = x_theorem_table__mutmut_6 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_7'] = x_theorem_table__mutmut_7 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_8'] = x_theorem_table__mutmut_8 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_9'] = x_theorem_table__mutmut_9 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_10'] = x_theorem_table__mutmut_10 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_11'] = x_theorem_table__mutmut_11 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_12'] = x_theorem_table__mutmut_12 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_13'] = x_theorem_table__mutmut_13 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_14'] = x_theorem_table__mutmut_14 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_15'] = x_theorem_table__mutmut_15 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_16'] = x_theorem_table__mutmut_16 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_17'] = x_theorem_table__mutmut_17 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_18'] = x_theorem_table__mutmut_18 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_19'] = x_theorem_table__mutmut_19 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_20'] = x_theorem_table__mutmut_20 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_21'] = x_theorem_table__mutmut_21 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_22'] = x_theorem_table__mutmut_22 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_23'] = x_theorem_table__mutmut_23 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_24'] = x_theorem_table__mutmut_24 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_25'] = x_theorem_table__mutmut_25 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_26'] = x_theorem_table__mutmut_26 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_27'] = x_theorem_table__mutmut_27 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_28'] = x_theorem_table__mutmut_28 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_29'] = x_theorem_table__mutmut_29 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_30'] = x_theorem_table__mutmut_30 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_31'] = x_theorem_table__mutmut_31 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_32'] = x_theorem_table__mutmut_32 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_33'] = x_theorem_table__mutmut_33 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_34'] = x_theorem_table__mutmut_34 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_35'] = x_theorem_table__mutmut_35 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_36'] = x_theorem_table__mutmut_36 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_37'] = x_theorem_table__mutmut_37 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_38'] = x_theorem_table__mutmut_38 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_39'] = x_theorem_table__mutmut_39 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_40'] = x_theorem_table__mutmut_40 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_41'] = x_theorem_table__mutmut_41 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_42'] = x_theorem_table__mutmut_42 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_43'] = x_theorem_table__mutmut_43 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_44'] = x_theorem_table__mutmut_44 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_45'] = x_theorem_table__mutmut_45 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_46'] = x_theorem_table__mutmut_46 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_47'] = x_theorem_table__mutmut_47 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_48'] = x_theorem_table__mutmut_48 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_49'] = x_theorem_table__mutmut_49 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_50'] = x_theorem_table__mutmut_50 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_51'] = x_theorem_table__mutmut_51 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_52'] = x_theorem_table__mutmut_52 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_53'] = x_theorem_table__mutmut_53 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_54'] = x_theorem_table__mutmut_54 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_55'] = x_theorem_table__mutmut_55 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_56'] = x_theorem_table__mutmut_56 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_57'] = x_theorem_table__mutmut_57 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_58'] = x_theorem_table__mutmut_58 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_59'] = x_theorem_table__mutmut_59 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_60'] = x_theorem_table__mutmut_60 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_61'] = x_theorem_table__mutmut_61 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_62'] = x_theorem_table__mutmut_62 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_63'] = x_theorem_table__mutmut_63 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_64'] = x_theorem_table__mutmut_64 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_65'] = x_theorem_table__mutmut_65 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_66'] = x_theorem_table__mutmut_66 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_67'] = x_theorem_table__mutmut_67 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_68'] = x_theorem_table__mutmut_68 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_69'] = x_theorem_table__mutmut_69 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_70'] = x_theorem_table__mutmut_70 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_71'] = x_theorem_table__mutmut_71 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_72'] = x_theorem_table__mutmut_72 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_73'] = x_theorem_table__mutmut_73 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_74'] = x_theorem_table__mutmut_74 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_75'] = x_theorem_table__mutmut_75 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_76'] = x_theorem_table__mutmut_76 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_77'] = x_theorem_table__mutmut_77 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_78'] = x_theorem_table__mutmut_78 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_79'] = x_theorem_table__mutmut_79 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_80'] = x_theorem_table__mutmut_80 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_81'] = x_theorem_table__mutmut_81 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_82'] = x_theorem_table__mutmut_82 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_83'] = x_theorem_table__mutmut_83 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_84'] = x_theorem_table__mutmut_84 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_85'] = x_theorem_table__mutmut_85 # type: ignore # mutmut generated
mutants_x_theorem_table__mutmut['x_theorem_table__mutmut_86'] = x_theorem_table__mutmut_86 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_memorisation_table__mutmut)
def memorisation_table(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_orig(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_1(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = None
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_2(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(None, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_3(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, None, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_4(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, None):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_5(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_6(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_7(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, ):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_8(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = None
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_9(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(None, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_10(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, None)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_11(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_12(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, )
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_13(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = None
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_14(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(None, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_15(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, None, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_16(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, None)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_17(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_18(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_19(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, )[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_20(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 1.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_21(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[1]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_22(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append(None)
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_23(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"XXtrialXX": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_24(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"TRIAL": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_25(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING - ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_26(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["XXloss_labelXX", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_27(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["LOSS_LABEL", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_28(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "XXnoiseXX", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_29(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "NOISE", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_30(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "XXetaXX", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_31(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "ETA", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_32(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "XXseedXX"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_33(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "SEED"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_34(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "XXflip_rateXX": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_35(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "FLIP_RATE": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_36(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "XXfitted_slopeXX": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_37(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "FITTED_SLOPE": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_38(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "XXslope_for_independent_noiseXX": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_39(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "SLOPE_FOR_INDEPENDENT_NOISE": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_40(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "XXdepartureXX": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_41(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "DEPARTURE": slope - predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_42(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope + predicted, "r2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_43(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "XXr2XX": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_44(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "R2": r2})
    return pd.DataFrame(rows)


def x_memorisation_table__mutmut_45(table: pd.DataFrame) -> pd.DataFrame:
    """The same fit on the training set, where the network was trained on exactly these noisy labels:
    the noisy risk against the clean risk of the training labels. Theorem 1 does not hold there
    (its noise must be independent of the network); the departure of the fitted slope from the
    line predicted for the training labels' realised flip rate measures memorisation."""
    rows = []
    for trial, info, x, y in _risk_pairs(table, CLEAN_LOSS, TRAIN_LOSS):
        slope, _, _, _, r2 = _fit(x, y)
        predicted = theorem1_line(info.flip_rate, info.num_classes, 0.0)[0]
        rows.append({"trial": trial, **{k: info[k] for k in SETTING + ["loss_label", "noise", "eta", "seed"]},
                     "flip_rate": info.flip_rate, "fitted_slope": slope, "slope_for_independent_noise": predicted,
                     "departure": slope - predicted, "r2": r2})
    return pd.DataFrame(None)

mutants_x_memorisation_table__mutmut['_mutmut_orig'] = x_memorisation_table__mutmut_orig # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_1'] = x_memorisation_table__mutmut_1 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_2'] = x_memorisation_table__mutmut_2 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_3'] = x_memorisation_table__mutmut_3 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_4'] = x_memorisation_table__mutmut_4 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_5'] = x_memorisation_table__mutmut_5 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_6'] = x_memorisation_table__mutmut_6 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_7'] = x_memorisation_table__mutmut_7 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_8'] = x_memorisation_table__mutmut_8 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_9'] = x_memorisation_table__mutmut_9 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_10'] = x_memorisation_table__mutmut_10 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_11'] = x_memorisation_table__mutmut_11 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_12'] = x_memorisation_table__mutmut_12 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_13'] = x_memorisation_table__mutmut_13 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_14'] = x_memorisation_table__mutmut_14 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_15'] = x_memorisation_table__mutmut_15 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_16'] = x_memorisation_table__mutmut_16 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_17'] = x_memorisation_table__mutmut_17 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_18'] = x_memorisation_table__mutmut_18 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_19'] = x_memorisation_table__mutmut_19 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_20'] = x_memorisation_table__mutmut_20 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_21'] = x_memorisation_table__mutmut_21 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_22'] = x_memorisation_table__mutmut_22 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_23'] = x_memorisation_table__mutmut_23 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_24'] = x_memorisation_table__mutmut_24 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_25'] = x_memorisation_table__mutmut_25 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_26'] = x_memorisation_table__mutmut_26 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_27'] = x_memorisation_table__mutmut_27 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_28'] = x_memorisation_table__mutmut_28 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_29'] = x_memorisation_table__mutmut_29 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_30'] = x_memorisation_table__mutmut_30 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_31'] = x_memorisation_table__mutmut_31 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_32'] = x_memorisation_table__mutmut_32 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_33'] = x_memorisation_table__mutmut_33 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_34'] = x_memorisation_table__mutmut_34 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_35'] = x_memorisation_table__mutmut_35 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_36'] = x_memorisation_table__mutmut_36 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_37'] = x_memorisation_table__mutmut_37 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_38'] = x_memorisation_table__mutmut_38 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_39'] = x_memorisation_table__mutmut_39 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_40'] = x_memorisation_table__mutmut_40 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_41'] = x_memorisation_table__mutmut_41 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_42'] = x_memorisation_table__mutmut_42 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_43'] = x_memorisation_table__mutmut_43 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_44'] = x_memorisation_table__mutmut_44 # type: ignore # mutmut generated
mutants_x_memorisation_table__mutmut['x_memorisation_table__mutmut_45'] = x_memorisation_table__mutmut_45 # type: ignore # mutmut generated
mutants_x_alpha_values__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_alpha_values__mutmut)
def alpha_values(trials: pd.DataFrame) -> pd.DataFrame:
    """RLL trials with their alpha as a number (grid sweeps and searches alike)."""
    rll = trials[(trials.loss == "rll") & trials.loss_params.str.contains("alpha=")].copy()
    rll["alpha"] = rll.loss_params.str.extract(r"alpha=([0-9.eE+-]+)")[0].astype(float)
    return rll


def x_alpha_values__mutmut_orig(trials: pd.DataFrame) -> pd.DataFrame:
    """RLL trials with their alpha as a number (grid sweeps and searches alike)."""
    rll = trials[(trials.loss == "rll") & trials.loss_params.str.contains("alpha=")].copy()
    rll["alpha"] = rll.loss_params.str.extract(r"alpha=([0-9.eE+-]+)")[0].astype(float)
    return rll


def x_alpha_values__mutmut_1(trials: pd.DataFrame) -> pd.DataFrame:
    """RLL trials with their alpha as a number (grid sweeps and searches alike)."""
    rll = None
    rll["alpha"] = rll.loss_params.str.extract(r"alpha=([0-9.eE+-]+)")[0].astype(float)
    return rll


def x_alpha_values__mutmut_2(trials: pd.DataFrame) -> pd.DataFrame:
    """RLL trials with their alpha as a number (grid sweeps and searches alike)."""
    rll = trials[(trials.loss == "rll") | trials.loss_params.str.contains("alpha=")].copy()
    rll["alpha"] = rll.loss_params.str.extract(r"alpha=([0-9.eE+-]+)")[0].astype(float)
    return rll


def x_alpha_values__mutmut_3(trials: pd.DataFrame) -> pd.DataFrame:
    """RLL trials with their alpha as a number (grid sweeps and searches alike)."""
    rll = trials[(trials.loss != "rll") & trials.loss_params.str.contains("alpha=")].copy()
    rll["alpha"] = rll.loss_params.str.extract(r"alpha=([0-9.eE+-]+)")[0].astype(float)
    return rll


def x_alpha_values__mutmut_4(trials: pd.DataFrame) -> pd.DataFrame:
    """RLL trials with their alpha as a number (grid sweeps and searches alike)."""
    rll = trials[(trials.loss == "XXrllXX") & trials.loss_params.str.contains("alpha=")].copy()
    rll["alpha"] = rll.loss_params.str.extract(r"alpha=([0-9.eE+-]+)")[0].astype(float)
    return rll


def x_alpha_values__mutmut_5(trials: pd.DataFrame) -> pd.DataFrame:
    """RLL trials with their alpha as a number (grid sweeps and searches alike)."""
    rll = trials[(trials.loss == "RLL") & trials.loss_params.str.contains("alpha=")].copy()
    rll["alpha"] = rll.loss_params.str.extract(r"alpha=([0-9.eE+-]+)")[0].astype(float)
    return rll


def x_alpha_values__mutmut_6(trials: pd.DataFrame) -> pd.DataFrame:
    """RLL trials with their alpha as a number (grid sweeps and searches alike)."""
    rll = trials[(trials.loss == "rll") & trials.loss_params.str.contains(None)].copy()
    rll["alpha"] = rll.loss_params.str.extract(r"alpha=([0-9.eE+-]+)")[0].astype(float)
    return rll


def x_alpha_values__mutmut_7(trials: pd.DataFrame) -> pd.DataFrame:
    """RLL trials with their alpha as a number (grid sweeps and searches alike)."""
    rll = trials[(trials.loss == "rll") & trials.loss_params.str.contains("XXalpha=XX")].copy()
    rll["alpha"] = rll.loss_params.str.extract(r"alpha=([0-9.eE+-]+)")[0].astype(float)
    return rll


def x_alpha_values__mutmut_8(trials: pd.DataFrame) -> pd.DataFrame:
    """RLL trials with their alpha as a number (grid sweeps and searches alike)."""
    rll = trials[(trials.loss == "rll") & trials.loss_params.str.contains("ALPHA=")].copy()
    rll["alpha"] = rll.loss_params.str.extract(r"alpha=([0-9.eE+-]+)")[0].astype(float)
    return rll


def x_alpha_values__mutmut_9(trials: pd.DataFrame) -> pd.DataFrame:
    """RLL trials with their alpha as a number (grid sweeps and searches alike)."""
    rll = trials[(trials.loss == "rll") & trials.loss_params.str.contains("alpha=")].copy()
    rll["alpha"] = None
    return rll


def x_alpha_values__mutmut_10(trials: pd.DataFrame) -> pd.DataFrame:
    """RLL trials with their alpha as a number (grid sweeps and searches alike)."""
    rll = trials[(trials.loss == "rll") & trials.loss_params.str.contains("alpha=")].copy()
    rll["XXalphaXX"] = rll.loss_params.str.extract(r"alpha=([0-9.eE+-]+)")[0].astype(float)
    return rll


def x_alpha_values__mutmut_11(trials: pd.DataFrame) -> pd.DataFrame:
    """RLL trials with their alpha as a number (grid sweeps and searches alike)."""
    rll = trials[(trials.loss == "rll") & trials.loss_params.str.contains("alpha=")].copy()
    rll["ALPHA"] = rll.loss_params.str.extract(r"alpha=([0-9.eE+-]+)")[0].astype(float)
    return rll


def x_alpha_values__mutmut_12(trials: pd.DataFrame) -> pd.DataFrame:
    """RLL trials with their alpha as a number (grid sweeps and searches alike)."""
    rll = trials[(trials.loss == "rll") & trials.loss_params.str.contains("alpha=")].copy()
    rll["alpha"] = rll.loss_params.str.extract(r"alpha=([0-9.eE+-]+)")[0].astype(None)
    return rll


def x_alpha_values__mutmut_13(trials: pd.DataFrame) -> pd.DataFrame:
    """RLL trials with their alpha as a number (grid sweeps and searches alike)."""
    rll = trials[(trials.loss == "rll") & trials.loss_params.str.contains("alpha=")].copy()
    rll["alpha"] = rll.loss_params.str.extract(None)[0].astype(float)
    return rll


def x_alpha_values__mutmut_14(trials: pd.DataFrame) -> pd.DataFrame:
    """RLL trials with their alpha as a number (grid sweeps and searches alike)."""
    rll = trials[(trials.loss == "rll") & trials.loss_params.str.contains("alpha=")].copy()
    rll["alpha"] = rll.loss_params.str.extract(r"XXalpha=([0-9.eE+-]+)XX")[0].astype(float)
    return rll


def x_alpha_values__mutmut_15(trials: pd.DataFrame) -> pd.DataFrame:
    """RLL trials with their alpha as a number (grid sweeps and searches alike)."""
    rll = trials[(trials.loss == "rll") & trials.loss_params.str.contains("alpha=")].copy()
    rll["alpha"] = rll.loss_params.str.extract(r"alpha=([0-9.ee+-]+)")[0].astype(float)
    return rll


def x_alpha_values__mutmut_16(trials: pd.DataFrame) -> pd.DataFrame:
    """RLL trials with their alpha as a number (grid sweeps and searches alike)."""
    rll = trials[(trials.loss == "rll") & trials.loss_params.str.contains("alpha=")].copy()
    rll["alpha"] = rll.loss_params.str.extract(r"ALPHA=([0-9.EE+-]+)")[0].astype(float)
    return rll


def x_alpha_values__mutmut_17(trials: pd.DataFrame) -> pd.DataFrame:
    """RLL trials with their alpha as a number (grid sweeps and searches alike)."""
    rll = trials[(trials.loss == "rll") & trials.loss_params.str.contains("alpha=")].copy()
    rll["alpha"] = rll.loss_params.str.extract(r"alpha=([0-9.eE+-]+)")[1].astype(float)
    return rll

mutants_x_alpha_values__mutmut['_mutmut_orig'] = x_alpha_values__mutmut_orig # type: ignore # mutmut generated
mutants_x_alpha_values__mutmut['x_alpha_values__mutmut_1'] = x_alpha_values__mutmut_1 # type: ignore # mutmut generated
mutants_x_alpha_values__mutmut['x_alpha_values__mutmut_2'] = x_alpha_values__mutmut_2 # type: ignore # mutmut generated
mutants_x_alpha_values__mutmut['x_alpha_values__mutmut_3'] = x_alpha_values__mutmut_3 # type: ignore # mutmut generated
mutants_x_alpha_values__mutmut['x_alpha_values__mutmut_4'] = x_alpha_values__mutmut_4 # type: ignore # mutmut generated
mutants_x_alpha_values__mutmut['x_alpha_values__mutmut_5'] = x_alpha_values__mutmut_5 # type: ignore # mutmut generated
mutants_x_alpha_values__mutmut['x_alpha_values__mutmut_6'] = x_alpha_values__mutmut_6 # type: ignore # mutmut generated
mutants_x_alpha_values__mutmut['x_alpha_values__mutmut_7'] = x_alpha_values__mutmut_7 # type: ignore # mutmut generated
mutants_x_alpha_values__mutmut['x_alpha_values__mutmut_8'] = x_alpha_values__mutmut_8 # type: ignore # mutmut generated
mutants_x_alpha_values__mutmut['x_alpha_values__mutmut_9'] = x_alpha_values__mutmut_9 # type: ignore # mutmut generated
mutants_x_alpha_values__mutmut['x_alpha_values__mutmut_10'] = x_alpha_values__mutmut_10 # type: ignore # mutmut generated
mutants_x_alpha_values__mutmut['x_alpha_values__mutmut_11'] = x_alpha_values__mutmut_11 # type: ignore # mutmut generated
mutants_x_alpha_values__mutmut['x_alpha_values__mutmut_12'] = x_alpha_values__mutmut_12 # type: ignore # mutmut generated
mutants_x_alpha_values__mutmut['x_alpha_values__mutmut_13'] = x_alpha_values__mutmut_13 # type: ignore # mutmut generated
mutants_x_alpha_values__mutmut['x_alpha_values__mutmut_14'] = x_alpha_values__mutmut_14 # type: ignore # mutmut generated
mutants_x_alpha_values__mutmut['x_alpha_values__mutmut_15'] = x_alpha_values__mutmut_15 # type: ignore # mutmut generated
mutants_x_alpha_values__mutmut['x_alpha_values__mutmut_16'] = x_alpha_values__mutmut_16 # type: ignore # mutmut generated
mutants_x_alpha_values__mutmut['x_alpha_values__mutmut_17'] = x_alpha_values__mutmut_17 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_alpha_table__mutmut)
def alpha_table(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_orig(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_1(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = None
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_2(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(None, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_3(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, None)
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_4(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get("final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_5(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, )
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_6(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "XXfinal_j2XX")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_7(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "FINAL_J2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_8(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = None
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_9(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(None)
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_10(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status != "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_11(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "XXfinishedXX"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_12(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "FINISHED"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_13(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = None
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_14(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(None, dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_15(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=None):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_16(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_17(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], ):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_18(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING - ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_19(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["XXetaXX"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_20(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["ETA"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_21(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=True):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_22(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = None
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_23(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby(None)[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_24(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("XXalphaXX")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_25(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("ALPHA")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_26(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            break
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_27(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = None
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_28(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = None
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_29(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha > best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_30(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best + ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_31(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append(None)
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_32(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"XXdatasetXX": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_33(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"DATASET": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_34(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "XXmodelXX": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_35(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "MODEL": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_36(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "XXvariantXX": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_37(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "VARIANT": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_38(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "XXetaXX": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_39(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "ETA": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_40(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "XXobjectiveXX": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_41(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "OBJECTIVE": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_42(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "XXbest_alphaXX": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_43(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "BEST_ALPHA": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_44(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "XXbest_valueXX": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_45(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "BEST_VALUE": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_46(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "XXrobust_lowXX": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_47(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "ROBUST_LOW": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_48(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "XXrobust_highXX": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_49(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "ROBUST_HIGH": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_50(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "XXin_regionXX": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_51(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "IN_REGION": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_52(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "XXalphasXX": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_53(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "ALPHAS": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_54(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "XXtrialsXX": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_55(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "TRIALS": len(sub)})
    return pd.DataFrame(rows)


def x_alpha_table__mutmut_56(trials: pd.DataFrame, objective: str = J2) -> pd.DataFrame:
    """Per dataset x model x variant x eta: the best alpha and the alpha region within 1 point of the best.

    Uses finished trials; an alpha's objective is its mean over seeds (the final value of
    `objective`). The region is [lowest, highest] alpha whose objective is within ROBUST_MARGIN
    of the best; `in_region` counts the alphas in it out of all tried.
    """
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    rll = alpha_values(trials[trials.status == "finished"])
    rows = []
    for (dataset, model, variant, eta), sub in rll.groupby(SETTING + ["eta"], dropna=False):
        per_alpha = sub.groupby("alpha")[stat].mean()
        if per_alpha.empty:
            continue
        best_alpha, best = per_alpha.idxmax(), per_alpha.max()
        good = per_alpha[per_alpha >= best - ROBUST_MARGIN]
        rows.append({"dataset": dataset, "model": model, "variant": variant, "eta": eta, "objective": objective,
                     "best_alpha": best_alpha,
                     "best_value": best, "robust_low": good.index.min(), "robust_high": good.index.max(),
                     "in_region": len(good), "alphas": len(per_alpha), "trials": len(sub)})
    return pd.DataFrame(None)

mutants_x_alpha_table__mutmut['_mutmut_orig'] = x_alpha_table__mutmut_orig # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_1'] = x_alpha_table__mutmut_1 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_2'] = x_alpha_table__mutmut_2 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_3'] = x_alpha_table__mutmut_3 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_4'] = x_alpha_table__mutmut_4 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_5'] = x_alpha_table__mutmut_5 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_6'] = x_alpha_table__mutmut_6 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_7'] = x_alpha_table__mutmut_7 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_8'] = x_alpha_table__mutmut_8 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_9'] = x_alpha_table__mutmut_9 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_10'] = x_alpha_table__mutmut_10 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_11'] = x_alpha_table__mutmut_11 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_12'] = x_alpha_table__mutmut_12 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_13'] = x_alpha_table__mutmut_13 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_14'] = x_alpha_table__mutmut_14 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_15'] = x_alpha_table__mutmut_15 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_16'] = x_alpha_table__mutmut_16 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_17'] = x_alpha_table__mutmut_17 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_18'] = x_alpha_table__mutmut_18 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_19'] = x_alpha_table__mutmut_19 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_20'] = x_alpha_table__mutmut_20 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_21'] = x_alpha_table__mutmut_21 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_22'] = x_alpha_table__mutmut_22 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_23'] = x_alpha_table__mutmut_23 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_24'] = x_alpha_table__mutmut_24 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_25'] = x_alpha_table__mutmut_25 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_26'] = x_alpha_table__mutmut_26 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_27'] = x_alpha_table__mutmut_27 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_28'] = x_alpha_table__mutmut_28 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_29'] = x_alpha_table__mutmut_29 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_30'] = x_alpha_table__mutmut_30 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_31'] = x_alpha_table__mutmut_31 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_32'] = x_alpha_table__mutmut_32 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_33'] = x_alpha_table__mutmut_33 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_34'] = x_alpha_table__mutmut_34 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_35'] = x_alpha_table__mutmut_35 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_36'] = x_alpha_table__mutmut_36 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_37'] = x_alpha_table__mutmut_37 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_38'] = x_alpha_table__mutmut_38 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_39'] = x_alpha_table__mutmut_39 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_40'] = x_alpha_table__mutmut_40 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_41'] = x_alpha_table__mutmut_41 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_42'] = x_alpha_table__mutmut_42 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_43'] = x_alpha_table__mutmut_43 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_44'] = x_alpha_table__mutmut_44 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_45'] = x_alpha_table__mutmut_45 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_46'] = x_alpha_table__mutmut_46 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_47'] = x_alpha_table__mutmut_47 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_48'] = x_alpha_table__mutmut_48 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_49'] = x_alpha_table__mutmut_49 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_50'] = x_alpha_table__mutmut_50 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_51'] = x_alpha_table__mutmut_51 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_52'] = x_alpha_table__mutmut_52 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_53'] = x_alpha_table__mutmut_53 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_54'] = x_alpha_table__mutmut_54 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_55'] = x_alpha_table__mutmut_55 # type: ignore # mutmut generated
mutants_x_alpha_table__mutmut['x_alpha_table__mutmut_56'] = x_alpha_table__mutmut_56 # type: ignore # mutmut generated
