"""Analysis: flip detection on hand-made curves, claims on a synthetic table, the pipeline on a real smoke study."""

import numpy as np
import pandas as pd
import pytest

from analysis import build_report, flip_epoch, load_table, trial_stats
from analysis.report import FAILS, HOLDS, NO_DATA, NOT_APPLICABLE, check_claims
from analysis.summary import mean_curves, summary_markdown, summary_table, theorem_table, trial_table
from helpers import REPO
from memstudy import metrics as M

E = np.arange(20)


def test_flip_after_j2_led():
    j2 = np.full(20, 0.8)
    j1 = np.where(E < 8, 0.6, 0.9)
    assert flip_epoch(E, j1, j2) == 8


def test_never_flips():
    assert flip_epoch(E, np.full(20, 0.6), np.full(20, 0.9)) is None


def test_equal_curves_at_eta_zero_never_flip():
    curve = np.linspace(0.1, 1.0, 20)
    assert flip_epoch(E, curve, curve) is None


def test_flips_right_after_j2_led_in_training():
    j1 = np.r_[0.09, 0.3, np.full(18, 0.9)]
    j2 = np.r_[0.11, 0.4, np.full(18, 0.5)]   # J2 ahead at epoch 1 (trained), J1 from epoch 2
    assert flip_epoch(E, j1, j2) == 2


def test_j1_above_from_the_start_is_not_a_flip():
    assert flip_epoch(E, np.full(20, 0.9), np.full(20, 0.5)) is None


def test_brief_crossings_need_patience():
    j2 = np.full(20, 0.5)
    j1 = np.full(20, 0.4)
    j1[[5, 6, 7]] = 0.6             # three epochs above: not enough for patience 5
    j1[12:] = 0.6                   # from 12 on it stays above
    assert flip_epoch(E, j1, j2, patience=5) == 12
    assert flip_epoch(E, j1, j2, patience=3) == 5
    j1[12:] = 0.4
    j1[17:] = 0.6                   # crosses 3 epochs before the end: unconfirmed
    assert flip_epoch(E, j1, j2, patience=5) is None


def test_trial_stats_peak_and_drop():
    j2 = np.r_[np.linspace(0.1, 0.9, 10), np.linspace(0.85, 0.6, 10)]
    test = np.r_[np.linspace(0.2, 0.8, 15), np.linspace(0.75, 0.55, 5)]
    j1 = np.where(E < 12, j2 - 0.1, 0.95)  # J2 leads, then J1 from epoch 12 on
    stats = trial_stats(E, j1, j2, test)
    assert stats.peak_j2 == pytest.approx(0.9) and stats.peak_j2_epoch == 9 and stats.j2_drop == pytest.approx(0.3)
    assert stats.final_j1 == 0.95 and stats.final_j2 == pytest.approx(0.6) and stats.peak_j1 == pytest.approx(0.95)
    assert stats.final_test == pytest.approx(0.55) and stats.peak_test == pytest.approx(0.8)
    assert stats.flip_epoch == 12


def test_flip_patience_defaults_to_five_epochs():
    j2 = np.full(20, 0.5)
    j1 = np.r_[np.full(10, 0.4), np.full(5, 0.6), np.full(5, 0.4)]  # above for exactly 5 epochs, from 10
    assert flip_epoch(E, j1, j2) == 10 and trial_stats(E, j1, j2, j2).flip_epoch == 10
    j1[14] = 0.4  # 4 epochs
    assert flip_epoch(E, j1, j2) is None and np.isnan(trial_stats(E, j1, j2, j2).flip_epoch)


def test_equal_accuracies_are_no_lead():
    # J2 == J1 over training (a tie, not a lead), then J1 above: no flip.
    j2 = np.full(20, 0.5)
    j1 = np.r_[0.4, np.full(9, 0.5), np.full(10, 0.6)]
    assert flip_epoch(E, j1, j2) is None


def test_theorem_fit_is_least_squares_with_its_standard_errors():
    from scipy import stats

    from analysis.summary import _fit

    rng = np.random.default_rng(0)
    x = np.linspace(0.1, 2.0, 12)
    y = 0.7 * x + 0.3 + rng.normal(0, 0.05, 12)
    slope, intercept, se_slope, se_intercept, r2 = _fit(x, y)
    ref = stats.linregress(x, y)
    assert (slope, intercept) == pytest.approx((ref.slope, ref.intercept), rel=1e-9)
    assert (se_slope, se_intercept) == pytest.approx((ref.stderr, ref.intercept_stderr), rel=1e-9)
    assert r2 == pytest.approx(ref.rvalue ** 2, rel=1e-9)


def test_j2_ahead_only_at_initialisation_is_not_a_flip():
    # At epoch 0 the untrained network's J1 vs J2 is chance: J2 ahead there and J1 ahead from epoch 1
    # on is no flip (it was one before: reported at epoch 1).
    j1 = np.r_[0.09, np.full(19, 0.9)]
    j2 = np.r_[0.11, np.full(19, 0.5)]
    assert flip_epoch(E, j1, j2) is None


K = 10
RLL_C = K * np.log(1.1 / 0.1)  # Theorem 1's constant of RLL with alpha 0.1


def run_curves(loss, eta, seed, epochs):
    """A hand-made run: CCE memorises (J1 -> 1, J2 -> 1 - eta, flips); RLL resists (J1 ~ 1 - eta, J2 ~ 0.95)."""
    rise = 1 - np.exp(-epochs / 4)
    wobble = 0.01 * seed  # RLL's seeds differ a little
    if loss == "cce":
        j1 = np.clip(rise * (1 - eta) + eta * np.clip((epochs - 8) / 12, 0, 1), 0, 1)
        j2 = np.where(epochs < 10, rise * 0.97, 0.97 - (0.97 - (1 - eta)) * np.clip((epochs - 10) / 10, 0, 1))
        j2 = np.minimum(j2, j1) if eta == 0 else j2
    else:
        j1, j2 = rise * (1 - eta) * 0.99 - wobble, rise * 0.96
        if eta == 0:
            j1 = j2
    return j1, j2


def synthetic_table(losses=("cce", "rll"), etas=(0.0, 0.2, 0.4), seeds=(0, 1), noise="symmetric", variant="",
                    curves=run_curves, theorem_holds=True):
    """A hand-made study table, as analysis.load_table reads one. Theorem 1's noisy test risk lies on
    the predicted line for RLL (off it when `theorem_holds` is false); the training risk departs."""
    rows = []
    epochs = np.arange(31)
    for loss in losses:
        symmetric = loss == "rll"
        for eta in etas:
            rho = eta * (K - 1) / K if noise == "uniform" else eta
            for seed in seeds:
                j1, j2 = curves(loss, eta, seed, epochs)
                clean_test = 2 * np.exp(-epochs / 5) + 0.1
                slope, intercept = 1 - rho * K / (K - 1), RLL_C * rho / (K - 1)
                if not theorem_holds:
                    slope += 0.3
                noisy_test = intercept + slope * clean_test if symmetric else clean_test * (1 + eta) ** 2
                clean_train = 2 * np.exp(-epochs / 5) + 0.1
                noisy_train = clean_train * (1 + eta)
                trial = f"{loss}_{noise}_eta{eta}_s{seed}"
                for metric, values in ((M.J1, j1), (M.J2, j2), (M.TEST_ACC, j2), (M.TRAIN_LOSS, noisy_train),
                                       (M.CLEAN_LOSS, clean_train), (M.TEST_LOSS, clean_test),
                                       (M.TEST_NOISY_LOSS, noisy_test)):
                    for epoch, value in zip(epochs, values):
                        rows.append(dict(trial=trial, dataset="toy", model="mlp", variant=variant, loss=loss,
                                         loss_params="", loss_label=loss, symmetric=symmetric,
                                         symmetry_constant=RLL_C if symmetric else None, noise=noise, eta=eta,
                                         flip_rate=rho, test_flip_rate=rho, seed=seed, num_classes=K,
                                         status="finished", epoch=int(epoch), metric=metric, value=float(value)))
    return pd.DataFrame(rows)


def claims_of(table):
    return {c.text: c for c in check_claims(table, trial_table(table), theorem_table(table))}


def test_claims_on_a_synthetic_study():
    claims = {text: c.verdict for text, c in claims_of(synthetic_table()).items()}
    assert claims["CCE reaches J1 >= 0.99 at every eta, in every run (peak over epochs)"] == HOLDS
    assert claims["CCE shows the flip (J1 overtakes J2 after J2 led) at every eta > 0, in every run"] == HOLDS
    assert claims["RLL never flips at every eta > 0, in every run"] == HOLDS
    assert claims["RLL keeps J2 >= J1 in every epoch after initialisation at every eta > 0, in every run"] == HOLDS
    assert claims["RLL gap to the clean run is about the flipped share ρ at eta 0.2 and 0.4 (within 0.1)"] == HOLDS
    assert claims[THEOREM_RLL] == HOLDS
    assert claims["CCE: Theorem 1"] == NOT_APPLICABLE  # not a symmetric loss
    summary = summary_table(trial_table(synthetic_table()))
    assert len(summary) == 6 and (summary.seeds == 2).all()


THEOREM_RLL = ("RLL (symmetric) follows Theorem 1's line on independent noise in every run: slope 1 - ρK/(K-1) "
               "within 0.05 and intercept Cρ/(K-1) within 0.05 C/K, each plus 3 standard errors of the fit")


def test_claims_without_enough_data():
    table = synthetic_table()
    table = table[(table.loss == "rll") & (table.eta == 0.2)]
    claims = {text: c.verdict for text, c in claims_of(table).items()}
    assert claims["RLL training accuracy at eta > 0 stays well below the clean run (J1 <= J1(η=0) - ρ/2)"] == NO_DATA


def test_claims_that_fail_say_so():
    # Each claim's direction: CCE's curves labelled RLL must fail RLL's claims, and the reverse.
    table = synthetic_table()
    cce_as_rll = table[table.loss == "cce"].assign(loss="rll", loss_label="rll")
    claims = {text: c.verdict for text, c in claims_of(cce_as_rll).items()}
    assert claims["RLL never flips at every eta > 0, in every run"] == FAILS
    assert claims["RLL keeps J2 >= J1 in every epoch after initialisation at every eta > 0, in every run"] == FAILS
    assert claims["RLL training accuracy at eta > 0 stays well below the clean run (J1 <= J1(η=0) - ρ/2)"] == FAILS
    rll_as_cce = table[table.loss == "rll"].assign(loss="cce", loss_label="cce")
    claims = {text: c.verdict for text, c in claims_of(rll_as_cce).items()}
    assert claims["CCE reaches J1 >= 0.99 at every eta, in every run (peak over epochs)"] == FAILS
    assert claims["CCE shows the flip (J1 overtakes J2 after J2 led) at every eta > 0, in every run"] == FAILS
    assert claims["CCE ends with J2 well below J1 at every eta > 0, in every run (J1 - J2 >= ρ/2)"] == FAILS
    # Theorem 1's line off by 0.3 in slope fails.
    claims = {text: c.verdict for text, c in claims_of(synthetic_table(theorem_holds=False)).items()}
    assert claims[THEOREM_RLL] == FAILS


def test_memorisation_speed_and_nmse_saturation_claims_hold_and_fail():
    def verdict(claims, start):
        (found,) = [c.verdict for text, c in claims.items() if text.startswith(start)]
        return found

    slower, saturates = "CCE memorises more slowly at higher eta", "NMSE training accuracy saturates below 100%"
    table = synthetic_table(losses=("cce", "nmse"))  # CCE first reaches J1 0.95 at epochs 12, 18, 19
    claims = claims_of(table)
    assert verdict(claims, slower) == HOLDS and verdict(claims, saturates) == HOLDS
    # The noisiest run relabelled clean and the reverse: now the cleanest CCE memorises last.
    cce = table[table.loss == "cce"]
    assert verdict(claims_of(cce.assign(eta=0.4 - cce.eta)), slower) == FAILS
    # CCE's curves (J1 reaches 1) labelled NMSE do not saturate below 100%.
    assert verdict(claims_of(cce.assign(loss="nmse", loss_label="nmse")), saturates) == FAILS


def test_a_claim_about_runs_fails_when_one_run_does():
    # Averaging would hide it: seed 1 of RLL at eta 0.4 dips J1 above J2 for a few epochs.
    def curves(loss, eta, seed, epochs):
        j1, j2 = run_curves(loss, eta, seed, epochs)
        if loss == "rll" and eta == 0.4 and seed == 1:
            j1 = j1.copy()
            j1[12:15] = j2[12:15] + 0.05
        return j1, j2

    table = synthetic_table(curves=curves)
    claim = claims_of(table)["RLL keeps J2 >= J1 in every epoch after initialisation at every eta > 0, in every run"]
    assert claim.verdict == FAILS and "η 0.4: -0.050" in claim.evidence
    mean_j1 = mean_curves(table[(table.loss == "rll") & (table.eta == 0.4)], M.J1)
    mean_j2 = mean_curves(table[(table.loss == "rll") & (table.eta == 0.4)], M.J2)
    assert (mean_j2 - mean_j1).loc[0.4].loc[1:].min() >= 0  # the mean over seeds would have passed


def test_gap_claims_use_the_realised_flip_rate():
    # Uniform noise at eta changes eta (K-1)/K of the labels: RLL's gap is that, not eta.
    claims = claims_of(synthetic_table(noise="uniform", etas=(0.0, 0.4)))
    gap = claims["RLL gap to the clean run is about the flipped share ρ at eta 0.2 and 0.4 (within 0.1)"]
    assert gap.verdict == HOLDS and "ρ η 0.4: 0.360" in gap.evidence
    assert claims[THEOREM_RLL].verdict == HOLDS  # slope 1 - eta for uniform noise, not 1 - eta K/(K-1)


def test_trials_that_differ_beyond_seeds_are_not_averaged():
    # A grid over noise kinds: symmetric and pair trials are two settings, each with its own claims.
    table = pd.concat([synthetic_table(noise="symmetric", variant="noise=symmetric"),
                       synthetic_table(noise="pair", variant="noise=pair")])
    trials = trial_table(table)
    summary = summary_table(trials)
    assert len(summary) == 12 and (summary.seeds == 2).all()
    assert set(summary.variant) == {"noise=symmetric", "noise=pair"}
    claims = check_claims(table, trials, theorem_table(table))
    settings = {c.setting for c in claims}
    assert settings == {"toy/mlp [noise=symmetric]", "toy/mlp [noise=pair]"}
    theorem = {(c.setting, c.verdict) for c in claims if c.text.startswith("RLL") and "Theorem 1" in c.text}
    assert theorem == {("toy/mlp [noise=symmetric]", HOLDS), ("toy/mlp [noise=pair]", NOT_APPLICABLE)}


def test_summary_mean_and_sample_std_over_seeds():
    table = synthetic_table(losses=("rll",), etas=(0.4,), seeds=(0, 1, 2))
    trials = trial_table(table)
    finals = trials.sort_values("seed").final_j1.values  # seeds differ by 0.01 each
    [row] = summary_table(trials).to_dict("records")
    assert row["final_j1_mean"] == pytest.approx(finals.mean())
    assert row["final_j1_std"] == pytest.approx(np.std(finals, ddof=1)) == pytest.approx(0.01)
    assert row["flip_rate"] == pytest.approx(0.4)
    one_seed = summary_table(trial_table(synthetic_table(losses=("rll",), etas=(0.4,), seeds=(0,))))
    assert one_seed.final_j1_std.isna().all()  # no spread from one seed
    assert "± " not in summary_markdown(one_seed) and "± 0.010" in summary_markdown(summary_table(trials))


def test_theorem1_line_has_the_known_slopes():
    from analysis.summary import theorem1_line

    # The paper's noise at eta 0.4, K = 10: slope 1 - 0.4 * 10/9, intercept C * 0.4/9.
    assert theorem1_line(0.4, 10, 9.0) == (pytest.approx(1 - 4 / 9), pytest.approx(0.4))
    # Uniform noise at eta 0.4 flips 0.36 of the labels: slope 1 - eta.
    assert theorem1_line(0.4 * 9 / 10, 10, 9.0)[0] == pytest.approx(0.6)


@pytest.mark.parametrize("kind", ["symmetric", "uniform", "symmetric_exact"])
def test_a_fixed_network_on_independent_noise_follows_theorem1(kind):
    """Theorem 1 on real losses and noise: for fixed networks h (random logits at several
    temperatures, like epochs of training), the risk against an independent noisy draw of the
    labels is the predicted affine function of the clean risk, to sampling error."""
    from analysis.summary import theorem1_line
    from memstudy.losses import build_loss, loss_symmetry
    from memstudy.noise import add_label_noise, flip_rate

    torch = pytest.importorskip("torch")
    gen = torch.Generator().manual_seed(0)
    n, eta = 20000, 0.4
    labels = torch.randint(0, K, (n,), generator=gen)
    noisy = add_label_noise(labels, K, eta, kind=kind, seed=7)
    base = torch.randn(n, K, generator=gen) + 3 * torch.nn.functional.one_hot(labels, K)  # a network that learnt something
    for name, params in (("rll", {"alpha": 0.1}), ("nmse", {"scale": 1.0}), ("mae", {})):
        loss = build_loss(name, **params)
        _, constant = loss_symmetry(name, params, K)
        clean_risk, noisy_risk = [], []
        for temperature in (0.2, 0.5, 1.0, 2.0, 4.0):
            clean_risk.append(float(loss(base / temperature, labels).double().mean()))
            noisy_risk.append(float(loss(base / temperature, noisy).double().mean()))
        slope, intercept = np.polyfit(clean_risk, noisy_risk, 1)
        predicted = theorem1_line(flip_rate(labels, noisy), K, constant)
        scale = constant / K
        assert slope == pytest.approx(predicted[0], abs=0.02), name
        assert intercept == pytest.approx(predicted[1], abs=0.02 * scale), name


@pytest.mark.subprocess
def test_pipeline_on_a_real_smoke_study(smoke_run, tmp_path):
    proc, study_dir = smoke_run
    assert proc.returncode == 0, proc.stderr
    table = load_table(study_dir)
    assert set(table.trial.unique()) == {p.name for p in study_dir.iterdir() if (p / "config.json").exists()}
    assert set(table.status) == {"finished"}
    assert table[table.metric == M.J1].groupby("trial").epoch.max().eq(4).all()
    result = build_report(study_dir, tmp_path / "out")
    out = result["out_dir"]
    for name in ("table.csv", "trials.csv", "summary.csv", "summary.md", "theorem1.csv", "report.md", "report.html"):
        assert (out / name).stat().st_size > 0, name
    stems = {p.stem.split("_synthetic")[0] for p in result["figures"]}
    assert {"train_accuracy", "j1_j2", "theorem1"} <= stems
    for path in result["figures"]:
        assert path.stat().st_size > 1000, path
    assert "data:image/png;base64," in (out / "report.html").read_text()
    assert "end-of-epoch evaluation in eval mode" in (out / "report.md").read_text()
    # The same study by the authors' online protocol: trials logged online/j1 and online/j2 from epoch 1.
    online = build_report(study_dir, tmp_path / "online", protocol="online")
    assert "the training steps' own predictions during each epoch" in (online["out_dir"] / "report.md").read_text()
    assert len(online["claims"]) == len(result["claims"]) and (online["trials"].last_epoch == 4).all()


@pytest.mark.subprocess
def test_cli_on_a_study_still_running(smoke_run, tmp_path):
    import json
    import shutil

    _, study_dir = smoke_run
    copy = tmp_path / "smoke"
    shutil.copytree(study_dir, copy)
    one = sorted(p for p in copy.iterdir() if (p / "status.json").exists())[0]
    (one / "status.json").write_text(json.dumps({"status": "running"}))
    proc = run_cli_analysis(copy)
    assert proc.returncode == 0, proc.stderr
    assert "report:" in proc.stdout
    trials = pd.read_csv(copy / "analysis" / "trials.csv")
    assert sorted(trials.status.unique()) == ["finished", "running"]


@pytest.mark.subprocess
def test_cli_missing_study(tmp_path):
    proc = run_cli_analysis(tmp_path / "nope")
    assert proc.returncode == 2 and "no such study folder" in proc.stderr


def run_cli_analysis(path):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "analysis", str(path)], cwd=REPO, capture_output=True, text=True,
                          timeout=300)


def test_alpha_table_best_and_robust_region():
    from analysis.summary import alpha_table

    alphas = [0.001, 0.01, 0.1, 1.0, 10.0]
    j2 = [0.70, 0.94, 0.945, 0.936, 0.80]   # within 0.01 of the best: alpha 0.01 .. 1
    trials = pd.DataFrame({"trial": [f"t{i}" for i in range(6)], "dataset": "toy", "model": "mlp", "variant": "",
                           "loss": "rll",
                           "loss_params": [f"alpha={a:g}" for a in alphas] + ["alpha=0.1"], "eta": 0.4,
                           "status": ["finished"] * 5 + ["stopped_early"], "final_j2": j2 + [0.99]})
    row = alpha_table(trials, M.J2).iloc[0]
    assert row.best_alpha == 0.1 and row.best_value == pytest.approx(0.945)
    assert (row.robust_low, row.robust_high, row.in_region, row.alphas) == (0.01, 1.0, 3, 5)


def test_figures_plot_the_mean_curves_and_theorem_points():
    import matplotlib.pyplot as plt

    from analysis import figures

    table = synthetic_table(losses=("rll",), etas=(0.0, 0.4))
    sub = table[table.loss == "rll"]
    fig, ax = plt.subplots()
    figures.draw_curves(ax, sub, [(M.J1, "-", " J1"), (M.J2, "--", " J2")], "rll")
    lines = {line.get_label(): line for line in ax.lines}
    assert set(lines) == {"η = 0 J1", "η = 0.4 J1", "η = 0 J2", "η = 0.4 J2"}
    for eta in (0.0, 0.4):
        expected = mean_curves(sub[sub.eta == eta], M.J1).loc[eta]  # the mean over both seeds
        line = lines[f"η = {eta:g} J1"]
        assert np.allclose(line.get_xdata(), expected.index) and np.allclose(line.get_ydata(), expected.values)
        assert line.get_color() == figures.eta_colour(eta) and lines[f"η = {eta:g} J2"].get_linestyle() == "--"
    plt.close(fig)

    theorem = theorem_table(table)
    fig, ax = plt.subplots()
    figures.theorem_panel(ax, table, theorem[theorem.loss_label == "rll"], "rll")
    points, predicted = ax.lines  # eta 0.4, first seed: its epochs' points and the predicted line
    trial = table[(table.trial == "rll_symmetric_eta0.4_s0")]
    clean = trial[trial.metric == M.TEST_LOSS].sort_values("epoch").value.values
    noisy = trial[trial.metric == M.TEST_NOISY_LOSS].sort_values("epoch").value.values
    assert np.allclose(points.get_xdata(), clean) and np.allclose(points.get_ydata(), noisy)
    slope, intercept = 1 - 0.4 * K / (K - 1), RLL_C * 0.4 / (K - 1)
    assert np.allclose(predicted.get_ydata(), intercept + slope * np.asarray(predicted.get_xdata()))
    plt.close(fig)


def test_each_variant_gets_its_own_figures():
    from analysis import figures

    table = pd.concat([synthetic_table(noise="symmetric", variant="noise=symmetric"),
                       synthetic_table(noise="pair", variant="noise=pair")])
    stems = [stem for (_, stem), _ in figures._by_setting(table)]
    assert stems == ["toy_mlp_noise_pair", "toy_mlp_noise_symmetric"]


def test_variants_name_every_setting_that_differs_beyond_seeds():
    from analysis.table import variants

    base = {"dataset": "toy", "model": "mlp", "model_params": {"hidden": [8]}, "loss": "cce", "loss_params": {},
            "eta": 0.4, "noise": "symmetric", "lr": 0.01, "seed": 0, "noise_seed": None, "data_seed": None,
            "preset": None}
    configs = {"a": base, "b": {**base, "seed": 1, "noise_seed": 5, "loss": "rll", "eta": 0.2},  # seeds, loss, eta
               "c": {**base, "noise": "pair", "preset": "p"}, "d": {**base, "model_params": {"hidden": [16]}},
               "e": {**base, "model": "small_cnn", "lr": 0.5}}  # another model: its own setting
    got = variants(configs)
    assert got["a"] == got["b"] == 'model_params.hidden=[8], noise=symmetric'
    assert got["c"] == 'model_params.hidden=[8], noise=pair'
    assert got["d"] == 'model_params.hidden=[16], noise=symmetric'
    assert got["e"] == ""  # alone in its dataset and model: nothing to tell apart
    # A search's searched keys vary by design: they do not split its trials.
    searched = variants({"a": base, "b": {**base, "lr": 0.02}}, searched=("lr",))
    assert searched == {"a": "", "b": ""}
    assert variants({"a": base, "b": {**base, "lr": 0.02}}) == {"a": "lr=0.01", "b": "lr=0.02"}


def test_claims_run_on_either_j1_j2_protocol():
    from analysis.table import with_protocol

    # Online J1/J2 that memorise (CCE-like curves) under RLL's eval curves: the claims follow the
    # protocol asked for, and the online table has no epoch 0.
    table = synthetic_table(losses=("rll",))
    cce = synthetic_table(losses=("cce",)).assign(loss="rll", loss_label="rll", symmetric=True,
                                                  symmetry_constant=RLL_C)
    online = cce[cce.metric.isin([M.J1, M.J2]) & (cce.epoch > 0)].replace(
        {"metric": {M.J1: M.ONLINE_J1, M.J2: M.ONLINE_J2}}).assign(trial=lambda d: d.trial.str.replace("cce", "rll"))
    table = pd.concat([table, online], ignore_index=True)
    never_flips = "RLL never flips at every eta > 0, in every run"
    assert claims_of(with_protocol(table, "eval"))[never_flips].verdict == HOLDS
    assert claims_of(with_protocol(table, "online"))[never_flips].verdict == FAILS
    assert with_protocol(table, "online").query("metric == @M.J1").epoch.min() == 1
    with pytest.raises(ValueError, match="unknown J1/J2 protocol 'offline'"):
        with_protocol(table, "offline")
