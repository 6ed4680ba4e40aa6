"""The paper's claims checked against a study's numbers, and the report (Markdown and self-contained HTML).

Each claim comes from PAPER.md's "What a reproduction must show", with an explicit threshold, and
gets a verdict per (dataset, model): holds, does not hold, or not enough data. Only finished
trials count.
"""

from __future__ import annotations

import base64
import html
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import figures
from analysis.summary import (alpha_table, mean_curves, summary_markdown, summary_table, theorem_table,
                              trial_table)
from analysis.table import load_table, study_objective
from memstudy.metrics import J1, J2

HOLDS, FAILS, NO_DATA = "holds", "does not hold", "not enough data"
MEMORISED_J1 = 0.99      # "training accuracy close to 100%" for CCE
NEAR_FULL_J1 = 0.95      # MSE: "a high value", the paper's ResNet-18/MNIST MSE stops short of 100%
SLOPE_TOLERANCE = 0.1    # Theorem 1: |fitted - predicted slope| for "follows the line"
GAP_TOLERANCE = 0.1      # "about eta", "close to the clean run"


@dataclass(frozen=True)
class Claim:
    setting: str
    text: str
    verdict: str
    evidence: str

    def line(self) -> str:
        return f"{self.text} [{self.setting}]: **{self.verdict}** ({self.evidence})"


def _fmt(values: dict, digits=3) -> str:
    return ", ".join(f"η {eta:g}: {v:.{digits}f}" if isinstance(v, float) else f"η {eta:g}: {v}"
                     for eta, v in sorted(values.items()))


def _verdict(ok) -> str:
    return HOLDS if ok else FAILS


class _Setting:
    """The finished trials of one (dataset, model), with per-loss-label, per-eta means over seeds."""

    def __init__(self, name, trials, table):
        self.name, self.trials, self.table = name, trials, table

    def labels(self, loss):
        return sorted(self.trials[self.trials.loss == loss].loss_label.unique())

    def by_eta(self, label, stat):
        sub = self.trials[self.trials.loss_label == label]
        return {eta: float(v) for eta, v in sub.groupby("eta")[stat].mean().items()}

    def curves(self, label, metric):
        return mean_curves(self.table[self.table.loss_label == label], metric)


def _claims_for(setting: _Setting, theorem: pd.DataFrame) -> list[Claim]:
    claims = []
    add = lambda text, verdict, evidence: claims.append(Claim(setting.name, text, verdict, evidence))  # noqa: E731

    # Fig. 1-2: CCE and MSE fit the noisy labels at every eta, more slowly at higher eta. "Reaches"
    # is the peak over epochs: the last epoch alone moves with the optimiser's late spikes.
    for loss, threshold in (("cce", MEMORISED_J1), ("mse", NEAR_FULL_J1)):
        for label in setting.labels(loss):
            peak = setting.by_eta(label, "peak_j1")
            text = f"{label.upper()} reaches J1 >= {threshold} at every eta (peak over epochs)"
            if len(peak) < 2 or not any(e > 0 for e in peak):
                add(text, NO_DATA, _fmt(peak) or "no finished trials")
            else:
                add(text, _verdict(all(v >= threshold for v in peak.values())), _fmt(peak))
    for label in setting.labels("cce"):
        curves = setting.curves(label, J1)
        reach = {eta: (int(row.index[np.argmax(row.values >= NEAR_FULL_J1)]) if (row.values >= NEAR_FULL_J1).any()
                       else None) for eta, row in curves.iterrows()}
        text = f"{label.upper()} memorises more slowly at higher eta (first epoch with J1 >= {NEAR_FULL_J1} grows with eta)"
        if len(reach) < 2 or any(v is None for v in reach.values()):
            add(text, NO_DATA, _fmt({e: ("never" if v is None else v) for e, v in reach.items()}) or "no curves")
        else:
            ordered = [reach[e] for e in sorted(reach)]
            add(text, _verdict(all(a <= b for a, b in zip(ordered, ordered[1:]))), _fmt(reach))

    # Fig. 3 and 5: symmetric losses stay well below the clean run; the gap is about eta at 0.2 and 0.4.
    for loss in ("rll", "nmse"):
        for label in setting.labels(loss):
            final = setting.by_eta(label, "final_j1")
            noisy = {e: v for e, v in final.items() if e > 0}
            text = f"{label.upper()} training accuracy at eta > 0 stays well below the clean run (J1 <= J1(η=0) - η/2)"
            if 0.0 not in final or not noisy:
                add(text, NO_DATA, "needs the clean run (eta 0) and a noisy one")
            else:
                add(text, _verdict(all(v <= final[0.0] - e / 2 for e, v in noisy.items())),
                    f"clean {final[0.0]:.3f}; " + _fmt(noisy))
            near = {e: final[0.0] - v for e, v in noisy.items() if e in (0.2, 0.4)} if 0.0 in final else {}
            text = f"{label.upper()} gap to the clean run is about eta at eta 0.2 and 0.4 (within {GAP_TOLERANCE})"
            if not near:
                add(text, NO_DATA, "needs eta 0 and eta 0.2 or 0.4")
            else:
                add(text, _verdict(all(abs(g - e) <= GAP_TOLERANCE for e, g in near.items())), "gap " + _fmt(near))

    # Fig. 4: CCE/MSE end with J2 well below J1; RLL keeps J2 above J1 in every epoch.
    for loss in ("cce", "mse"):
        for label in setting.labels(loss):
            j1, j2 = setting.by_eta(label, "final_j1"), setting.by_eta(label, "final_j2")
            gap = {e: j1[e] - j2[e] for e in j1 if e > 0}
            text = f"{label.upper()} ends with J2 well below J1 at every eta > 0 (J1 - J2 >= η/2)"
            add(text, _verdict(all(g >= e / 2 for e, g in gap.items())) if gap else NO_DATA,
                ("J1 - J2 " + _fmt(gap)) if gap else "no noisy runs")
    for loss in ("rll", "nmse"):
        for label in setting.labels(loss):
            c1, c2 = setting.curves(label, J1), setting.curves(label, J2)
            margin = {eta: float((c2.loc[eta] - c1.loc[eta]).loc[1:].min()) for eta in c1.index if eta > 0}
            text = f"{label.upper()} keeps J2 >= J1 in every epoch after initialisation at every eta > 0"
            add(text, _verdict(all(m >= 0 for m in margin.values())) if margin else NO_DATA,
                ("min J2 - J1 " + _fmt(margin)) if margin else "no noisy runs")
    for label in setting.labels("rll"):
        j1, j2 = setting.by_eta(label, "final_j1"), setting.by_eta(label, "final_j2")
        near = {e: j2[e] for e in j2 if e in (0.2, 0.4)}
        text = f"{label.upper()} final J2 at eta 0.2 and 0.4 is close to the clean run's training accuracy (within {GAP_TOLERANCE})"
        if 0.0 not in j1 or not near:
            add(text, NO_DATA, "needs eta 0 and eta 0.2 or 0.4")
        else:
            add(text, _verdict(all(abs(j1[0.0] - v) <= GAP_TOLERANCE for v in near.values())),
                f"clean J1 {j1[0.0]:.3f}; J2 " + _fmt(near))

    # The flip: CCE flips at every eta > 0, RLL never.
    for loss, expect_flip in (("cce", True), ("rll", False)):
        for label in setting.labels(loss):
            sub = setting.trials[(setting.trials.loss_label == label) & (setting.trials.eta > 0)]
            flipped = {eta: f"{int(g.flip_epoch.notna().sum())}/{len(g)}" for eta, g in sub.groupby("eta")}
            text = f"{label.upper()} {'shows the flip (J1 overtakes J2 after J2 led)' if expect_flip else 'never flips'} at every eta > 0"
            if sub.empty:
                add(text, NO_DATA, "no noisy runs")
            else:
                ok = sub.flip_epoch.notna().all() if expect_flip else sub.flip_epoch.isna().all()
                add(text, _verdict(ok), "flipped seeds " + _fmt(flipped))

    # Theorem 1: symmetric losses follow the predicted slope, CCE and MSE depart from it.
    th = theorem[theorem.setting == setting.name] if not theorem.empty else theorem
    for label in sorted(th.loss_label.unique()) if not th.empty else []:
        sub = th[th.loss_label == label]
        diff = {eta: float((g.fitted_slope - g.predicted_slope).abs().mean()) for eta, g in sub.groupby("eta")}
        symmetric = bool(sub.symmetric.iloc[0]) if sub.symmetric.notna().all() else None
        if symmetric is None:
            continue
        if symmetric:
            text = f"{label.upper()} (symmetric) follows Theorem 1's slope 1 - ηK/(K-1) (within {SLOPE_TOLERANCE})"
            ok = all(d <= SLOPE_TOLERANCE for d in diff.values())
        else:
            text = f"{label.upper()} (not symmetric) departs from Theorem 1's slope (by more than {SLOPE_TOLERANCE})"
            ok = all(d > SLOPE_TOLERANCE for d in diff.values())
        add(text, _verdict(ok), "|fitted - predicted| " + _fmt(diff))
    return claims


def check_claims(table: pd.DataFrame, trials: pd.DataFrame, theorem: pd.DataFrame) -> list[Claim]:
    finished = trials[trials.status == "finished"]
    done = set(finished.trial)
    claims = []
    if not theorem.empty:
        theorem = theorem[theorem.trial.isin(done)].assign(setting=lambda d: d.dataset + "/" + d.model)
    for (dataset, model), sub in finished.groupby(["dataset", "model"]):
        setting = _Setting(f"{dataset}/{model}", sub, table[table.trial.isin(set(sub.trial))])
        claims += _claims_for(setting, theorem)
    return claims


# ---------------------------------------------------------------- writing it all out

def build_report(study_dir: str | Path, out_dir: str | Path | None = None, patience: int = 5) -> dict:
    """Analyse `study_dir` into `out_dir` (default study_dir/analysis); returns what was written."""
    study_dir = Path(study_dir)
    out_dir = Path(out_dir) if out_dir else study_dir / "analysis"
    table = load_table(study_dir)
    if table.empty:
        raise ValueError(f"{study_dir}: no trial has written any epoch yet")
    fig_dir = out_dir / "figures"
    fig_dir.mkdir(parents=True, exist_ok=True)
    trials = trial_table(table, patience)
    summary = summary_table(trials)
    theorem = theorem_table(table)
    claims = check_claims(table, trials, theorem)
    alphas = alpha_table(trials, study_objective(study_dir) or J2)

    table.to_csv(out_dir / "table.csv", index=False)
    trials.to_csv(out_dir / "trials.csv", index=False)
    summary.to_csv(out_dir / "summary.csv", index=False)
    theorem.to_csv(out_dir / "theorem1.csv", index=False)
    alphas.to_csv(out_dir / "alpha.csv", index=False)
    summary_md = summary_markdown(summary)
    (out_dir / "summary.md").write_text(summary_md)

    figure_paths = (figures.training_accuracy_figures(table, fig_dir) + figures.j1_j2_figures(table, fig_dir)
                    + figures.nmse_figures(table, fig_dir) + figures.alpha_figures(trials, fig_dir)
                    + figures.theorem_figures(table, theorem, fig_dir)
                    + figures.robustness_figures(trials, alphas, fig_dir))
    pngs = [p for p in figure_paths if p.suffix == ".png"]

    status_counts = trials.status.value_counts().to_dict()
    status_line = ", ".join(f"{n} {s}" for s, n in sorted(status_counts.items()))
    md = [f"# memstudy report: {study_dir.name}", "",
          f"Trials: {status_line}. Flip patience: {patience} epochs. Claims use finished trials only.", "",
          "## The paper's claims", ""]
    md += [f"- {c.line()}" for c in claims] or ["- no finished trials yet"]
    md += ["", "## Summary (mean ± std over seeds)", "", summary_md]
    alpha_md = alpha_markdown(alphas)
    if alpha_md:
        md += ["## RLL's alpha: where is it robust?", "", alpha_md]
    md += ["## Figures", ""]
    md += [f"![{p.stem}](figures/{p.name})" for p in pngs]
    (out_dir / "report.md").write_text("\n".join(md) + "\n")
    (out_dir / "report.html").write_text(_html(study_dir.name, status_line, patience, claims, summary, theorem,
                                               alphas, pngs))
    return {"out_dir": out_dir, "claims": claims, "figures": figure_paths, "summary": summary, "trials": trials,
            "alpha": alphas}


def alpha_markdown(alphas: pd.DataFrame) -> str:
    if alphas.empty:
        return ""
    lines = ["| dataset | model | eta | best alpha | objective at best | alpha within 1 point of best | alphas in it / tried |",
             "|---|---|---|---|---|---|---|"]
    for _, r in alphas.iterrows():
        lines.append(f"| {r.dataset} | {r.model} | {r.eta:g} | {r.best_alpha:.3g} | {r.objective} = {r.best_value:.3f} "
                     f"| {r.robust_low:.3g} to {r.robust_high:.3g} | {r.in_region} / {r.alphas} |")
    return "\n".join(lines) + "\n"


def _html(name, status_line, patience, claims, summary, theorem, alphas, pngs) -> str:
    colours = {HOLDS: "#1a7f37", FAILS: "#cf222e", NO_DATA: "#9a6700"}
    items = "".join(f"<li>{html.escape(c.text)} <small>[{html.escape(c.setting)}]</small>: "
                    f"<b style='color:{colours[c.verdict]}'>{c.verdict}</b> <small>({html.escape(c.evidence)})</small></li>"
                    for c in claims)
    images = "".join(f"<figure><img alt='{p.stem}' src='data:image/png;base64,"
                     f"{base64.b64encode(p.read_bytes()).decode()}'><figcaption>{p.stem}</figcaption></figure>"
                     for p in pngs)
    th = theorem.drop(columns=["setting"], errors="ignore").round(3).to_html(index=False) if not theorem.empty else ""
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>memstudy: {html.escape(name)}</title>"
            "<style>body{font-family:sans-serif;max-width:1200px;margin:2em auto}img{max-width:100%}"
            "table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #ccc;padding:2px 6px}</style></head>"
            f"<body><h1>memstudy report: {html.escape(name)}</h1><p>Trials: {html.escape(status_line)}. "
            f"Flip patience: {patience} epochs. Claims use finished trials only.</p>"
            f"<h2>The paper's claims</h2><ul>{items}</ul>"
            f"<h2>Summary</h2>{summary.round(4).to_html(index=False)}"
            f"<h2>Theorem 1 fits</h2>{th}"
            + (f"<h2>RLL's alpha: where is it robust?</h2>{alphas.round(4).to_html(index=False)}" if not alphas.empty else "")
            + f"<h2>Figures</h2>{images}</body></html>")
