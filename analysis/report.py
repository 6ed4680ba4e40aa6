"""The report of a study: the paper's claims, the consistency checks of the implementation, tables
and figures, written as Markdown (report.md) and rendered from it as self-contained HTML
(report.html, analysis.render). The claims and their thresholds live in analysis.claims."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from analysis import figures
from analysis.claims import (FAILS, HOLDS, NO_DATA, NOT_APPLICABLE, THRESHOLDS, Claim, check_claims,
                             consistency_checks, count_line, independence_note, thresholds_markdown)
from analysis.examples import examples_table, training_images
from analysis.render import (alpha_markdown, examples_markdown, html_report, memorisation_markdown,  # noqa: F401
                             summary_markdown, theorem_markdown)
from analysis.summary import SETTING, alpha_table, memorisation_table, summary_table, theorem_table, trial_table
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
    if patience < 1:
        raise ValueError(f"patience must be >= 1 epoch, got {patience}")
    default_out = out_dir is None
    out_dir = Path(out_dir) if out_dir else study_dir / ("analysis" if protocol == "eval" else f"analysis_{protocol}")
    loaded = load_table(study_dir)
    repeated = loaded.attrs.get("reruns", {})
    table = with_protocol(loaded, protocol)
    if table.empty:
        raise ValueError(f"{study_dir}: no trial has written any epoch yet")
    trials = trial_table(table, patience)
    if trials.empty:
        raise ValueError(f"{study_dir}: no trial logged J1, J2 and test accuracy"
                         + (" by the online protocol (online/j1, online/j2: trials written before memstudy recorded "
                            "them have none); analyse it by the eval protocol" if protocol == "online" else ""))
    _prepare_out(out_dir, inside_study=default_out)
    fig_dir = out_dir / "figures"
    fig_dir.mkdir(parents=True, exist_ok=True)
    # Every number and curve comes from the finished runs, as the summary's and the claims' do (the
    # claims name the others); only the alpha robustness figure shows the rest, in grey.
    done, done_trials = table[table.status == "finished"], trials[trials.status == "finished"]
    summary = summary_table(trials)
    theorem = theorem_table(done)
    memorisation = memorisation_table(done)
    claims = check_claims(table, trials)
    checks = consistency_checks(done_trials, theorem)
    alphas = alpha_table(trials, study_objective(study_dir) or J2)
    examples, example_arrays, examples_note = examples_table(study_dir, done_trials, protocol)

    table.to_csv(out_dir / "table.csv", index=False)
    trials.to_csv(out_dir / "trials.csv", index=False)
    summary.to_csv(out_dir / "summary.csv", index=False)
    theorem.to_csv(out_dir / "theorem1.csv", index=False)
    memorisation.to_csv(out_dir / "memorisation.csv", index=False)
    examples.to_csv(out_dir / "examples.csv", index=False)
    alphas.to_csv(out_dir / "alpha.csv", index=False)
    summary_md = summary_markdown(summary)
    (out_dir / "summary.md").write_text(summary_md)

    figure_paths = (figures.training_accuracy_figures(done, fig_dir) + figures.j1_j2_figures(done, fig_dir)
                    + figures.nmse_figures(done, fig_dir) + figures.alpha_figures(done_trials, fig_dir)
                    + figures.theorem_figures(done, theorem, fig_dir)
                    + figures.robustness_figures(trials, alphas, fig_dir)
                    + figures.memorised_examples_figures(examples, example_arrays, fig_dir)
                    + figures.difficulty_figures(examples, example_arrays, fig_dir))
    images, image_notes = flipped_example_images(study_dir, examples)
    figure_paths += figures.flipped_examples_figures(examples, example_arrays, images, fig_dir)
    pngs = [p for p in figure_paths if p.suffix == ".png"]

    status_counts = trials.status.value_counts().to_dict()
    status_line = ", ".join(f"{n} {s}" for s, n in sorted(status_counts.items()))
    rerun_line = (f" {len(repeated)} trial folder(s) repeat another's config (reruns): each config counts as one run "
                  f"({', '.join(f'{r} = {k}' for r, k in sorted(repeated.items()))})." if repeated else "")
    damaged = loaded.attrs.get("damaged", {})
    rerun_line += (" Left out as damaged (their files cannot be believed): "
                   + "; ".join(f"{name}: {why}" for name, why in sorted(damaged.items())) + "." if damaged else "")
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
    md += [f"No figure of the flipped examples themselves: {note}." for note in image_notes]
    alpha_md = alpha_markdown(alphas)
    if alpha_md:
        md += ["## RLL's alpha: where is it robust?", "", alpha_md]
    md += ["## Figures", ""]
    for number, png in enumerate(pngs, 1):
        md += figure_markdown(number, png, fig_dir.name)
    text = "\n".join(md) + "\n"
    (out_dir / "report.md").write_text(text)
    (out_dir / "report.html").write_text(html_report(text, f"memstudy report: {study_dir.name}", out_dir))
    return {"out_dir": out_dir, "claims": claims, "checks": checks, "figures": figure_paths, "summary": summary,
            "trials": trials, "alpha": alphas, "theorem": theorem, "memorisation": memorisation, "examples": examples,
            "protocol": protocol, "reruns": repeated, "damaged": damaged}


def _prepare_out(out_dir: Path, inside_study: bool):
    """Make `out_dir` ready to write in: a folder (ValueError for a file), with no link in it (the
    analysis makes none: one there, e.g. report.md -> a file elsewhere, would have it write outside its
    folder; each is removed). The default folder inside a study must not be a link itself."""
    if inside_study and out_dir.is_symlink():
        raise ValueError(f"{out_dir} is a link (to {os.readlink(out_dir)}), and the analysis writes only inside the "
                         "study's folder: remove the link, or give the output folder with --out")
    if out_dir.exists() and not out_dir.is_dir():
        raise ValueError(f"{out_dir}: a file, not a folder; the analysis writes its tables and figures in a folder "
                         "(--out)")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ValueError(f"{out_dir}: cannot make the output folder ({err.strerror or err}); give another with --out") \
            from None
    for root, dirs, files in os.walk(out_dir):
        for name in [*dirs, *files]:
            if (Path(root) / name).is_symlink():
                (Path(root) / name).unlink()


def figure_markdown(number: int, png: Path, folder: str = "figures") -> list[str]:
    """A figure in the report: the image, then its caption (what it shows, saved with the figure) as
    a **Figure N.** paragraph, which the HTML renders as the image's <figcaption>."""
    caption = figures.figure_caption(png)
    alt = caption.replace("[", "(").replace("]", ")")  # brackets would end Markdown's alt text
    return [f"![{alt}]({folder}/{png.name})", "", f"**Figure {number}.** {caption}", ""]


def flipped_example_images(study_dir: Path, examples: pd.DataFrame) -> tuple[dict, list[str]]:
    """The training images of the trials the figure of flipped examples shows (each setting's and
    eta's first seed), and why any could not be shown (the first reason per dataset)."""
    noisy = examples[examples.eta > 0]
    shown = noisy[noisy.seed == noisy.groupby(SETTING + ["eta"], dropna=False).seed.transform("min")]
    images, notes, cache = {}, {}, {}
    for trial, dataset in zip(shown.trial, shown.dataset):
        x, why = training_images(study_dir, trial, cache)
        if x is None:
            notes.setdefault(dataset, why)
        else:
            images[trial] = x
    return images, list(notes.values())
