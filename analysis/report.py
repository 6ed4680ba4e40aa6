"""The paper's claims checked against a study's numbers, and the report (Markdown and self-contained HTML).

Each claim comes from PAPER.md's "What a reproduction must show", with an explicit threshold, and
gets a verdict per setting (dataset, model and variant: trials are compared only when they differ
in loss, eta and seeds): holds, does not hold, not enough data, or not applicable. Claims about a
run hold only when every run (seed) shows them; claims about eta use the realised flip rate of the
labels. Only finished trials count.
"""

from __future__ import annotations

import base64
import html
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import figures
from analysis.examples import examples_markdown, examples_table
from analysis.summary import (SETTING, alpha_table, mean_curves, memorisation_table, setting_name,
                              summary_markdown, summary_table, theorem_table, trial_table)
from analysis.table import load_table, study_objective, with_protocol
from memstudy.metrics import J1, J2

HOLDS, FAILS, NO_DATA, NOT_APPLICABLE = "holds", "does not hold", "not enough data", "not applicable"
MEMORISED_J1 = 0.99      # "training accuracy close to 100%" for CCE
NEAR_FULL_J1 = 0.95      # MSE: "a high value", the paper's ResNet-18/MNIST MSE stops short of 100%
SLOPE_TOLERANCE = 0.05   # Theorem 1: |fitted - predicted slope| <= this + 3 standard errors of the fit
INTERCEPT_TOLERANCE = 0.05  # the same for the intercept, as a share of the loss's scale C/K (+ 3 standard errors)
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
    """The finished trials of one setting (dataset, model, variant), with per-loss-label, per-eta
    means over seeds and the runs themselves."""

    def __init__(self, name, trials, table):
        self.name, self.trials, self.table = name, trials, table

    def labels(self, loss):
        return sorted(self.trials[self.trials.loss == loss].loss_label.unique())

    def runs(self, label):
        return self.trials[self.trials.loss_label == label]

    def by_eta(self, label, stat):
        return {eta: float(v) for eta, v in self.runs(label).groupby("eta")[stat].mean().items()}

    def rate(self, label):
        """The realised flip rate of the training labels per eta (mean over seeds)."""
        return self.by_eta(label, "flip_rate")

    def curves(self, label, metric):
        return mean_curves(self.table[self.table.loss_label == label], metric)

    def curve(self, trial, metric):
        sub = self.table[(self.table.trial == trial) & (self.table.metric == metric)]
        return sub.set_index("epoch").value.sort_index()


def _claims_for(setting: _Setting, theorem: pd.DataFrame) -> list[Claim]:
    claims = []
    add = lambda text, verdict, evidence: claims.append(Claim(setting.name, text, verdict, evidence))  # noqa: E731

    # Fig. 1-2: CCE and MSE fit the noisy labels at every eta, in every run. "Reaches" is the peak
    # over epochs: the last epoch alone moves with the optimiser's late spikes.
    for loss, threshold in (("cce", MEMORISED_J1), ("mse", NEAR_FULL_J1)):
        for label in setting.labels(loss):
            lowest = {eta: float(g.peak_j1.min()) for eta, g in setting.runs(label).groupby("eta")}
            text = f"{label.upper()} reaches J1 >= {threshold} at every eta, in every run (peak over epochs)"
            if len(lowest) < 2 or not any(e > 0 for e in lowest):
                add(text, NO_DATA, _fmt(lowest) or "no finished trials")
            else:
                add(text, _verdict(all(v >= threshold for v in lowest.values())), "lowest run's peak " + _fmt(lowest))
    for label in setting.labels("cce"):
        reach = {}
        for eta, runs in setting.runs(label).groupby("eta"):
            firsts = []
            for trial in runs.trial:
                j1 = setting.curve(trial, J1)
                hit = j1[(j1.index >= 1) & (j1 >= NEAR_FULL_J1)]
                firsts.append(int(hit.index[0]) if len(hit) else None)
            reach[eta] = None if None in firsts else float(np.mean(firsts))
        text = (f"{label.upper()} memorises more slowly at higher eta (the first epoch with J1 >= {NEAR_FULL_J1}, "
                "mean over runs, grows with eta)")
        if len(reach) < 2 or any(v is None for v in reach.values()):
            add(text, NO_DATA, _fmt({e: ("a run never" if v is None else v) for e, v in reach.items()}, 1) or "no curves")
        else:
            ordered = [reach[e] for e in sorted(reach)]
            add(text, _verdict(all(a <= b for a, b in zip(ordered, ordered[1:]))), _fmt(reach, 1))

    # Fig. 3: RLL stays well below the clean run; the gap is about the share of flipped labels
    # (the realised flip rate rho: eta for the paper's noise, eta (K-1)/K for uniform noise).
    for label in setting.labels("rll"):
        final, rate = setting.by_eta(label, "final_j1"), setting.rate(label)
        noisy = {e: v for e, v in final.items() if e > 0}
        text = f"{label.upper()} training accuracy at eta > 0 stays well below the clean run (J1 <= J1(η=0) - ρ/2)"
        if 0.0 not in final or not noisy:
            add(text, NO_DATA, "needs the clean run (eta 0) and a noisy one")
        else:
            add(text, _verdict(all(v <= final[0.0] - rate[e] / 2 for e, v in noisy.items())),
                f"clean {final[0.0]:.3f}; " + _fmt(noisy))
        near = {e: final[0.0] - v for e, v in noisy.items() if e in (0.2, 0.4)} if 0.0 in final else {}
        text = (f"{label.upper()} gap to the clean run is about the flipped share ρ at eta 0.2 and 0.4 "
                f"(within {GAP_TOLERANCE})")
        if not near:
            add(text, NO_DATA, "needs eta 0 and eta 0.2 or 0.4")
        else:
            add(text, _verdict(all(abs(g - rate[e]) <= GAP_TOLERANCE for e, g in near.items())),
                "gap " + _fmt(near) + "; ρ " + _fmt({e: rate[e] for e in near}))

    # Fig. 4: CCE/MSE end with J2 well below J1 in every run; RLL keeps J2 above J1 in every epoch
    # of every run, and its J2 close to the clean run's training accuracy.
    for loss in ("cce", "mse"):
        for label in setting.labels(loss):
            runs = setting.runs(label)
            runs = runs[runs.eta > 0]
            margin = {eta: float((g.final_j1 - g.final_j2 - g.flip_rate / 2).min()) for eta, g in runs.groupby("eta")}
            text = f"{label.upper()} ends with J2 well below J1 at every eta > 0, in every run (J1 - J2 >= ρ/2)"
            add(text, _verdict(all(m >= 0 for m in margin.values())) if margin else NO_DATA,
                ("lowest run's J1 - J2 - ρ/2 " + _fmt(margin)) if margin else "no noisy runs")
    for label in setting.labels("rll"):
        runs = setting.runs(label)
        margin = {}
        for eta, g in runs[runs.eta > 0].groupby("eta"):
            gaps = [float((setting.curve(t, J2) - setting.curve(t, J1)).loc[1:].min()) for t in g.trial]
            margin[eta] = min(gaps)
        text = f"{label.upper()} keeps J2 >= J1 in every epoch after initialisation at every eta > 0, in every run"
        add(text, _verdict(all(m >= 0 for m in margin.values())) if margin else NO_DATA,
            ("lowest J2 - J1 over runs " + _fmt(margin)) if margin else "no noisy runs")
        j1, j2 = setting.by_eta(label, "final_j1"), setting.by_eta(label, "final_j2")
        near = {e: j2[e] for e in j2 if e in (0.2, 0.4)}
        text = f"{label.upper()} final J2 at eta 0.2 and 0.4 is close to the clean run's training accuracy (within {GAP_TOLERANCE})"
        if 0.0 not in j1 or not near:
            add(text, NO_DATA, "needs eta 0 and eta 0.2 or 0.4")
        else:
            add(text, _verdict(all(abs(j1[0.0] - v) <= GAP_TOLERANCE for v in near.values())),
                f"clean J1 {j1[0.0]:.3f}; J2 " + _fmt(near))

    # The flip, per run: CCE flips at every eta > 0, RLL never.
    for loss, expect_flip in (("cce", True), ("rll", False)):
        for label in setting.labels(loss):
            _flip_claim(add, setting, label, expect_flip)

    # Fig. 5: normalised MSE no longer fits the noisy labels (training accuracy saturates below
    # 100%) and behaves like RLL (it does not flip).
    for label in setting.labels("nmse"):
        runs = setting.runs(label)
        highest = {eta: float(g.peak_j1.max()) for eta, g in runs[runs.eta > 0].groupby("eta")}
        text = f"{label.upper()} training accuracy saturates below 100% at every eta > 0, in every run (peak J1 < {MEMORISED_J1})"
        add(text, _verdict(all(v < MEMORISED_J1 for v in highest.values())) if highest else NO_DATA,
            ("highest run's peak J1 " + _fmt(highest)) if highest else "no noisy runs")
        _flip_claim(add, setting, label, False, like="like RLL, ")

    # Theorem 1, on noise independent of the network (a noisy copy of the test labels): a symmetric
    # loss's noisy risk is the predicted affine function of its clean risk, in every run.
    th = theorem[theorem.setting == setting.name] if not theorem.empty else theorem
    for label in sorted(th.loss_label.unique()) if not th.empty else []:
        sub = th[th.loss_label == label]
        applicable = sub[sub.applies == "yes"]
        if applicable.empty:
            add(f"{label.upper()}: Theorem 1", NOT_APPLICABLE, sorted(sub.applies.unique())[0].removeprefix("no: "))
            continue
        # A run agrees when its fitted slope and intercept are within the tolerance of the prediction
        # plus three standard errors of the fit (few epochs pin a line down poorly).
        slope_ok = (applicable.fitted_slope - applicable.predicted_slope).abs() <= SLOPE_TOLERANCE + 3 * applicable.slope_se
        intercept_ok = ((applicable.fitted_intercept - applicable.predicted_intercept).abs()
                        <= INTERCEPT_TOLERANCE * applicable.loss_scale + 3 * applicable.intercept_se)
        slope_off = {eta: float((g.fitted_slope - g.predicted_slope).abs().max()) for eta, g in applicable.groupby("eta")}
        intercept_off = {eta: float(((g.fitted_intercept - g.predicted_intercept).abs() / g.loss_scale).max())
                         for eta, g in applicable.groupby("eta")}
        text = (f"{label.upper()} (symmetric) follows Theorem 1's line on independent noise in every run: slope "
                f"1 - ρK/(K-1) within {SLOPE_TOLERANCE} and intercept Cρ/(K-1) within {INTERCEPT_TOLERANCE} C/K, "
                "each plus 3 standard errors of the fit")
        add(text, _verdict(bool((slope_ok & intercept_ok).all())),
            "largest |slope - predicted| " + _fmt(slope_off) + "; |intercept - predicted| / (C/K) " + _fmt(intercept_off))
    return claims


def _flip_claim(add, setting, label, expect_flip, like=""):
    sub = setting.trials[(setting.trials.loss_label == label) & (setting.trials.eta > 0)]
    flipped = {eta: f"{int(g.flip_epoch.notna().sum())}/{len(g)}" for eta, g in sub.groupby("eta")}
    what = "shows the flip (J1 overtakes J2 after J2 led)" if expect_flip else f"{like}never flips"
    text = f"{label.upper()} {what} at every eta > 0, in every run"
    if sub.empty:
        add(text, NO_DATA, "no noisy runs")
    else:
        ok = sub.flip_epoch.notna().all() if expect_flip else sub.flip_epoch.isna().all()
        add(text, _verdict(ok), "flipped runs " + _fmt(flipped))


def check_claims(table: pd.DataFrame, trials: pd.DataFrame, theorem: pd.DataFrame) -> list[Claim]:
    finished = trials[trials.status == "finished"]
    done = set(finished.trial)
    claims = []
    if not theorem.empty:
        theorem = theorem[theorem.trial.isin(done)]
        theorem = theorem.assign(setting=[setting_name(*k) for k in theorem[SETTING].itertuples(index=False)])
    for key, sub in finished.groupby(SETTING, dropna=False):
        setting = _Setting(setting_name(*key), sub, table[table.trial.isin(set(sub.trial))])
        claims += _claims_for(setting, theorem)
    return claims


# ---------------------------------------------------------------- writing it all out

PROTOCOL_TEXT = {"eval": "end-of-epoch evaluation in eval mode (train/j1, train/j2)",
                 "online": "the training steps' own predictions during each epoch, in train mode (online/j1, "
                           "online/j2: the paper's authors' protocol)"}


def build_report(study_dir: str | Path, out_dir: str | Path | None = None, patience: int = 5,
                 protocol: str = "eval") -> dict:
    """Analyse `study_dir` into `out_dir` (default study_dir/analysis, or analysis_online for the
    online protocol), with J1 and J2 as `protocol` measured them; returns what was written."""
    study_dir = Path(study_dir)
    out_dir = Path(out_dir) if out_dir else study_dir / ("analysis" if protocol == "eval" else f"analysis_{protocol}")
    table = with_protocol(load_table(study_dir), protocol)
    if table.empty:
        raise ValueError(f"{study_dir}: no trial has written any epoch yet")
    fig_dir = out_dir / "figures"
    fig_dir.mkdir(parents=True, exist_ok=True)
    trials = trial_table(table, patience)
    summary = summary_table(trials)
    theorem = theorem_table(table)
    memorisation = memorisation_table(table)
    claims = check_claims(table, trials, theorem)
    alphas = alpha_table(trials, study_objective(study_dir) or J2)
    examples, example_arrays = examples_table(study_dir, trials)

    table.to_csv(out_dir / "table.csv", index=False)
    trials.to_csv(out_dir / "trials.csv", index=False)
    summary.to_csv(out_dir / "summary.csv", index=False)
    theorem.to_csv(out_dir / "theorem1.csv", index=False)
    memorisation.to_csv(out_dir / "memorisation.csv", index=False)
    examples.to_csv(out_dir / "examples.csv", index=False)
    alphas.to_csv(out_dir / "alpha.csv", index=False)
    summary_md = summary_markdown(summary)
    (out_dir / "summary.md").write_text(summary_md)

    figure_paths = (figures.training_accuracy_figures(table, fig_dir) + figures.j1_j2_figures(table, fig_dir)
                    + figures.nmse_figures(table, fig_dir) + figures.alpha_figures(trials, fig_dir)
                    + figures.theorem_figures(table, theorem, fig_dir)
                    + figures.robustness_figures(trials, alphas, fig_dir)
                    + figures.memorised_examples_figures(examples, example_arrays, fig_dir)
                    + figures.difficulty_figures(examples, example_arrays, fig_dir))
    pngs = [p for p in figure_paths if p.suffix == ".png"]

    status_counts = trials.status.value_counts().to_dict()
    status_line = ", ".join(f"{n} {s}" for s, n in sorted(status_counts.items()))
    md = [f"# memstudy report: {study_dir.name}", "",
          f"Trials: {status_line}. Flip patience: {patience} epochs. Claims use finished trials only.", "",
          f"J1 and J2 measured by the {PROTOCOL_TEXT[protocol]}.", "",
          "## The paper's claims", ""]
    md += [f"- {c.line()}" for c in claims] or ["- no finished trials yet"]
    md += ["", "## Summary (mean ± sample std over seeds)", "", summary_md]
    md += ["## Theorem 1 on independent noise", "", theorem_markdown(theorem)]
    md += ["## Memorisation: departure from Theorem 1's slope on the training labels", "",
           memorisation_markdown(memorisation)]
    md += ["## Which examples are memorised, and when", "", examples_markdown(examples)]
    alpha_md = alpha_markdown(alphas)
    if alpha_md:
        md += ["## RLL's alpha: where is it robust?", "", alpha_md]
    md += ["## Figures", ""]
    md += [f"![{p.stem}](figures/{p.name})" for p in pngs]
    (out_dir / "report.md").write_text("\n".join(md) + "\n")
    (out_dir / "report.html").write_text(_html(study_dir.name, f"{status_line}. J1 and J2 measured by the "
                                               f"{PROTOCOL_TEXT[protocol]}", patience, claims, summary, theorem,
                                               alphas, pngs))
    return {"out_dir": out_dir, "claims": claims, "figures": figure_paths, "summary": summary, "trials": trials,
            "alpha": alphas, "theorem": theorem, "memorisation": memorisation, "examples": examples,
            "protocol": protocol}


def theorem_markdown(theorem: pd.DataFrame) -> str:
    """Per setting, loss and eta (means over runs): Theorem 1's predicted and fitted line on an
    independent noisy copy of the test labels."""
    if theorem.empty:
        return "No trial with eta > 0 logged the noisy test risk.\n"
    lines = ["Noisy risk (loss against an independent noisy copy of the test labels, same kind and eta) against the "
             "clean test risk, one point per epoch; the prediction uses the copy's realised flip rate ρ and the "
             "loss's constant C = Σ_j L(g, j). Means over runs.", "",
             "| setting | loss | eta | ρ | applies | slope predicted | slope fitted | intercept predicted | "
             "intercept fitted | largest residual / (C/K) |", "|---|---|---|---|---|---|---|---|---|---|"]
    for key, g in theorem.groupby(SETTING + ["loss_label", "eta"], dropna=False):
        r = g.mean(numeric_only=True)
        num = lambda v: "-" if pd.isna(v) else f"{v:.3f}"  # noqa: E731
        lines.append(f"| {setting_name(*key[:3])} | {key[3]} | {key[4]:g} | {num(r.flip_rate)} | {g.applies.iloc[0]} | "
                     f"{num(r.predicted_slope)} | {num(r.fitted_slope)} | {num(r.predicted_intercept)} | "
                     f"{num(r.fitted_intercept)} | {num(r.max_residual / r.loss_scale)} |")
    return "\n".join(lines) + "\n"


def memorisation_markdown(memorisation: pd.DataFrame) -> str:
    if memorisation.empty:
        return "No trial with eta > 0.\n"
    lines = ["The same fit on the training labels the network was trained on: Theorem 1 does not hold there, and "
             "the fitted slope's departure from the one predicted for independent noise measures memorisation. "
             "Means over runs.", "", "| setting | loss | eta | slope for independent noise | fitted slope | departure |",
             "|---|---|---|---|---|---|"]
    for key, g in memorisation.groupby(SETTING + ["loss_label", "eta"], dropna=False):
        r = g.mean(numeric_only=True)
        lines.append(f"| {setting_name(*key[:3])} | {key[3]} | {key[4]:g} | {r.slope_for_independent_noise:.3f} | "
                     f"{r.fitted_slope:.3f} | {r.departure:+.3f} |")
    return "\n".join(lines) + "\n"


def alpha_markdown(alphas: pd.DataFrame) -> str:
    if alphas.empty:
        return ""
    lines = ["| setting | eta | best alpha | objective at best | alpha within 1 point of best | alphas in it / tried |",
             "|---|---|---|---|---|---|"]
    for _, r in alphas.iterrows():
        lines.append(f"| {setting_name(r.dataset, r.model, r.variant)} | {r.eta:g} | {r.best_alpha:.3g} | "
                     f"{r.objective} = {r.best_value:.3f} "
                     f"| {r.robust_low:.3g} to {r.robust_high:.3g} | {r.in_region} / {r.alphas} |")
    return "\n".join(lines) + "\n"


def _html(name, status_line, patience, claims, summary, theorem, alphas, pngs) -> str:
    colours = {HOLDS: "#1a7f37", FAILS: "#cf222e", NO_DATA: "#9a6700", NOT_APPLICABLE: "#57606a"}
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
