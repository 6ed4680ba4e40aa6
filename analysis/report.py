"""The report of a study (Markdown and self-contained HTML): the paper's claims, the consistency
checks of the implementation, tables and figures. The claims and their thresholds live in
analysis.claims."""

from __future__ import annotations

import base64
import html
from pathlib import Path

import pandas as pd

from analysis import figures
from analysis.claims import (FAILS, HOLDS, NO_DATA, NOT_APPLICABLE, THRESHOLDS, Claim, check_claims,
                             consistency_checks, count_line, independence_note, thresholds_markdown)
from analysis.examples import examples_markdown, examples_table
from analysis.summary import (SETTING, alpha_table, memorisation_table, setting_name, summary_markdown, summary_table,
                              theorem_table, trial_table)
from analysis.table import load_table, study_objective, with_protocol
from memstudy.metrics import J2

__all__ = ["FAILS", "HOLDS", "NO_DATA", "NOT_APPLICABLE", "THRESHOLDS", "Claim", "build_report", "check_claims",
           "consistency_checks"]


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
    loaded = load_table(study_dir)
    repeated = loaded.attrs.get("reruns", {})
    table = with_protocol(loaded, protocol)
    if table.empty:
        raise ValueError(f"{study_dir}: no trial has written any epoch yet")
    fig_dir = out_dir / "figures"
    fig_dir.mkdir(parents=True, exist_ok=True)
    trials = trial_table(table, patience)
    summary = summary_table(trials)
    theorem = theorem_table(table)
    memorisation = memorisation_table(table)
    claims = check_claims(table, trials)
    checks = consistency_checks(trials, theorem)
    alphas = alpha_table(trials, study_objective(study_dir) or J2)
    examples, example_arrays, examples_note = examples_table(study_dir, trials, protocol)

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
    rerun_line = (f" {len(repeated)} trial folder(s) repeat another's config (reruns): each config counts as one run "
                  f"({', '.join(f'{r} = {k}' for r, k in sorted(repeated.items()))})." if repeated else "")
    md = [f"# memstudy report: {study_dir.name}", "",
          f"Trials: {status_line}. Flip patience: {patience} epochs. Claims use finished trials only.{rerun_line}", "",
          f"J1 and J2 measured by the {PROTOCOL_TEXT[protocol]}.", "",
          "## The paper's claims", "",
          f"Of the paper's claims (its figures), {count_line(claims)}. {independence_note(trials)}", ""]
    md += [f"- {c.line()}" for c in claims] or ["- no finished trials yet"]
    md += ["", "## Consistency checks of the implementation", "",
           "Theorem 1's affine relation between the risk on an independent noisy copy of the test labels and the "
           "clean test risk is an identity of a symmetric loss under noise drawn independently of the network: "
           "it can fail only through a bug or the test copy's sampling error. It checks the implementation, is "
           f"no claim of the paper's, and is not counted above: {count_line(checks)}.", ""]
    md += [f"- {c.line()}" for c in checks] or ["- no trial with eta > 0 logged the noisy test risk"]
    md += ["", "## Thresholds", "",
           "Every threshold the claims and checks use (`analysis/claims.py`, THRESHOLDS). The paper states none: "
           "each number is our reading of its words.", "", thresholds_markdown()]
    md += ["## Summary (mean ± sample std over seeds)", "", summary_md]
    md += ["## Theorem 1 on independent noise", "", theorem_markdown(theorem)]
    md += ["## Memorisation: the training labels' fit against the same run's independent test copy", "",
           memorisation_markdown(memorisation)]
    md += ["## Which examples are memorised, and when", "", examples_note + "\n\n" + examples_markdown(examples)]
    alpha_md = alpha_markdown(alphas)
    if alpha_md:
        md += ["## RLL's alpha: where is it robust?", "", alpha_md]
    md += ["## Figures", ""]
    md += [f"![{p.stem}](figures/{p.name})" for p in pngs]
    (out_dir / "report.md").write_text("\n".join(md) + "\n")
    (out_dir / "report.html").write_text(_html(study_dir.name, f"{status_line}. J1 and J2 measured by the "
                                               f"{PROTOCOL_TEXT[protocol]}", patience, claims, checks, summary,
                                               theorem, alphas, pngs))
    return {"out_dir": out_dir, "claims": claims, "checks": checks, "figures": figure_paths, "summary": summary,
            "trials": trials, "alpha": alphas, "theorem": theorem, "memorisation": memorisation, "examples": examples,
            "protocol": protocol, "reruns": repeated}


def theorem_markdown(theorem: pd.DataFrame) -> str:
    """Per setting, loss and eta (means over runs): Theorem 1's predicted and fitted line on an
    independent noisy copy of the test labels, from epoch 1 on."""
    if theorem.empty:
        return "No trial with eta > 0 logged the noisy test risk.\n"
    lines = ["Noisy risk (loss against an independent noisy copy of the test labels, same kind and eta) against the "
             "clean test risk, one point per epoch from epoch 1 on (the untrained network of epoch 0 sits on the line "
             "by construction and is left out); the prediction uses the copy's realised flip rate ρ and the "
             "loss's constant C = Σ_j L(g, j). Means over runs; the largest residual is the worst run's.", "",
             "| setting | loss | eta | ρ | applies | slope predicted | slope fitted | intercept predicted | "
             "intercept fitted | R² | largest residual / (C/K) |", "|---|---|---|---|---|---|---|---|---|---|---|"]
    for key, g in theorem.groupby(SETTING + ["loss_label", "eta"], dropna=False):
        r = g.mean(numeric_only=True)
        num = lambda v: "-" if pd.isna(v) else f"{v:.3f}"  # noqa: E731
        lines.append(f"| {setting_name(*key[:3])} | {key[3]} | {key[4]:g} | {num(r.flip_rate)} | {g.applies.iloc[0]} | "
                     f"{num(r.predicted_slope)} | {num(r.fitted_slope)} | {num(r.predicted_intercept)} | "
                     f"{num(r.fitted_intercept)} | {num(r.r2)} | {num((g.max_residual / g.loss_scale).max())} |")
    return "\n".join(lines) + "\n"


def memorisation_markdown(memorisation: pd.DataFrame) -> str:
    if memorisation.empty:
        return "No trial with eta > 0.\n"
    lines = ["Each run's noisy risk against its clean risk, fitted twice from epoch 1 on: on the training labels it "
             "was trained on, and on its own independent noisy copy of the test labels (same noise kind and eta). "
             "Memorising the noisy training labels lowers the first slope; the second carries what the loss and "
             "the noise do to a network that never saw those labels (for CCE, or under pair noise, far from "
             "Theorem 1's line). The departure, training slope minus the same run's test-copy slope, is "
             "memorisation alone (< 0: memorised). Means over runs.", "",
             "| setting | loss | eta | slope on the independent test copy | slope on the training labels | "
             "departure |", "|---|---|---|---|---|---|"]
    num = lambda v, f="{:.3f}": "-" if pd.isna(v) else f.format(v)  # noqa: E731
    for key, g in memorisation.groupby(SETTING + ["loss_label", "eta"], dropna=False):
        r = g.mean(numeric_only=True)
        lines.append(f"| {setting_name(*key[:3])} | {key[3]} | {key[4]:g} | {num(r.test_copy_slope)} | "
                     f"{num(r.train_slope)} | {num(r.departure, '{:+.3f}')} |")
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


def _html(name, status_line, patience, claims, checks, summary, theorem, alphas, pngs) -> str:
    colours = {HOLDS: "#1a7f37", FAILS: "#cf222e", NO_DATA: "#9a6700", NOT_APPLICABLE: "#57606a"}

    def items(found):
        return "".join(f"<li>{html.escape(c.text)} <small>[{html.escape(c.setting)}]</small>: "
                       f"<b style='color:{colours[c.verdict]}'>{c.verdict}</b> <small>({html.escape(c.evidence)}"
                       f"{'; ' + html.escape(c.basis) if c.basis else ''})</small></li>" for c in found)

    images = "".join(f"<figure><img alt='{p.stem}' src='data:image/png;base64,"
                     f"{base64.b64encode(p.read_bytes()).decode()}'><figcaption>{p.stem}</figcaption></figure>"
                     for p in pngs)
    th = theorem.drop(columns=["setting"], errors="ignore").round(3).to_html(index=False) if not theorem.empty else ""
    thresholds = "".join(f"<tr><td>{n}</td><td>{t.value:g}</td><td>{html.escape(t.paper)}</td>"
                         f"<td>{html.escape(t.reading)}</td></tr>" for n, t in THRESHOLDS.items())
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>memstudy: {html.escape(name)}</title>"
            "<style>body{font-family:sans-serif;max-width:1200px;margin:2em auto}img{max-width:100%}"
            "table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #ccc;padding:2px 6px}</style></head>"
            f"<body><h1>memstudy report: {html.escape(name)}</h1><p>Trials: {html.escape(status_line)}. "
            f"Flip patience: {patience} epochs. Claims use finished trials only.</p>"
            f"<h2>The paper's claims</h2><p>{html.escape(count_line(claims))}</p><ul>{items(claims)}</ul>"
            f"<h2>Consistency checks of the implementation (not the paper's claims)</h2>"
            f"<p>{html.escape(count_line(checks))}</p><ul>{items(checks)}</ul>"
            "<h2>Thresholds (ours: the paper states none)</h2><table><tr><th>threshold</th><th>value</th>"
            f"<th>the paper says</th><th>our reading</th></tr>{thresholds}</table>"
            f"<h2>Summary</h2>{summary.round(4).to_html(index=False)}"
            f"<h2>Theorem 1 fits</h2>{th}"
            + (f"<h2>RLL's alpha: where is it robust?</h2>{alphas.round(4).to_html(index=False)}" if not alphas.empty else "")
            + f"<h2>Figures</h2>{images}</body></html>")
