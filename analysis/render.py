"""The report's tables as Markdown, under readable column names defined once (COLUMNS), and the
HTML report rendered from the same Markdown by Python-Markdown: tables scroll inside the page,
each figure is embedded with its caption."""

from __future__ import annotations

import base64
import html
import xml.etree.ElementTree as ET
from pathlib import Path

import markdown
import pandas as pd
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from analysis.claims import FAILS, HOLDS, NO_DATA, NOT_APPLICABLE
from analysis.examples import SUMMARY_COLUMNS as EXAMPLE_COLUMNS
from analysis.summary import SETTING, setting_name

# A table's column (the name in the CSV files) -> its header in every table of the report.
COLUMNS = {
    "setting": "setting",
    "dataset": "dataset",
    "model": "model",
    "variant": "variant",
    "loss_label": "loss",
    "eta": "eta",
    "runs": "finished / runs",
    "flip_rate": "ρ (realised flip rate)",
    "copy_flip_rate": "ρ of the test copy",
    "final_j1": "final J1 (noisy labels)",
    "final_j2": "final J2 (clean labels)",
    "final_test": "final test accuracy",
    "peak_j2": "peak J2",
    "flip_epoch": "flip epoch (flipped / finished)",
    "applies": "Theorem 1 applies",
    "predicted_slope": "slope predicted",
    "fitted_slope": "slope fitted",
    "predicted_intercept": "intercept predicted",
    "fitted_intercept": "intercept fitted",
    "r2": "R²",
    "max_residual": "largest residual / (C/K)",
    "test_copy_slope": "slope on the independent test copy",
    "train_slope": "slope on the training labels",
    "departure": "departure (training − test copy)",
    "memorised_share": "flipped memorised",
    "median_memorisation_epoch": "median memorisation epoch",
    "learned_share": "clean learned",
    "median_learning_epoch": "median learning epoch",
    "forgetting_online_mean": "forgetting events per clean example, online",
    "forgetting_eval_mean": "forgetting events per clean example, eval",
    "forgotten_online_share": "clean forgotten at least once, online",
    "forgotten_eval_share": "clean forgotten at least once, eval",
    "difficulty_spearman": "ρ_s(difficulty, memorisation epoch)",
    "best_alpha": "best alpha",
    "best_value": "objective at best",
    "robust_region": "alpha within 1 point of best",
    "in_region": "alphas in it / tried",
}

NO_VALUE = "-"  # nothing to show (not applicable, or not measured)
NO_SD = "–"     # a standard deviation of one seed
NO_SD_NOTE = f"{NO_SD}: a standard deviation needs two or more seeds; rows showing it have one."


def markdown_table(columns: list[str], rows: list[list[str]]) -> str:
    """A Markdown table whose header is each column's readable name (COLUMNS)."""
    lines = ["| " + " | ".join(COLUMNS[c] for c in columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cells) + " |" for cells in rows]
    return "\n".join(lines) + "\n"


def num(value, fmt: str = "{:.3f}") -> str:
    return NO_VALUE if pd.isna(value) else fmt.format(value)


def mean_sd(mean, sd, digits: int = 3) -> str:
    """"mean ± sd"; a mean without a standard deviation (one seed) shows NO_SD in its place."""
    if pd.isna(mean):
        return NO_VALUE
    return f"{mean:.{digits}f} ± " + (NO_SD if pd.isna(sd) else f"{sd:.{digits}f}")


# ---------------------------------------------------------------- the report's tables

def summary_markdown(summary: pd.DataFrame) -> str:
    """Per setting, loss and eta: final J1, J2 and test accuracy, peak J2 and the flip epoch, mean ±
    sample standard deviation over seeds."""
    rows = []
    for _, r in summary.iterrows():
        flip = (NO_VALUE if r.finished == 0  # no finished run: no data, not "never flipped"
                else "none" if r.flipped == 0
                else f"{mean_sd(r.flip_epoch_mean, r.flip_epoch_std, 1)} ({r.flipped}/{r.finished})")
        if r.get("early_lead", 0):
            flip += f"; J1 ahead from the first epochs in {r.early_lead}/{r.finished}"
        rows.append([str(r.dataset), str(r.model), r.variant or NO_VALUE, str(r.loss_label), f"{r.eta:g}",
                     f"{r.finished}/{r.seeds}", mean_sd(r.final_j1_mean, r.final_j1_std),
                     mean_sd(r.final_j2_mean, r.final_j2_std), mean_sd(r.final_test_mean, r.final_test_std),
                     mean_sd(r.peak_j2_mean, r.peak_j2_std), flip])
    text = markdown_table(["dataset", "model", "variant", "loss_label", "eta", "runs", "final_j1", "final_j2",
                           "final_test", "peak_j2", "flip_epoch"], rows)
    if (summary.finished < 2).any():
        text += "\n" + NO_SD_NOTE + "\n"
    return text


def theorem_markdown(theorem: pd.DataFrame) -> str:
    """Per setting, loss and eta (means over runs): Theorem 1's predicted and fitted line on an
    independent noisy copy of the test labels, from epoch 1 on."""
    if theorem.empty:
        return "No trial with eta > 0 logged the noisy test risk.\n"
    rows = []
    for key, g in theorem.groupby(SETTING + ["loss_label", "eta"], dropna=False):
        r = g.mean(numeric_only=True)
        rows.append([setting_name(*key[:3]), key[3], f"{key[4]:g}", num(r.flip_rate), g.applies.iloc[0],
                     num(r.predicted_slope), num(r.fitted_slope), num(r.predicted_intercept),
                     num(r.fitted_intercept), num(r.r2), num((g.max_residual / g.loss_scale).max())])
    return ("Noisy risk (loss against an independent noisy copy of the test labels, same kind and eta) against the "
            "clean test risk, one point per epoch from epoch 1 on (the untrained network of epoch 0 sits on the line "
            "by construction and is left out); the prediction uses the copy's realised flip rate ρ and the "
            "loss's constant C = Σ_j L(g, j). Means over runs; the largest residual is the worst run's.\n\n"
            + markdown_table(["setting", "loss_label", "eta", "copy_flip_rate", "applies", "predicted_slope",
                              "fitted_slope", "predicted_intercept", "fitted_intercept", "r2", "max_residual"], rows))


def memorisation_markdown(memorisation: pd.DataFrame) -> str:
    if memorisation.empty:
        return "No trial with eta > 0.\n"
    rows = []
    for key, g in memorisation.groupby(SETTING + ["loss_label", "eta"], dropna=False):
        r = g.mean(numeric_only=True)
        rows.append([setting_name(*key[:3]), key[3], f"{key[4]:g}", num(r.test_copy_slope), num(r.train_slope),
                     num(r.departure, "{:+.3f}")])
    return ("Each run's noisy risk against its clean risk, fitted twice from epoch 1 on: on the training labels it "
            "was trained on, and on its own independent noisy copy of the test labels (same noise kind and eta). "
            "Memorising the noisy training labels lowers the first slope; the second carries what the loss and "
            "the noise do to a network that never saw those labels (for CCE, or under pair noise, far from "
            "Theorem 1's line). The departure, training slope minus the same run's test-copy slope, is "
            "memorisation alone (< 0: memorised). Means over runs.\n\n"
            + markdown_table(["setting", "loss_label", "eta", "test_copy_slope", "train_slope", "departure"], rows))


def examples_markdown(table: pd.DataFrame) -> str:
    """Means over runs per setting, loss and eta of the per-example statistics (analysis.examples)."""
    noisy = table[table.eta > 0]
    if noisy.empty:
        return "No trial with eta > 0 has per-example predictions here.\n"
    formats = {"median_memorisation_epoch": "{:.1f}", "median_learning_epoch": "{:.1f}",
               "forgetting_online_mean": "{:.2f}", "forgetting_eval_mean": "{:.2f}", "difficulty_spearman": "{:+.2f}"}
    shown = ["memorised_share", "median_memorisation_epoch", "learned_share", "median_learning_epoch",
             "forgetting_online_mean", "forgetting_eval_mean", "forgotten_online_share", "forgotten_eval_share",
             "difficulty_spearman"]
    rows = []
    for key, g in noisy.groupby(SETTING + ["loss_label", "eta"], dropna=False):
        r = g[EXAMPLE_COLUMNS].mean()
        rows.append([setting_name(*key[:3]), key[3], f"{key[4]:g}"]
                    + [num(r[c], formats.get(c, "{:.3f}")) for c in shown])
    return ("Per flipped example, its memorisation epoch: the first epoch from which it is predicted as its noisy "
            "label at every later epoch; per clean example, its learning epoch (the same for its label) and its "
            "forgetting events (right at one presentation, wrong at the next, from epoch 1 on; Toneva et al. 2019): "
            "online, from the training steps' own predictions (one per presentation, Toneva's definition; '-' "
            "where a trial did not record them), and eval, from the end-of-epoch predictions. Difficulty: the "
            "clean label's loss at epoch 1; ρ_s: Spearman's rank correlation between it and the memorisation "
            "epoch over the memorised examples (< 0: the harder an example, the sooner it is memorised). Means "
            "over runs.\n\n" + markdown_table(["setting", "loss_label", "eta"] + shown, rows))


def alpha_markdown(alphas: pd.DataFrame) -> str:
    if alphas.empty:
        return ""
    rows = [[setting_name(r.dataset, r.model, r.variant), f"{r.eta:g}", f"{r.best_alpha:.3g}",
             f"{r.objective} = {r.best_value:.3f}", f"{r.robust_low:.3g} to {r.robust_high:.3g}",
             f"{r.in_region} / {r.alphas}" + (f" (tried {r.tried})" if r.tried != r.alphas else "")]
            for _, r in alphas.iterrows()]
    text = markdown_table(["setting", "eta", "best_alpha", "best_value", "robust_region", "in_region"], rows)
    if (alphas.tried > alphas.alphas).any():
        text += ("\nThe best alpha and the region are found among the alphas whose trials finished; `tried` counts "
                 "those stopped early (a search's ASHA) or unfinished too, drawn in grey in the robustness figure.\n")
    if (alphas.tried < 2).any():
        text += ("\nA row with one alpha tried has no region to find: its best alpha is the only one, and it has no "
                 "robustness figure.\n")
    return text


# ---------------------------------------------------------------- HTML from the same Markdown

VERDICT_CLASSES = {HOLDS: "holds", FAILS: "fails", NO_DATA: "no-data", NOT_APPLICABLE: "not-applicable"}
FIGURE_LABEL = "Figure "  # a caption paragraph starts with **Figure N.**
PROSE_CELL = 40  # characters: a longer table cell is text, and wraps

STYLE = """
body { font-family: system-ui, sans-serif; line-height: 1.45; max-width: 72rem; margin: 1.5rem auto;
       padding: 0 1rem; color: #1f2328; overflow-wrap: break-word; }
h1, h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .2em; }
code { background: #f6f8fa; padding: 0 .2em; overflow-wrap: anywhere; }
.table-scroll { overflow-x: auto; width: fit-content; max-width: 100%; margin: .5em 0 1em; }
table { border-collapse: collapse; font-size: 13px; }
th, td { border: 1px solid #d0d7de; padding: 3px 7px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; min-width: 4em; }
td { white-space: nowrap; }
td.prose { white-space: normal; min-width: 16em; max-width: 36em; }
figure { margin: 1.5em 0; }
figure img { max-width: 100%; height: auto; display: block; }
figcaption { font-size: 14px; color: #424a53; max-width: 60rem; }
.verdict.holds { color: #1a7f37; } .verdict.fails { color: #cf222e; }
.verdict.no-data { color: #9a6700; } .verdict.not-applicable { color: #57606a; }
"""


class _ReportTree(Treeprocessor):
    """Tables into scroll containers (long cells of text wrap, numbers do not); an image paragraph
    followed by its **Figure N.** caption paragraph into <figure> with <figcaption>, the image
    embedded from `base` (only files inside it); verdicts coloured."""

    def __init__(self, md, base: Path):
        super().__init__(md)
        self.base = base.resolve()

    def run(self, root):
        parents = {child: parent for parent in root.iter() for child in parent}
        for table in list(root.iter("table")):
            parent = parents[table]
            wrapper = ET.Element("div", {"class": "table-scroll"})
            parent.insert(list(parent).index(table), wrapper)
            parent.remove(table)
            wrapper.append(table)
        for parent in list(root.iter()):
            children = list(parent)
            for p, caption in zip(children, children[1:]):
                if self._image_paragraph(p) and self._caption(caption):
                    figure = ET.Element("figure")
                    img = p[0]
                    img.set("src", self._embedded(img.get("src")))
                    figure.append(img)
                    figcaption = ET.SubElement(figure, "figcaption")
                    figcaption.text = caption.text
                    figcaption.extend(list(caption))
                    parent.insert(list(parent).index(p), figure)
                    parent.remove(p)
                    parent.remove(caption)
        for td in root.iter("td"):  # numbers stay on one line; sentences wrap
            if len("".join(td.itertext())) > PROSE_CELL:
                td.set("class", "prose")
        for strong in root.iter("strong"):
            if strong.text in VERDICT_CLASSES:
                strong.set("class", f"verdict {VERDICT_CLASSES[strong.text]}")

    @staticmethod
    def _image_paragraph(p) -> bool:
        return (p.tag == "p" and len(p) == 1 and p[0].tag == "img" and not (p.text or "").strip()
                and not (p[0].tail or "").strip())

    @staticmethod
    def _caption(p) -> bool:
        return p.tag == "p" and len(p) >= 1 and p[0].tag == "strong" and (p[0].text or "").startswith(FIGURE_LABEL)

    def _embedded(self, src: str) -> str:
        path = (self.base / src).resolve()
        if not path.is_relative_to(self.base) or path.suffix != ".png" or not path.is_file():
            return src
        return "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode()


class _ReportExtension(Extension):
    def __init__(self, base: Path):
        super().__init__()
        self.base = base

    def extendMarkdown(self, md):  # noqa: N802 (Python-Markdown's name)
        md.treeprocessors.register(_ReportTree(md, self.base), "memstudy_report", 5)


def html_report(text: str, title: str, base: str | Path) -> str:
    """A self-contained HTML page from the report's Markdown `text`; figures are read from `base`
    (the folder report.md is in) and embedded."""
    body = markdown.markdown(text, extensions=["tables", "toc", _ReportExtension(Path(base))], output_format="html")
    return ("<!doctype html>\n<html lang='en'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>{html.escape(title)}</title><style>{STYLE}</style></head>\n<body>\n{body}\n</body></html>\n")
