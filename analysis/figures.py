"""The paper's figures from the tidy table (never re-running training), as PNG and PDF.

Colours follow eta and are the same in every figure; curves are means over seeds.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from analysis.summary import (FIRST_FIT_EPOCH, OBJECTIVE_STATS, ROBUST_MARGIN, SETTING, alpha_values,  # noqa: E402
                              mean_curves)
from memstudy.metrics import J1, J2, TEST_LOSS, TEST_NOISY_LOSS  # noqa: E402

_ETA_COLOURS = {0.0: "#1f77b4", 0.2: "#2ca02c", 0.4: "#ff7f0e", 0.6: "#d62728", 0.8: "#9467bd", 1.0: "#8c564b"}


def eta_colour(eta: float) -> str:
    """The same colour for an eta in every figure (the paper's rates get fixed ones)."""
    key = round(float(eta), 6)
    if key in _ETA_COLOURS:
        return _ETA_COLOURS[key]
    return matplotlib.colormaps["viridis"](min(max(eta, 0.0), 1.0))


def _save(fig, out_dir: Path, stem: str) -> list[Path]:
    paths = [out_dir / f"{stem}.png", out_dir / f"{stem}.pdf"]
    for path in paths:
        fig.savefig(path, dpi=120, bbox_inches="tight")
    plt.close(fig)
    return paths


def _panels(n, sharey=True):
    cols = min(n, 4)
    rows = (n + cols - 1) // cols
    fig, axes = plt.subplots(rows, cols, figsize=(4.2 * cols, 3.4 * rows), squeeze=False, sharey=sharey,
                             layout="constrained")
    for ax in axes.flat[n:]:
        ax.set_visible(False)
    return fig, list(axes.flat[:n])


def draw_curves(ax, sub, metrics_styles, title):
    """One panel: for each (metric, line style, label suffix), the metric's mean curve over seeds per eta."""
    for metric, style, label_suffix in metrics_styles:
        curves = mean_curves(sub, metric)
        for eta, row in curves.iterrows():
            ax.plot(row.index, row.values, style, color=eta_colour(eta), lw=1.6,
                    label=f"η = {eta:g}{label_suffix}")
    ax.set_title(title)
    ax.set_xlabel("epoch")
    ax.set_ylim(-0.02, 1.02)
    ax.grid(alpha=0.3)


def _by_setting(table):
    """((where, stem), rows) per setting (dataset, model, variant): `where` names it in titles, `stem` in file names."""
    for (dataset, model, variant), sub in table.groupby(SETTING, sort=True, dropna=False):
        suffix = "".join(c if c.isalnum() or c in ".-" else "_" for c in variant) if variant else ""
        yield (f"{model} on {dataset}" + (f" [{variant}]" if variant else ""),
               f"{dataset}_{model}" + (f"_{suffix}" if suffix else "")), sub


def training_accuracy_figures(table: pd.DataFrame, out_dir: Path) -> list[Path]:
    """Figs. 1-3: training accuracy (J1) against epoch, a panel per loss, a curve per eta."""
    paths = []
    for (where, stem), sub in _by_setting(table):
        losses = sorted(sub.loss_label.unique())
        fig, axes = _panels(len(losses))
        for ax, loss in zip(axes, losses):
            draw_curves(ax, sub[sub.loss_label == loss], [(J1, "-", "")], loss)
        axes[0].set_ylabel("training accuracy (J1)")
        axes[0].legend(loc="lower right", fontsize=8)
        fig.suptitle(f"Training accuracy on noisy labels: {where}")
        paths += _save(fig, out_dir, f"train_accuracy_{stem}")
    return paths


def j1_j2_figures(table: pd.DataFrame, out_dir: Path, losses=None, stem="j1_j2", title="J1 (solid) and J2 (dashed)"):
    """Fig. 4 (and 5 for normalised MSE): J1 solid and J2 dashed, a panel per loss, a colour per eta."""
    paths = []
    for (where, setting_stem), sub in _by_setting(table):
        names = sorted(sub.loss_label.unique())
        if losses is not None:
            names = [n for n in names if sub[sub.loss_label == n].loss.iloc[0] in losses]
        if not names:
            continue
        fig, axes = _panels(len(names))
        for ax, loss in zip(axes, names):
            draw_curves(ax, sub[sub.loss_label == loss], [(J1, "-", " J1"), (J2, "--", " J2")], loss)
        axes[0].set_ylabel("accuracy")
        axes[0].legend(loc="lower right", fontsize=7, ncol=2)
        fig.suptitle(f"{title}: {where}")
        paths += _save(fig, out_dir, f"{stem}_{setting_stem}")
    return paths


def nmse_figures(table: pd.DataFrame, out_dir: Path) -> list[Path]:
    """Fig. 5: normalised MSE's training accuracy and J1/J2."""
    return j1_j2_figures(table[table.loss == "nmse"], out_dir, losses={"nmse"}, stem="nmse",
                         title="Normalised MSE: J1 (solid) and J2 (dashed)")


def alpha_figures(trials: pd.DataFrame, out_dir: Path) -> list[Path]:
    """Final J2 and test accuracy against RLL's alpha (log axis), a line per eta."""
    paths = []
    rll = alpha_values(trials)
    for (where, stem), sub in _by_setting(rll):
        if sub.alpha.nunique() < 2:
            continue
        fig, axes = plt.subplots(1, 2, figsize=(9, 3.6), sharey=True, layout="constrained")
        for ax, stat, label in ((axes[0], "final_j2", "final J2"), (axes[1], "final_test", "final test accuracy")):
            for eta, by_eta in sub.groupby("eta"):
                means = by_eta.groupby("alpha")[stat].agg(["mean", "std"]).fillna(0)
                ax.errorbar(means.index, means["mean"], yerr=means["std"], marker="o", capsize=3,
                            color=eta_colour(eta), label=f"η = {eta:g}")
            ax.set_xscale("log")
            ax.set_xlabel("RLL alpha")
            ax.set_ylabel(label)
            ax.grid(alpha=0.3)
        axes[0].legend(fontsize=8)
        fig.suptitle(f"RLL's alpha: {where}")
        paths += _save(fig, out_dir, f"alpha_{stem}")
    return paths


def theorem_figures(table: pd.DataFrame, theorem: pd.DataFrame, out_dir: Path) -> list[Path]:
    """Theorem 1 on independent noise: the noisy risk (an independent noisy copy of the test labels)
    against the clean test risk, one point per epoch (the first seed), with the predicted line
    dashed where the theorem applies."""
    paths = []
    if theorem.empty:
        return paths
    for (where, stem), sub in _by_setting(theorem):
        losses = sorted(sub.loss_label.unique())
        fig, axes = _panels(len(losses), sharey=False)
        for ax, loss in zip(axes, losses):
            theorem_panel(ax, table, sub[sub.loss_label == loss], loss)
        axes[0].set_ylabel("risk on independent noisy test labels")
        fig.suptitle(f"Theorem 1 on independent noise (dashed: the predicted line): {where}")
        paths += _save(fig, out_dir, f"theorem1_{stem}")
    return paths


def theorem_panel(ax, table: pd.DataFrame, rows: pd.DataFrame, title: str):
    """One loss's panel: each eta's points (clean test risk, noisy test risk) over the epochs of its
    first seed from epoch 1 on (those the fit uses), and where the theorem applies its predicted
    line, dashed."""
    for _, row in rows[rows.seed == rows.seed.min()].iterrows():
        t = table[(table.trial == row.trial) & table.metric.isin([TEST_LOSS, TEST_NOISY_LOSS])
                  & (table.epoch >= FIRST_FIT_EPOCH)]  # the epochs the fit uses (not the untrained network)
        wide = t.pivot_table(index="epoch", columns="metric", values="value").dropna()
        x, y = wide[TEST_LOSS].values, wide[TEST_NOISY_LOSS].values
        colour = eta_colour(row.eta)
        ax.plot(x, y, ".", color=colour, ms=3, label=f"η = {row.eta:g}: slope {row.fitted_slope:.2f}")
        if row.applies == "yes":
            span = np.array([x.min(), x.max()])
            ax.plot(span, row.predicted_intercept + row.predicted_slope * span, "--", color=colour, lw=1)
    applies = rows.applies.iloc[0]
    ax.set_title(title + ("" if applies == "yes" else f"\n(theorem {applies})"), fontsize=9)
    ax.set_xlabel("clean test risk")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=7)


def robustness_figures(trials: pd.DataFrame, alpha_summary: pd.DataFrame, out_dir: Path) -> list[Path]:
    """The objective against alpha (log axis) from every trial, a panel per eta, the robust region shaded."""
    paths = []
    if alpha_summary.empty:
        return paths
    rll = alpha_values(trials)
    objective = alpha_summary.objective.iloc[0]
    stat = OBJECTIVE_STATS.get(objective, "final_j2")
    for (where, stem), summary in _by_setting(alpha_summary):
        fig, axes = _panels(len(summary))
        for ax, (_, row) in zip(axes, summary.sort_values("eta").iterrows()):
            sub = rll[(rll.dataset == row.dataset) & (rll.model == row.model) & (rll.variant == row.variant)
                      & (rll.eta == row.eta)]
            done = sub[sub.status == "finished"]
            colour = eta_colour(row.eta)
            ax.axvspan(row.robust_low, row.robust_high, color=colour, alpha=0.12, label="within 1 point of best")
            ax.axhline(row.best_value - ROBUST_MARGIN, color=colour, ls=":", lw=1)
            means = done.groupby("alpha")[stat].mean()
            ax.plot(means.index, means.values, "-", color=colour, lw=1, alpha=0.6)
            ax.plot(done.alpha, done[stat], "o", color=colour, ms=4, label="finished trials")
            stopped = sub[sub.status != "finished"]
            if not stopped.empty:
                ax.plot(stopped.alpha, stopped[stat], "x", color="grey", ms=4, label="stopped early / unfinished")
            ax.plot([row.best_alpha], [row.best_value], "*", color="black", ms=10, label=f"best α = {row.best_alpha:.3g}")
            ax.set_xscale("log")
            ax.set_xlabel("RLL alpha")
            ax.set_title(f"η = {row.eta:g}")
            ax.grid(alpha=0.3)
            ax.legend(fontsize=7, loc="best")
        axes[0].set_ylabel(f"{objective} at the last epoch")
        fig.suptitle(f"Where is RLL robust? {objective} against alpha: {where}")
        paths += _save(fig, out_dir, f"alpha_robustness_{stem}")
    return paths


def _share_by_loss_and_eta(sub: pd.DataFrame, draw, *, xlabel: str, ylabel: str, title: str, out_dir: Path,
                           name: str, xticks=None) -> list[Path]:
    """A panel per loss and, in it, `draw(ax, runs, color=, label=)` for each eta's runs: shares of
    flipped examples (0 to 1)."""
    losses = sorted(sub.loss_label.unique())
    fig, axes = _panels(len(losses))
    for ax, loss in zip(axes, losses):
        for eta, runs in sub[sub.loss_label == loss].groupby("eta"):
            draw(ax, runs, color=eta_colour(eta), label=f"η = {eta:g}")
        ax.set_title(loss)
        if xticks is not None:
            ax.set_xticks(xticks)
        ax.set_xlabel(xlabel)
        ax.set_ylim(-0.02, 1.02)
        ax.grid(alpha=0.3)
    axes[0].set_ylabel(ylabel)
    axes[0].legend(loc="upper left", fontsize=8)
    fig.suptitle(title)
    return _save(fig, out_dir, name)


def memorised_curve(arrays: dict, trials) -> tuple[np.ndarray, np.ndarray]:
    """Epochs and, by each, the share of flipped examples memorised for good, mean over `trials`
    (to the shortest run)."""
    from analysis.examples import memorised_by_epoch

    curves = [memorised_by_epoch(arrays[t]) for t in trials]
    length = min(len(c) for c in curves)
    return np.arange(length), np.mean([c[:length] for c in curves], axis=0)


def difficulty_shares(arrays: dict, trials, bins: int = 5) -> tuple[np.ndarray, np.ndarray]:
    """Difficulty bins 1..bins (equal counts of flipped examples, by clean-label loss at epoch 1;
    1: easiest) and, in each, the share memorised for good by the last epoch, mean over `trials`."""
    shares = []
    for t in trials:
        hard, first = arrays[t]["difficulty"], arrays[t]["memorisation_epoch"]
        quintile = pd.qcut(pd.Series(hard).rank(method="first"), bins, labels=False)
        shares.append(pd.Series(np.isfinite(first)).groupby(quintile.values).mean().values)
    return np.arange(1, bins + 1), np.mean(shares, axis=0)


def memorised_examples_figures(examples: pd.DataFrame, arrays: dict, out_dir: Path) -> list[Path]:
    """The share of flipped examples memorised for good (predicted as their noisy label from then
    on) by each epoch, a panel per loss, a curve per eta (mean over seeds)."""
    def draw(ax, runs, **style):
        ax.plot(*memorised_curve(arrays, runs.trial), lw=1.6, **style)

    paths = []
    for (where, stem), sub in _by_setting(examples[examples.eta > 0]):
        paths += _share_by_loss_and_eta(sub, draw, xlabel="epoch", ylabel="flipped examples memorised for good",
                                        title=f"When flipped labels are memorised: {where}", out_dir=out_dir,
                                        name=f"memorised_examples_{stem}")
    return paths


def difficulty_figures(examples: pd.DataFrame, arrays: dict, out_dir: Path, bins: int = 5) -> list[Path]:
    """Does memorisation follow difficulty? The flipped examples in quintiles of their clean label's
    loss at epoch 1 (1: easiest); per quintile, the share memorised for good by the last epoch."""
    def draw(ax, runs, **style):
        ax.plot(*difficulty_shares(arrays, runs.trial, bins), "o-", **style)

    paths = []
    noisy = examples[(examples.eta > 0) & examples.trial.map(lambda t: "difficulty" in arrays.get(t, {}))]
    for (where, stem), sub in _by_setting(noisy):
        paths += _share_by_loss_and_eta(sub, draw, xlabel="difficulty quintile (clean-label loss at epoch 1)",
                                        ylabel="flipped examples memorised by the end",
                                        title=f"Memorisation and difficulty: {where}", out_dir=out_dir,
                                        name=f"memorisation_difficulty_{stem}", xticks=range(1, bins + 1))
    return paths
