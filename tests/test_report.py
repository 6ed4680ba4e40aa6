"""The report: report.html rendered from report.md (one source), readable column headers defined
once, a one-seed standard deviation shown as "–" with its reason, captions that say what each
figure shows, and the figure of the flipped training examples themselves; on a hand-made study of
real (tiny) trials."""

import dataclasses
import re
import shutil
from html import unescape

import numpy as np
import pytest

from analysis import build_report
from analysis.examples import training_images
from analysis.figures import FIRST_MEMORISED, figure_caption, flipped_example_rows
from analysis.render import COLUMNS, NO_SD_NOTE, html_report
from memstudy.config import TrialConfig
from memstudy.data import load_synthetic
from test_analysis_studies import write_study

SYNTHETIC = {"n_train": 96, "n_test": 32}
BASE = TrialConfig(dataset="synthetic", dataset_params=SYNTHETIC, model="mlp", model_params={"hidden": [16]},
                   epochs=6, lr=0.05)


def hand_made_study(folder):
    """CCE and RLL at two alphas, eta 0 and 0.4, one seed; CCE at eta 0.4 with a second seed (a
    standard deviation next to one-seed rows)."""
    trials = {}
    for eta in (0.0, 0.4):
        trials[f"cce_eta{eta}_s0"] = dataclasses.replace(BASE, eta=eta)
        for alpha in (0.1, 1.0):
            trials[f"rll{alpha}_eta{eta}_s0"] = dataclasses.replace(BASE, loss="rll", loss_params={"alpha": alpha},
                                                                   eta=eta)
    trials["cce_eta0.4_s1"] = dataclasses.replace(BASE, eta=0.4, seed=1)
    return write_study(folder, trials)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    result = build_report(hand_made_study(folder / "study"), folder / "out")
    out = result["out_dir"]
    return result, (out / "report.md").read_text(), (out / "report.html").read_text()


def headers(html):
    return [re.sub(r"<[^>]+>", "", h).strip() for h in re.findall(r"<th[^>]*>(.*?)</th>", html, re.S)]


def test_html_is_rendered_from_the_markdown(report):
    result, md, html = report
    assert html == html_report(md, "memstudy report: study", result["out_dir"])  # one source, nothing added
    assert [unescape(h) for h in re.findall(r"<h2[^>]*>(.*?)</h2>", html)] == re.findall(r"^## (.+)$", md, re.M)
    # The tables the old renderer left out are there, under their readable headers.
    for header in (COLUMNS["train_slope"], COLUMNS["departure"], COLUMNS["memorised_share"],
                   COLUMNS["difficulty_spearman"], COLUMNS["predicted_slope"], COLUMNS["robust_region"]):
        assert f"<th>{header}</th>" in html


def test_column_headers_are_the_readable_names_defined_once(report):
    _, md, html = report
    found = headers(html)
    readable = set(COLUMNS.values()) | {"threshold", "value", "the paper says", "our reading"}  # claims' own table
    assert found and set(found) <= readable, set(found) - readable
    for raw in ("final_j1_mean", "final_j1_std", "loss_label", "fitted_slope", "memorised_share"):
        assert raw not in html and raw not in md.split("## Figures")[0].replace("`", "")
    text = re.sub(r"<img[^>]*>", "", html)  # the embedded images' base64 may spell anything
    assert not re.search(r"\bnan\b", text, re.I), re.findall(r".{60}\bnan\b.{20}", text, re.I)


def test_a_one_seed_standard_deviation_is_a_dash_with_its_reason(report):
    result, md, html = report
    summary = md.split("## Summary")[1].split("## Theorem 1")[0]
    one_seed = [line for line in summary.splitlines() if "| rll(alpha=0.1) | 0.4 |" in line]
    two_seeds = [line for line in summary.splitlines() if "| cce | 0.4 |" in line]
    assert one_seed and " ± – |" in one_seed[0] and "1/1" in one_seed[0]
    assert two_seeds and re.search(r"\d\.\d{3} ± \d\.\d{3} \|", two_seeds[0]) and "2/2" in two_seeds[0]
    assert NO_SD_NOTE in summary and NO_SD_NOTE in html
    assert "–: a standard deviation needs two or more seeds" in NO_SD_NOTE


def test_every_table_scrolls_inside_the_page(report):
    _, _, html = report
    assert html.count("<table>") >= 6
    assert html.count("<table>") == html.count('<div class="table-scroll"><table>')
    assert ".table-scroll { overflow-x: auto" in html


def test_captions_say_what_each_figure_shows(report):
    result, md, html = report
    pngs = [p for p in result["figures"] if p.suffix == ".png"]
    captions = re.findall(r"<figcaption><strong>Figure \d+\.</strong> (.*?)</figcaption>", html, re.S)
    assert len(captions) == len(pngs) >= 7
    for png, caption in zip(pngs, captions):
        assert unescape(caption) == figure_caption(png)
        assert png.stem not in caption and len(caption) > 80  # a sentence, not a file name
    by_stem = {p.stem.split("_synthetic")[0]: figure_caption(p) for p in pngs}
    assert "J1 is the accuracy on the noisy training labels, J2 on the clean labels" in by_stem["j1_j2"]
    assert "The paper's Figs. 1-3" in by_stem["train_accuracy"]
    assert "final J2 (left) and final test accuracy (right) against alpha" in by_stem["alpha"]
    assert "given label, its clean label" in by_stem["flipped_examples"]
    assert "data:image/png;base64," in html and "src=\"figures/" not in html  # embedded: one file to share


def test_a_setting_with_one_alpha_gets_no_robustness_figure(tmp_path):
    study = write_study(tmp_path / "one_alpha", {
        f"rll_eta{eta}": dataclasses.replace(BASE, loss="rll", loss_params={"alpha": 0.1}, eta=eta, epochs=3)
        for eta in (0.0, 0.4)})
    result = build_report(study, tmp_path / "out")
    assert not [p for p in result["figures"] if p.stem.startswith(("alpha_", "alpha_robustness_"))]
    assert "A row with one alpha tried has no region to find" in (result["out_dir"] / "report.md").read_text()


def test_the_two_alpha_study_gets_its_alpha_figures(report):
    result, _, _ = report
    stems = {p.stem for p in result["figures"]}
    assert {"alpha_synthetic_mlp", "alpha_robustness_synthetic_mlp"} <= stems


def test_flipped_example_rows_pick_each_losses_first_and_those_none_memorised():
    nan = np.nan
    rows = flipped_example_rows({"cce": np.array([3.0, 1.0, nan, 1.0, 5.0, nan]),
                                 "rll": np.array([nan, nan, nan, 2.0, nan, nan])}, per_row=3)
    assert rows == [("cce: memorised first (4 of 6 flipped memorised)",
                     [(1, "epoch 1"), (3, "epoch 1"), (0, "epoch 3")]),
                    ("rll: memorised first (1 of 6 flipped memorised)", [(3, "epoch 2")]),
                    ("memorised by no loss (2 of 6 flipped)", [(2, "never"), (5, "never")])]


def test_the_figure_of_flipped_examples_is_drawn_from_the_trials_own_images(report, tmp_path):
    result, md, _ = report
    [figure] = [p for p in result["figures"] if p.name == "flipped_examples_synthetic_mlp_eta0p4.png"]
    assert figure.stat().st_size > 10_000
    study = result["out_dir"].parent / "study"
    images, why = training_images(study, "cce_eta0.4_s0")
    assert why == "" and np.array_equal(images, load_synthetic(**SYNTHETIC)[0])  # stored values, the trial's order
    # Every flipped example the figure can name is one: its given label differs from its clean label.
    with np.load(study / "cce_eta0.4_s0" / "labels.npz") as labels:
        clean, noisy = labels["clean"], labels["noisy"]
    assert (clean != noisy).sum() > FIRST_MEMORISED
    assert "No figure of the flipped examples" not in md


def test_flipped_examples_are_left_out_with_the_reason_when_the_data_are_not_the_trials(report, tmp_path):
    result, _, _ = report
    study = result["out_dir"].parent / "study"
    copy = tmp_path / "study"
    shutil.copytree(study / "cce_eta0.4_s0", copy / "cce_eta0.4_s0")
    labels = dict(np.load(copy / "cce_eta0.4_s0" / "labels.npz"))
    labels["clean"] = np.roll(labels["clean"], 1)
    np.savez(copy / "cce_eta0.4_s0" / "labels.npz", **labels)
    images, why = training_images(copy, "cce_eta0.4_s0")
    assert images is None and "its recorded clean labels differ" in why


def test_a_study_of_flat_features_says_why_it_has_no_figure_of_flipped_examples(tmp_path):
    flat = dataclasses.replace(BASE, dataset_params={**SYNTHETIC, "shape": [64]}, eta=0.4, epochs=2)
    result = build_report(write_study(tmp_path / "flat", {"cce": flat}), tmp_path / "out")
    assert not [p for p in result["figures"] if p.stem.startswith("flipped_examples")]
    assert ("No figure of the flipped examples themselves: synthetic's examples are flat features of shape (64,), "
            "not images.") in (result["out_dir"] / "report.md").read_text()
