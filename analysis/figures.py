"""The paper's figures from the tidy table (never re-running training), as PNG and PDF.

Colours follow eta and are the same in every figure; curves are means over seeds. Each figure
carries its caption, saying what it shows, in its files' metadata (figure_caption reads it back).
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


CAPTION_KEYS = {".png": "Description", ".pdf": "Subject"}  # where each format keeps the caption


def _save(fig, out_dir: Path, stem: str, caption: str) -> list[Path]:
    """The figure as PNG and PDF, with `caption` (what it shows) in each file's metadata."""
    paths = [out_dir / f"{stem}.png", out_dir / f"{stem}.pdf"]
    for path in paths:
        fig.savefig(path, dpi=120, bbox_inches="tight", metadata={CAPTION_KEYS[path.suffix]: caption})
    plt.close(fig)
    return paths


def figure_caption(png: Path) -> str:
    """The caption a figure was saved with (its PNG's Description), or its file name for a PNG without one."""
    from PIL import Image  # matplotlib's own dependency

    with Image.open(png) as image:
        return image.text.get(CAPTION_KEYS[".png"]) or Path(png).stem


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


def _legend(axes, **style):
    """One legend, on the first panel, of every label drawn in any panel (a loss may have been run
    at an eta another did not), each once, sorted as the labels sort (eta first)."""
    seen = {}
    for ax in axes:
        for handle, label in zip(*ax.get_legend_handles_labels()):
            seen.setdefault(label, handle)
    labels = sorted(seen, key=_label_order)
    axes[0].legend([seen[label] for label in labels], labels, **style)


def _label_order(label: str):
    """'η = 0.4 J2' -> (0.4, ' J2'): legends in the order of eta, then J1 before J2."""
    head, _, rest = label.removeprefix("η = ").partition(" ")
    try:
        return (float(head), rest)
    except ValueError:
        return (float("inf"), label)


def training_accuracy_figures(table: pd.DataFrame, out_dir: Path) -> list[Path]:
    """Figs. 1-3: training accuracy (J1) against epoch, a panel per loss, a curve per eta."""
    paths = []
    for (where, stem), sub in _by_setting(table):
        losses = sorted(sub.loss_label.unique())
        fig, axes = _panels(len(losses))
        for ax, loss in zip(axes, losses):
            draw_curves(ax, sub[sub.loss_label == loss], [(J1, "-", "")], loss)
        axes[0].set_ylabel("training accuracy (J1)")
        _legend(axes, loc="lower right", fontsize=8)
        fig.suptitle(f"Training accuracy on noisy labels: {where}")
        paths += _save(fig, out_dir, f"train_accuracy_{stem}",
                       f"Training accuracy on the noisy labels (J1) against epoch, {where}: a panel per loss, a "
                       "curve per noise rate η (mean over seeds). The paper's Figs. 1-3: a loss that memorises "
                       "climbs towards 100%; one that resists levels off near 1 - ρ.")
    return paths


def j1_j2_figures(table: pd.DataFrame, out_dir: Path, losses=None, stem="j1_j2", title="J1 (solid) and J2 (dashed)",
                  paper="The paper's Fig. 4"):
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
        _legend(axes, loc="lower right", fontsize=7, ncol=2)
        fig.suptitle(f"{title}: {where}")
        paths += _save(fig, out_dir, f"{stem}_{setting_stem}",
                       f"{title} against epoch, {where}: J1 is the accuracy on the noisy training labels, J2 on the "
                       "clean labels of the same examples; a panel per loss, a colour per noise rate η (mean over "
                       f"seeds). {paper}: J1 rising above J2 is the network following the flipped labels.")
    return paths


def nmse_figures(table: pd.DataFrame, out_dir: Path) -> list[Path]:
    """Fig. 5: normalised MSE's training accuracy and J1/J2."""
    return j1_j2_figures(table[table.loss == "nmse"], out_dir, losses={"nmse"}, stem="nmse",
                         title="Normalised MSE: J1 (solid) and J2 (dashed)", paper="The paper's Fig. 5")


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
        paths += _save(fig, out_dir, f"alpha_{stem}",
                       f"RLL's alpha, {where}: final J2 (left) and final test accuracy (right) against alpha (log "
                       "axis), a line per noise rate η, mean ± standard deviation over seeds.")
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
        paths += _save(fig, out_dir, f"theorem1_{stem}",
                       f"Theorem 1 on independent noise, {where}: each epoch's risk on an independent noisy copy of "
                       "the test labels against its clean test risk (first seed, epochs 1 on), a panel per loss, a "
                       "colour per η; dashed where the theorem applies, the line it predicts. A consistency check "
                       "of the implementation, not a claim of the paper's.")
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
    stat = OBJECTIVE_STATS[objective]
    for (where, stem), summary in _by_setting(alpha_summary):
        if (summary.tried < 2).all():
            continue  # one alpha tried: no curve, no region (the alpha table says so)
        fig, axes = _panels(len(summary))
        for ax, (_, row) in zip(axes, summary.sort_values("eta").iterrows()):
            sub = rll[(rll.dataset == row.dataset) & (rll.model == row.model) & (rll.base_variant == row.variant)
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
        paths += _save(fig, out_dir, f"alpha_robustness_{stem}",
                       f"Where RLL is robust, {where}: {objective} at the last epoch against alpha (log axis), a "
                       "panel per noise rate η. Dots: finished trials; the line: their mean per alpha; shaded: the "
                       "alphas within 1 point of the best; the star: the best alpha.")
    return paths


def _share_by_loss_and_eta(sub: pd.DataFrame, draw, *, xlabel: str, ylabel: str, title: str, out_dir: Path,
                           name: str, caption: str, xticks=None) -> list[Path]:
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
    _legend(axes, loc="upper left", fontsize=8)
    fig.suptitle(title)
    return _save(fig, out_dir, name, caption)


def memorised_curve(arrays: dict, trials) -> tuple[np.ndarray, np.ndarray]:
    """Epochs and, by each, the share of flipped examples memorised for good, mean over `trials`
    (to the shortest run)."""
    from analysis.examples import memorised_by_epoch

    curves = [memorised_by_epoch(arrays[t]) for t in trials]
    length = min(len(c) for c in curves)
    return np.arange(length), np.mean([c[:length] for c in curves], axis=0)


def difficulty_shares(arrays: dict, trials, bins: int = 5) -> tuple[np.ndarray, np.ndarray]:
    """Difficulty bins 1..bins (equal counts of flipped examples, by clean-label loss at epoch 1;
    1: easiest) and, in each, the share memorised for good by the last epoch, mean over `trials`.
    A trial with fewer flipped examples than bins fills no bins and is left out (NaN when all are)."""
    shares = []
    for t in trials:
        hard, first = arrays[t]["difficulty"], arrays[t]["memorisation_epoch"]
        if len(hard) < bins:
            continue
        quintile = pd.qcut(pd.Series(hard).rank(method="first"), bins, labels=False)
        shares.append(pd.Series(np.isfinite(first)).groupby(quintile.values).mean().values)
    return np.arange(1, bins + 1), np.mean(shares, axis=0) if shares else np.full(bins, np.nan)


def memorised_examples_figures(examples: pd.DataFrame, arrays: dict, out_dir: Path) -> list[Path]:
    """The share of flipped examples memorised for good (predicted as their noisy label from then
    on) by each epoch, a panel per loss, a curve per eta (mean over seeds)."""
    def draw(ax, runs, **style):
        ax.plot(*memorised_curve(arrays, runs.trial), lw=1.6, **style)

    paths = []
    for (where, stem), sub in _by_setting(examples[examples.eta > 0]):
        paths += _share_by_loss_and_eta(sub, draw, xlabel="epoch", ylabel="flipped examples memorised for good",
                                        title=f"When flipped labels are memorised: {where}", out_dir=out_dir,
                                        name=f"memorised_examples_{stem}",
                                        caption=f"When flipped labels are memorised, {where}: by each epoch, the "
                                                "share of the flipped training examples predicted as their noisy "
                                                "label from then on, a panel per loss, a curve per noise rate η "
                                                "(mean over seeds).")
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
                                        name=f"memorisation_difficulty_{stem}", xticks=range(1, bins + 1),
                                        caption=f"Memorisation and difficulty, {where}: the flipped training "
                                                f"examples in {bins} equal bins of difficulty (their clean label's "
                                                "loss at epoch 1; 1: easiest) and, in each, the share memorised by "
                                                "the last epoch, a panel per loss, a curve per noise rate η (mean "
                                                "over seeds).")
    return paths


FIRST_MEMORISED = 8  # images per loss in the figure of the flipped examples
NO_LOSS_ROW = "memorised by no loss"


def _thumbnail(ax, image: np.ndarray, title: str, colour: str = "black"):
    """One training example [C, H, W] in its stored values, scaled to its own range: grey or RGB."""
    image = image.astype(float)
    low, high = image.min(), image.max()
    image = (image - low) / (high - low) if high > low else np.zeros_like(image)
    if image.shape[0] == 3:
        ax.imshow(np.moveaxis(image, 0, -1))
    else:
        ax.imshow(image[0], cmap="gray_r", vmin=0, vmax=1)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_title(title, fontsize=7, color=colour)


def flipped_example_rows(memorised: dict, per_row: int = FIRST_MEMORISED) -> list[tuple[str, list]]:
    """The rows of the figure of flipped examples, from each loss's memorisation epochs of one noise
    draw's flipped examples ({loss: [flipped examples]}, NaN: not memorised): per loss, (label,
    [(position among the flipped, "epoch E")]) of the first `per_row` it memorised, earliest first
    (ties in example order), then the row of those no loss memorised."""
    rows, total = [], len(next(iter(memorised.values())))
    for loss, epochs in memorised.items():
        done = np.flatnonzero(np.isfinite(epochs))
        order = done[np.lexsort((done, epochs[done]))][:per_row]
        rows.append((f"{loss}: memorised first ({len(done)} of {total} flipped memorised)",
                     [(int(k), f"epoch {epochs[k]:g}") for k in order]))
    never = np.flatnonzero(np.all([~np.isfinite(e) for e in memorised.values()], axis=0))
    rows.append((f"{NO_LOSS_ROW} ({len(never)} of {total} flipped)", [(int(k), "never") for k in never[:per_row]]))
    return rows


def flipped_examples_figures(examples: pd.DataFrame, arrays: dict, images: dict, out_dir: Path,
                             per_row: int = FIRST_MEMORISED) -> list[Path]:
    """The flipped training examples themselves, per setting and eta, on the first seed's noise draw
    (every loss at a seed trains on the same noisy labels): a row per loss of the examples it
    memorised first (earliest memorisation epoch), and a row of those no loss memorised. Each image
    is titled with its given (noisy) label, its clean label and the epoch. `images` maps a trial to
    its training images [N, C, H, W] (analysis.examples.training_images); trials without are left out."""
    paths = []
    noisy = examples[(examples.eta > 0) & examples.trial.isin(list(images))]
    for (where, stem), sub in _by_setting(noisy):
        for eta, by_eta in sub.groupby("eta"):
            runs = by_eta[by_eta.seed == by_eta.seed.min()].sort_values("loss_label")
            first = arrays[runs.trial.iloc[0]]
            # The same draw: the same flipped examples with the same given labels.
            runs = runs[[np.array_equal(arrays[t]["flipped_index"], first["flipped_index"])
                         and np.array_equal(arrays[t]["given_label"], first["given_label"]) for t in runs.trial]]
            index, given, clean = first["flipped_index"], first["given_label"], first["clean_label"]
            if not len(index):
                continue
            x = images[runs.trial.iloc[0]]
            rows = flipped_example_rows({label: arrays[t]["memorisation_epoch"]
                                         for label, t in zip(runs.loss_label, runs.trial)}, per_row)
            fig = plt.figure(figsize=(1.3 * per_row, 1.9 * len(rows)), layout="constrained")
            for panel, (label, shown) in zip(fig.subfigures(len(rows), 1, squeeze=False)[:, 0], rows):
                panel.suptitle(label, fontsize=9, x=0.01, ha="left")
                if not shown:
                    empty = ("none: every flipped example was memorised by at least one loss"
                             if label.startswith(NO_LOSS_ROW) else "none memorised")
                    panel.text(0.5, 0.45, empty, ha="center", va="center", fontsize=9, color="grey")
                    continue
                for ax, item in zip(panel.subplots(1, per_row, squeeze=False)[0], shown + [None] * per_row):
                    if item is None:
                        ax.set_axis_off()
                    else:
                        k, when = item
                        _thumbnail(ax, x[index[k]], f"given {given[k]}, clean {clean[k]}\n{when}")
            seed = runs.seed.iloc[0]
            fig.suptitle(f"Flipped training examples, η = {eta:g} (seed {seed}): {where}", fontsize=10)
            caption = (f"The flipped training examples themselves, {where}, η = {eta:g}, seed {seed} (one noise draw, "
                       "shared by every loss): for each loss, the first it memorised (predicted as the given, "
                       "flipped label from that epoch on), earliest first; in the last row, flipped examples no loss "
                       "memorised by its last epoch. Above each image: its given label, its clean label and the "
                       "epoch from which it was memorised.")
            eta_stem = f"{eta:g}".replace(".", "p")
            paths += _save(fig, out_dir, f"flipped_examples_{stem}_eta{eta_stem}", caption)
    return paths
