"""`python -m analysis.readme results/digits`: rewrite the digits results, between their marker comments,
in the README (a figure, one table, the claims' counts) and in docs/digits.md (everything), and their
two figures, from a run's own files: what the pages say is what a run gave, with the machine, thread
count and code version that produced it."""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
from pathlib import Path

import pandas as pd

from analysis.claims import FAILS, count_line, thresholds_markdown
from analysis.report import build_report
from analysis.summary import setting_name

BEGIN = "<!-- digits-results:begin (written by `python -m analysis.readme results/digits`: edit the script, not this) -->"
END = "<!-- digits-results:end -->"
FIGURES = {"j1_j2": "digits_j1_j2.png", "memorisation_difficulty": "digits_memorisation_difficulty.png"}
COMMAND = "python -m memstudy.run studies/digits.yaml && python -m analysis.readme results/digits"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine_line(study_dir: Path) -> str:
    """Where and how the study ran: host(s) from the trials' status, threads per trial from the study's
    resources (memstudy.run gives each trial `resources.cpu` torch threads), code and torch versions."""
    study = json.loads((study_dir / "study.json").read_text())
    hosts, torch_versions = set(), set()
    for status in study_dir.glob("*/status.json"):
        hosts.add(json.loads(status.read_text()).get("host"))
        config = json.loads((status.parent / "config.json").read_text())
        torch_versions.add(config.get("torch_version") or "unrecorded")
    threads = max(1, int(study["resources"]["cpu"]))
    here = platform.node()
    where = ", ".join(sorted(h for h in hosts if h))
    cores = os.cpu_count()
    machine = (f"{_cpu_model()}, {cores} cores" if here in hosts else "a machine this script did not run on")
    return (f"code version {study.get('code_version')}, on host {where} ({machine}; {platform.system()} "
            f"{platform.machine()}), {threads} torch thread(s) per trial (`resources.cpu: {study['resources']['cpu']:g}`), "
            f"torch {', '.join(sorted(torch_versions))}")


def _flip_text(runs: pd.DataFrame) -> str:
    flipped, early, n = runs.flip_epoch.notna().sum(), runs.early_lead_epoch.notna().sum(), len(runs)
    parts = []
    if flipped:
        parts.append(f"at epoch {runs.flip_epoch.mean():.0f}" + (f" (mean of {flipped})" if flipped > 1 else "")
                     + ("" if flipped == n else f" in {flipped} of {n} runs"))
    if early:
        parts.append(f"memorised from the first epoch in {early} of {n} runs")
    return "; ".join(parts) or "never"


def results_table(trials: pd.DataFrame, eta: float) -> str:
    runs = trials[(trials.status == "finished") & (trials.eta == eta)]
    lines = ["| loss | final J1 (noisy labels) | final J2 (clean labels) | flip |", "|---|---|---|---|"]
    for label, g in runs.groupby("loss_label", sort=True):
        lines.append(f"| {label} | {g.final_j1.mean():.3f} | {g.final_j2.mean():.3f} | {_flip_text(g)} |")
    return "\n".join(lines)


def _not_holding(claims) -> str:
    failing = [c for c in claims if c.verdict == FAILS]
    if not failing:
        return "none"
    return "; ".join(f"\"{c.text}\" ({c.evidence})" for c in failing)


def _setup(study_dir: Path, finished: pd.DataFrame) -> str:
    config = json.loads(next(study_dir.glob("*/config.json")).read_text())["trial"]
    seeds = finished.groupby(["loss_label", "eta"]).size()
    seed_count = f"{seeds.min()}" if seeds.min() == seeds.max() else f"{seeds.min()}-{seeds.max()}"
    params = ", ".join(f"{k} {v}" for k, v in (config.get("model_params") or {}).items()) or "defaults"
    return (f"{config['model']} ({params}) on digits, {config['optimizer']} lr {config['lr']:g}, {config['epochs']} "
            f"epochs, batch {config['batch_size']}, {seed_count} seeds per loss and eta")


def front_section(study_dir: Path, eval_result: dict, online_result: dict, eta: float = 0.4,
                  figures: str = "docs/figures", page: str = "docs/digits.md") -> str:
    """The README's short digits section: the J1/J2 figure, the table at `eta`, the claims' counts."""
    trials, claims = eval_result["trials"], eval_result["claims"]
    finished = trials[trials.status == "finished"]
    rho = finished[finished.eta == eta].flip_rate.mean()
    return "\n".join([
        BEGIN,
        "",
        f"![J1 (solid) and J2 (dashed) per loss on digits]({figures}/{FIGURES['j1_j2']})",
        "",
        f"At noise rate eta = {eta:g} (means over seeds; the realised flip rate ρ is {rho:.3f}):",
        "",
        results_table(finished, eta),
        "",
        f"**The paper's claims** (its figures): {count_line(claims)}. Not holding: {_not_holding(claims)}.",
        "",
        f"Setup: {_setup(study_dir, finished)}; {machine_line(study_dir)}. Every number, each claim and how much "
        f"they move between runs and machines: [{page}]({page}).",
        "",
        END,
    ])


def section(study_dir: Path, eval_result: dict, online_result: dict, eta: float = 0.4,
            figures: str = "figures") -> str:
    """The docs page's full digits section from the two reports (eval and online protocols)."""
    trials, memorisation, examples = eval_result["trials"], eval_result["memorisation"], eval_result["examples"]
    finished = trials[trials.status == "finished"]
    rho = finished[finished.eta == eta].flip_rate.mean()
    claims, checks, online = eval_result["claims"], eval_result["checks"], online_result["claims"]
    memo = memorisation[memorisation.eta == eta].groupby("loss_label")[["test_copy_slope", "train_slope", "departure"]].mean()
    ex = examples[examples.eta == eta].groupby("loss_label")[
        ["memorised_share", "median_memorisation_epoch", "difficulty_spearman"]].mean()
    memo_rows = ["| loss | slope on the independent test copy | slope on the training labels | departure |",
                 "|---|---|---|---|"] + [f"| {label} | {r.test_copy_slope:.3f} | {r.train_slope:.3f} | {r.departure:+.3f} |"
                                         for label, r in memo.iterrows()]
    ex_rows = ["| loss | flipped examples memorised by the end | median memorisation epoch | "
               "Spearman ρ_s(difficulty, memorisation epoch) |", "|---|---|---|---|"] + [
        f"| {label} | {r.memorised_share:.3f} | {r.median_memorisation_epoch:.1f} | {r.difficulty_spearman:+.2f} |"
        for label, r in ex.iterrows()]
    return "\n".join([
        BEGIN,
        "",
        f"![J1 (solid) and J2 (dashed) per loss on digits]({figures}/{FIGURES['j1_j2']})",
        "",
        f"Produced by `{COMMAND}`: {machine_line(study_dir)}. Setup: {_setup(study_dir, finished)}. The figure is "
        "`results/digits/analysis/figures/j1_j2_digits_mlp.png`, the counterpart of the paper's Fig. 4.",
        "",
        f"At noise rate eta = {eta:g} (means over seeds; the realised flip rate ρ is {rho:.3f}):",
        "",
        results_table(finished, eta),
        "",
        f"**The paper's claims** (its figures; end-of-epoch J1/J2 in eval mode): {count_line(claims)}. "
        f"Not holding: {_not_holding(claims)}.",
        "",
        f"By the authors' online protocol (`python -m analysis results/digits --protocol online`): "
        f"{count_line(online)}. Not holding: {_not_holding(online)}.",
        "",
        f"**Consistency checks of the implementation** (Theorem 1's line on the independent noisy test copy, an "
        f"identity of a symmetric loss; not counted among the claims): {count_line(checks)}. Not holding: "
        f"{_not_holding(checks)}.",
        "",
        f"Memorisation at eta {eta:g}: each run's training-label fit against its own independent test copy "
        "(means over runs; departure < 0: memorised):",
        "",
        *memo_rows,
        "",
        f"Which flipped labels get memorised at eta {eta:g}, example by example (difficulty: the clean label's loss at "
        "epoch 1; ρ_s < 0: the harder, the sooner):",
        "",
        *ex_rows,
        "",
        "![Share of flipped examples memorised by the end, per quintile of difficulty]"
        f"({figures}/{FIGURES['memorisation_difficulty']})",
        "",
        "Every threshold the claims and checks use (`analysis/claims.py`, printed in every report):",
        "",
        thresholds_markdown().rstrip("\n"),
        "",
        END,
    ])


def rewrite(readme: Path, text: str) -> str:
    """README text with the part between the markers replaced by `text` (which carries the markers)."""
    old = readme.read_text()
    if BEGIN not in old or END not in old:
        raise ValueError(f"{readme}: no digits results markers ({BEGIN!r} ... {END!r}) to write between")
    head, rest = old.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    return head + text + tail


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.readme", description=__doc__)
    parser.add_argument("study_dir", help="the digits study's results folder, e.g. results/digits")
    parser.add_argument("--readme", default="README.md", help="the page that gets the short section")
    parser.add_argument("--page", default="docs/digits.md", help="the docs page that gets the full section")
    parser.add_argument("--figures", default="docs/figures", help="where the figures go (the page's figures/)")
    parser.add_argument("--eta", type=float, default=0.4, help="the noise rate the tables show (default 0.4)")
    args = parser.parse_args(argv)
    study_dir = Path(args.study_dir)
    try:
        eval_result = build_report(study_dir)
        settings = eval_result["trials"][["dataset", "model", "variant"]].drop_duplicates()
        if len(settings) != 1 or tuple(settings.iloc[0][["dataset", "model"]]) != ("digits", "mlp"):
            # The section's tables average per loss and name one setup: another study's settings would
            # be averaged together under one name.
            shown = "; ".join(setting_name(*row) for row in settings.itertuples(index=False))
            raise ValueError(f"{study_dir}: the README's digits section shows one setting, digits/mlp with no "
                             f"variant; this study has {len(settings)}: {shown}")
        online_result = build_report(study_dir, protocol="online")
        page, readme, figures = Path(args.page), Path(args.readme), Path(args.figures)
        front = front_section(study_dir, eval_result, online_result, args.eta,
                              figures=os.path.relpath(figures, readme.parent).replace(os.sep, "/"),
                              page=os.path.relpath(page, readme.parent).replace(os.sep, "/"))
        full = section(study_dir, eval_result, online_result, args.eta,
                       figures=os.path.relpath(figures, page.parent).replace(os.sep, "/"))
        new_readme, new_page = rewrite(readme, front), rewrite(page, full)
        drawn = {name: eval_result["out_dir"] / "figures" / f"{stem}_digits_mlp.png" for stem, name in FIGURES.items()}
        missing = [str(path) for path in drawn.values() if not path.is_file()]
        if missing:
            raise FileNotFoundError(f"the analysis drew no {', '.join(missing)} (no finished run to draw?)")
    except (FileNotFoundError, ValueError, OSError, KeyError) as err:
        print(f"analysis.readme: error: {err}", file=sys.stderr)
        return 2
    figures.mkdir(parents=True, exist_ok=True)
    for name, path in drawn.items():
        shutil.copyfile(path, figures / name)
    readme.write_text(new_readme)
    page.write_text(new_page)
    print(f"rewrote the digits results of {readme} and {page}, and {', '.join(FIGURES.values())} in {figures}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
