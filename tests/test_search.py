"""Optuna searches through real Ray Tune: the SQLite study read back with Optuna, ASHA prunes, resume."""

import json
import math
import time

import optuna
import pytest
import yaml

from helpers import REPO, interrupt_midway, parse_table, run_cli, scalars
from memstudy import metrics as M
from memstudy.config import parse_study
from memstudy.errors import ConfigError
from memstudy.keeper import OPTUNA_DB
from memstudy.search import asha_rungs, search_setup, search_tune_config

SEARCH = {
    "name": "search",
    "checkpoint_interval_s": 0,
    # Overlapping classes, so that alpha matters and ASHA has poor trials to stop.
    "trial": {"dataset": "synthetic", "dataset_params": {"n_train": 512, "separation": 0.4}, "model": "mlp",
              "model_params": {"hidden": [32]}, "loss": "rll", "optimizer": "adam", "lr": 0.01, "epochs": 8},
    "grid": {"eta": [0.4]},
    # One at a time: with the seeded sampler, the same alphas and the same ASHA decisions every run.
    "search": {"params": {"loss_params.alpha": {"distribution": "loguniform", "low": 0.001, "high": 10.0}},
               "num_trials": 8, "concurrency": 1, "asha": {"grace_period": 2, "reduction_factor": 2}},
}


def _study(cell_dir):
    """The cell's Optuna study: named after the cell, in the study's one storage."""
    return optuna.load_study(study_name=cell_dir.name, storage=f"sqlite:///{cell_dir.parent / OPTUNA_DB}")


def _statuses(cell_dir):
    """The trials' statuses, without folders a resumed run superseded (a trial the killed driver had
    started before Tune's last snapshot recorded it: Tune ran it again from the start)."""
    out = {}
    for d in cell_dir.iterdir():
        if (d / "status.json").exists():
            status = json.loads((d / "status.json").read_text())
            if status["status"] == M.SUPERSEDED:
                assert "ran again from the start" in status["error"]
                continue
            out[d.name] = status
    return out


def _check_search(cell_dir, num_trials, rungs=None):
    study = _study(cell_dir)
    trials = study.get_trials()
    states = [t.state for t in trials]
    assert optuna.trial.TrialState.RUNNING not in states
    done = [t for t in trials if t.state in (optuna.trial.TrialState.COMPLETE, optuna.trial.TrialState.PRUNED)]
    assert len(done) == num_trials
    statuses = _statuses(cell_dir)
    assert len(statuses) == num_trials
    pruned = sum(t.state == optuna.trial.TrialState.PRUNED for t in trials)
    stopped = sum(s["status"] == "stopped_early" for s in statuses.values())
    assert pruned == stopped, "early-stopped trials must be PRUNED in Optuna, not COMPLETE"
    assert {s["status"] for s in statuses.values()} <= {"finished", "stopped_early"}
    if rungs is not None:  # ASHA stops a trial at a rung, having trained that many epochs
        assert {s["epoch"] for s in statuses.values() if s["status"] == "stopped_early"} <= set(rungs)
    # Each COMPLETE trial's value is the J2 its trial reached at the last epoch; every trial's
    # intermediate values are the J2 its folder logged at each trained epoch, keyed by that epoch
    # (as a fused search's: not by Tune's iteration, one more, and counted again after a resume).
    finals, curves = {}, {}
    for d in cell_dir.iterdir():
        if (d / "result.json").exists():
            rows = [json.loads(line) for line in (d / "result.json").read_text().splitlines() if line.strip()]
            finals[round(rows[-1]["config"]["trial"]["loss_params"]["alpha"], 12)] = rows[-1][M.J2]
    for name in statuses:
        alpha = json.loads((cell_dir / name / "config.json").read_text())["trial"]["loss_params"]["alpha"]
        curves[round(alpha, 12)] = {step: value for step, value in scalars(cell_dir / name)[M.J2] if step >= 1}
    for t in done:
        curve = curves[round(t.params["loss_params.alpha"], 12)]
        assert t.intermediate_values == pytest.approx(curve) and sorted(curve) == list(range(1, max(curve) + 1))
    for t in trials:
        if t.state == optuna.trial.TrialState.COMPLETE:
            alpha = round(t.params["loss_params.alpha"], 12)
            assert t.value == pytest.approx(finals[alpha])
            assert 0.01 <= t.params["loss_params.alpha"] <= 1.0
        if t.state == optuna.trial.TrialState.PRUNED:  # the epoch it reached, as a fused search's members
            assert t.user_attrs["epochs_trained"] == max(t.intermediate_values)
    return study


@pytest.mark.subprocess
def test_search_through_ray_and_optuna(tmp_path):
    path = tmp_path / "search.yaml"
    path.write_text(yaml.safe_dump(SEARCH))
    proc = run_cli(path, "--storage", tmp_path / "results")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "an Optuna search of 8 trials in each of 1 grid cells" in proc.stdout
    cell_dir = tmp_path / "results" / "search" / "rll_eta0.4_mlp_synthetic_s0"
    study = _check_search(cell_dir, 8, rungs=asha_rungs(SEARCH["search"]["asha"], SEARCH["trial"]["epochs"]))
    assert study.direction == optuna.study.StudyDirection.MAXIMIZE
    assert study.metric_names == [M.J2]  # Optuna's tools name the objective after its metric
    states = [t.state for t in study.trials]
    assert optuna.trial.TrialState.PRUNED in states and optuna.trial.TrialState.COMPLETE in states

    # The analysis finds the trials one level down and adds the alpha section.
    from analysis import build_report

    result = build_report(tmp_path / "results" / "search", tmp_path / "analysis")
    alpha = result["alpha"]
    assert len(alpha) == 1 and alpha.objective.iloc[0] == M.J2
    completed = [t for t in study.trials if t.state == optuna.trial.TrialState.COMPLETE]
    assert alpha.best_value.iloc[0] == pytest.approx(max(t.value for t in completed))
    assert alpha.alphas.iloc[0] == len(completed)  # stopped trials do not count
    assert (tmp_path / "analysis" / "figures" / "alpha_robustness_synthetic_mlp.png").stat().st_size > 1000
    assert "RLL's alpha: where is it robust?" in (tmp_path / "analysis" / "report.md").read_text()

    # The driver's last lines: the cell's best parameters (named as in the study file) and value, as
    # Optuna's best trial has them; the trials ASHA stopped are left out and counted.
    lines = proc.stdout.splitlines()
    [row] = parse_table(lines, "cell")
    assert (row["cell"], row["finished"]) == (cell_dir.name, str(len(completed)))
    name, value = row["best_params"].split("=")
    assert name == "loss_params.alpha"
    assert float(value) == pytest.approx(study.best_trial.params["loss_params.alpha"], rel=1e-5)
    assert abs(float(row["best_value"]) - study.best_value) <= 0.00005 + 1e-9
    assert float(row["best_value"]) == pytest.approx(alpha.best_value.iloc[0], abs=0.00005 + 1e-9)
    pruned = sum(t.state == optuna.trial.TrialState.PRUNED for t in study.trials)
    assert f"left out: {pruned} stopped early (trial folders not in the table)" in lines


def _judged_epochs(tune_config, epochs: int) -> list[int]:
    """The epochs at which the Tune config's own ASHAScheduler decides about a trial: fed one trial's results
    for epochs 0..`epochs` as the trainable reports them, the epochs where it records the trial at
    a rung (the first to reach a rung always goes on), before the last."""
    from ray.tune.experiment import Trial

    scheduler = tune_config.scheduler
    scheduler.set_search_properties(tune_config.metric, tune_config.mode)  # as Tune does
    trial = Trial("memstudy", stub=True)
    scheduler.on_trial_add(None, trial)
    rungs = [recorded for _, recorded in scheduler._trial_info[trial.trial_id]._rungs]
    judged = []
    for epoch in range(epochs + 1):
        seen = sum(map(len, rungs))
        scheduler.on_trial_result(None, trial, {"epoch": epoch, "training_iteration": epoch + 1, M.J2: 0.5})
        if sum(map(len, rungs)) > seen:
            judged.append(epoch)
    return [e for e in judged if e < epochs]


@pytest.mark.parametrize("grace, factor, epochs", [(2, 2, 8), (4, 2, 20), (20, 3, 120), (1, 3, 10), (3, 1.5, 30),
                                                   (5, 4, 5), (1, 2, 2)])
def test_unfused_and_fused_searches_stop_trials_at_the_same_epochs(tmp_path, grace, factor, epochs):
    # The unfused search's ASHAScheduler (as search_tune_config builds it) and the fused keeper's rungs:
    # the same epochs, each the number of epochs trained (epoch 0 is the untrained network).
    raw = {**SEARCH, "trial": {**SEARCH["trial"], "epochs": epochs},
           "search": {**SEARCH["search"], "asha": {"grace_period": grace, "reduction_factor": factor}}}
    spec = parse_study(raw)
    tune_config = search_tune_config(spec.trials[0], spec, tmp_path / "cell", str)
    expected = [e for e in (math.ceil(grace * factor ** k) for k in range(12)) if e < epochs]
    assert _judged_epochs(tune_config, epochs) == asha_rungs(spec.search.asha, epochs) == expected
    assert search_setup(spec, spec.trials[0], [4])["rungs"] == expected


@pytest.mark.subprocess
def test_search_resumes_after_interruption(tmp_path):
    raw = json.loads(json.dumps(SEARCH))
    raw["name"] = "search_resume"
    raw["search"]["concurrency"] = 1
    raw["search"].pop("asha")
    raw["trial"]["epochs"] = 12
    raw["trial"]["dataset_params"] = {"n_train": 20000, "shape": [64]}
    raw["trial"]["model_params"] = {"hidden": [256, 256]}
    raw["search"]["num_trials"] = 3
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump(raw))
    storage = tmp_path / "results"
    cell_dir = storage / "search_resume" / "rll_eta0.4_mlp_synthetic_s0"
    interrupt_midway(path, storage, lambda: list(_statuses(cell_dir).values()) if cell_dir.exists() else [],
                     min_epoch=2)
    time.sleep(3)  # let the killed workers go
    proc = run_cli(path, "--storage", storage)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    _check_search(cell_dir, 3)


@pytest.mark.parametrize("search, expected", [
    ({"params": {"loss_params.alpha": {"distribution": "normal", "low": 0, "high": 1}}}, "unknown distribution 'normal'"),
    ({"params": {"loss_params.alpha": {"distribution": "uniform", "low": 1, "high": 0.5}}}, "needs numbers low < high"),
    ({"params": {"loss_params.alpha": {"distribution": "uniform", "low": -1, "high": 1}}}, "'alpha' must be >= 1.2e-38 .*, got -1"),
    ({"params": {"loss_params.q": {"distribution": "uniform", "low": 0.1, "high": 1}}}, "loss 'rll' has no parameter 'q'"),
    ({"params": {"eta": {"distribution": "uniform", "low": 0.1, "high": 1}}}, "cannot search 'eta'"),
    ({"params": {"lr": {"distribution": "loguniform", "low": 1e-4, "high": 1e-2}}, "objective": "j2"}, "unknown objective 'j2'"),
    ({"params": {"lr": {"distribution": "loguniform", "low": 1e-4, "high": 1e-2}}, "asha": {"grace_period": 0}},
     "grace_period: must be a positive"),
    # Values the trials would reject, or take in the wrong type, fail here, not in every trial.
    ({"params": {"lr": {"distribution": "int", "low": 0, "high": 3}}}, r"search.params.lr: lr must be a number > 0; "
     r"this search would give it 0"),
    ({"params": {"batch_size": {"distribution": "uniform", "low": 16, "high": 128}}},
     "batch_size takes whole numbers: search it with distribution int or a choice, not uniform"),
    ({"params": {"batch_size": {"distribution": "choice", "values": [32, "64"]}}},
     "batch_size must be a positive integer; this search would give it '64'"),
    ({"params": {"model_params.hidden": {"distribution": "int", "low": 16, "high": 64}}},
     r"model 'mlp' takes a list for hidden \(default \[512, 512\]\): search it as a choice of lists"),
    # Ray Tune's ASHAScheduler asserted this after Ray had started; the trials train 8 epochs.
    ({**SEARCH["search"], "asha": {"grace_period": 9, "reduction_factor": 2}},
     r"grace_period: 9 is more than the 8 epochs a searched trial trains"),
])
def test_bad_searches_fail_before_ray(search, expected):
    raw = {**SEARCH, "search": search}
    with pytest.raises(ConfigError, match=expected):
        parse_study(raw)


def test_searched_values_the_trials_take_pass():
    spec = parse_study({**SEARCH, "search": {**SEARCH["search"], "params": {
        "batch_size": {"distribution": "int", "low": 16.0, "high": 128},
        "model_params.hidden": {"distribution": "choice", "values": [[16], [32, 32]]}}}})
    assert set(spec.search.params) == {"batch_size", "model_params.hidden"}
    with pytest.raises(ConfigError, match="takes a whole number for hidden"):  # small_cnn's hidden is one width
        parse_study({**SEARCH, "trial": {**SEARCH["trial"], "model": "small_cnn", "dataset": "digits", "model_params": {}},
                     "search": {**SEARCH["search"], "params": {
                         "model_params.hidden": {"distribution": "loguniform", "low": 16, "high": 128}}}})


def test_every_model_a_search_can_propose_is_built_before_ray():
    # Of the right type but not buildable: [-4] would fail only in the trials Optuna gave it to.
    from memstudy.run import _check_trials_run_here

    def searching(values):
        return parse_study({**SEARCH, "search": {**SEARCH["search"], "params": {
            "model_params.hidden": {"distribution": "choice", "values": values}}}})

    _check_trials_run_here(searching([[16], [32, 32]]), 0.0)
    with pytest.raises(ConfigError, match=r"search.params.model_params.hidden: 'mlp' cannot be built with "
                                          r"\{\"hidden\": \[-4\]\}"):
        _check_trials_run_here(searching([[16], [-4]]), 0.0)


def test_a_grace_period_of_all_the_epochs_is_a_search_asha_never_stops():
    spec = parse_study({**SEARCH, "search": {**SEARCH["search"], "asha": {"grace_period": 8, "reduction_factor": 2}}})
    assert spec.search.asha["grace_period"] == 8 and asha_rungs(spec.search.asha, 8) == []


def test_shipped_alpha_search_validates():
    from memstudy.config import load_study

    spec = load_study(REPO / "studies" / "alpha_search.yaml")
    assert len(spec.trials) == 3 and spec.search.params["loss_params.alpha"].kind == "loguniform"


def _searcher_with_one_trial(tmp_path):
    """memstudy's Optuna searcher for SEARCH's first cell (its study in tmp_path), with trial t0
    suggested and one result reported; and the spec and cell."""
    from memstudy.search import search_space, search_tune_config

    spec = parse_study(SEARCH)
    cfg = spec.trials[0]
    searcher = search_tune_config(cfg, spec, tmp_path, str).search_alg
    searcher.set_search_properties(M.J2, "max", search_space(cfg, spec))
    searcher.suggest("t0")
    searcher.on_trial_result("t0", {M.J2: 0.5, "training_iteration": 1, "epoch": 0})
    return searcher, spec, cfg


@pytest.mark.parametrize("asha", [True, False])
def test_a_trial_optuna_pruned_before_the_driver_died_stays_pruned(tmp_path, asha):
    # Found by a probe killing the driver as trials ended: ASHA stopped t0 at epoch 4 and Optuna
    # recorded it PRUNED, but Tune's own snapshot was older; the rerun restored t0 from its state and
    # trained it to the end (its folder "finished", Optuna "pruned at 4"). Now the scheduler stops it
    # once it is back at epoch 4, as the uninterrupted run did.
    import ray.cloudpickle as cloudpickle
    from ray.tune.experiment import Trial
    from ray.tune.schedulers import TrialScheduler

    from memstudy.search import search_tune_config

    raw = SEARCH if asha else {**SEARCH, "search": {k: v for k, v in SEARCH["search"].items() if k != "asha"}}
    spec = parse_study(raw)
    cfg = spec.trials[0]
    tune_config = search_tune_config(cfg, spec, tmp_path, str)
    # What Tune saves at the start (tuner.pkl) and restores on a resume: searcher and scheduler in one pickle.
    saved = cloudpickle.dumps((tune_config.search_alg, tune_config.scheduler))
    searcher, _, _ = _searcher_with_one_trial(tmp_path)
    for epoch in range(1, 5):
        searcher.on_trial_result("t0", {M.J2: 0.5 + epoch / 100, "epoch": epoch})
    searcher.save(tmp_path / "searcher.pkl")
    searcher.on_trial_complete("t0", {M.J2: 0.54, "epoch": 4})  # stopped at epoch 4 of 8: PRUNED

    resumed, scheduler = cloudpickle.loads(saved)
    assert scheduler._searcher is resumed
    resumed.restore(tmp_path / "searcher.pkl")
    scheduler.set_search_properties(M.J2, "max")  # as Tune does before any result
    trial = Trial("memstudy_trial", stub=True, trial_id="t0")
    scheduler.on_trial_add(None, trial)
    decisions = {epoch: scheduler.on_trial_result(None, trial, {M.J2: 0.5 + epoch / 100, "epoch": epoch})
                 for epoch in (2, 3, 4)}  # restored from its state after epoch 2, trained again
    assert decisions[4] == TrialScheduler.STOP and decisions[3] != TrialScheduler.STOP
    resumed.on_trial_complete("t0", {M.J2: 0.54, "epoch": 4})
    [stored] = _study(tmp_path).trials
    assert stored.state == optuna.trial.TrialState.PRUNED and max(stored.intermediate_values) == 4
    # A trial Optuna holds as COMPLETE is no such trial: it trains to its end again, to the same value.
    assert not resumed.pruned_by("t1", 8)


def test_a_resumed_search_stops_trials_as_the_uninterrupted_one_would(tmp_path):
    # Tune saves no scheduler: a resumed ASHA started with empty rungs, so a trial reaching a rung
    # after the resume was compared with nothing and went on, where the uninterrupted search stopped
    # it (found by a probe: the resumed searches stopped other trials). The rungs now come back from
    # Optuna's record.
    import ray.cloudpickle as cloudpickle
    from ray.tune.experiment import Trial
    from ray.tune.schedulers import TrialScheduler

    from memstudy.search import search_tune_config

    spec = parse_study(SEARCH)  # ASHA rungs at epochs 2 and 4 (grace 2, reduction 2, 8 epochs)
    cfg = spec.trials[0]
    tune_config = search_tune_config(cfg, spec, tmp_path, str)
    saved = cloudpickle.dumps((tune_config.search_alg, tune_config.scheduler))
    searcher, _, _ = _searcher_with_one_trial(tmp_path)
    searcher.suggest("t1")
    for epoch in (1, 2):
        searcher.on_trial_result("t0", {M.J2: 0.8, "epoch": epoch})
        searcher.on_trial_result("t1", {M.J2: 0.7, "epoch": epoch})
    searcher.save(tmp_path / "searcher.pkl")

    def late_trial_at_rung(restore):
        searcher, scheduler = cloudpickle.loads(saved)
        if restore:
            searcher.restore(tmp_path / "searcher.pkl")
        scheduler.set_search_properties(M.J2, "max")
        late = Trial("memstudy_trial", stub=True, trial_id="t2")
        scheduler.on_trial_add(None, late)
        scheduler.on_trial_result(None, late, {M.J2: 0.5, "epoch": 1})
        return scheduler.on_trial_result(None, late, {M.J2: 0.5, "epoch": 2})

    # Below the rung's cutoff (the median of 0.8 and 0.7 reached at epoch 2 before the resume): stopped.
    assert late_trial_at_rung(restore=True) == TrialScheduler.STOP
    assert late_trial_at_rung(restore=False) == TrialScheduler.CONTINUE  # a fresh search: an empty rung


def test_a_trial_optuna_saw_end_before_the_driver_died_resumes_quietly(tmp_path, caplog):
    # The driver is killed after Optuna committed trial t0's end but before Tune saved its own state
    # (here: the searcher saved before the end, as Tune's snapshot lags). On resume Tune restores
    # t0 from its last checkpoint and t0 reports its end again.
    from memstudy.search import search_tune_config

    searcher, spec, cfg = _searcher_with_one_trial(tmp_path)
    searcher.save(tmp_path / "searcher.pkl")
    final = {M.J2: 0.75, "training_iteration": cfg.epochs + 1, "epoch": cfg.epochs}
    searcher.on_trial_complete("t0", final)

    resumed = search_tune_config(cfg, spec, tmp_path, str).search_alg
    resumed.restore(tmp_path / "searcher.pkl")
    with caplog.at_level("WARNING"):
        resumed.on_trial_result("t0", final)  # Optuna refuses this update to a finished trial
        resumed.on_trial_complete("t0", final)
    assert not caplog.records
    [trial] = _study(tmp_path).trials
    assert trial.state == optuna.trial.TrialState.COMPLETE and trial.value == 0.75
    # An older searcher pickle, without the set of such trials, resumes as well.
    del resumed.__dict__["_ended_before_resume_ids"]
    resumed.on_trial_result("t0", final)


@pytest.mark.slow  # the default run stays near 12 minutes; see docs/development.md
@pytest.mark.subprocess
def test_int_and_choice_distributions_and_minimising(tmp_path):
    # A real search over an int (batch size) and a choice (the learning rate), minimising the test loss
    # (not over alpha: that changes the loss itself): Optuna records the distributions and the
    # direction, and its best trial has the lowest test loss.
    raw = json.loads(json.dumps(SEARCH))
    raw["name"] = "minimise"
    raw["trial"]["epochs"] = 3
    raw["search"] = {"params": {"batch_size": {"distribution": "int", "low": 16, "high": 64},
                                "lr": {"distribution": "choice", "values": [0.001, 0.01, 0.1]}},
                     "objective": M.TEST_LOSS, "direction": "min", "num_trials": 4, "concurrency": 2}
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump(raw))
    proc = run_cli(path, "--storage", tmp_path / "results")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    study = _study(tmp_path / "results" / "minimise" / "rll_eta0.4_mlp_synthetic_s0")
    assert study.direction == optuna.study.StudyDirection.MINIMIZE
    done = [t for t in study.trials if t.state == optuna.trial.TrialState.COMPLETE]
    assert len(done) == 4
    for t in done:
        assert isinstance(t.distributions["batch_size"], optuna.distributions.IntDistribution)
        assert isinstance(t.distributions["lr"], optuna.distributions.CategoricalDistribution)
        assert 16 <= t.params["batch_size"] <= 64 and t.params["lr"] in (0.001, 0.01, 0.1)
    assert study.best_trial.value == min(t.value for t in done)


def test_test_loss_is_no_objective_for_a_search_over_the_loss_itself():
    # RLL's test loss falls as alpha grows: Optuna's "best" alpha was simply the largest tried.
    raw = json.loads(json.dumps(SEARCH))
    raw["search"]["objective"] = M.TEST_LOSS
    with pytest.raises(ConfigError, match=r"search.objective: test/loss is the trained loss .* optimise test/acc"):
        parse_study(raw)
    raw["search"]["params"] = {"lr": {"distribution": "loguniform", "low": 0.001, "high": 0.1}}
    assert parse_study(raw).search.direction == "min"  # over lr the loss is one and the same: fine


def test_a_trial_that_failed_for_good_is_told_to_optuna_as_failed(tmp_path):
    # Its last result carries the error (memstudy.train.FAILED) after a good epoch: not COMPLETE with
    # that epoch's J2, not PRUNED, but FAIL.
    from memstudy.train import FAILED

    searcher, _, _ = _searcher_with_one_trial(tmp_path)
    searcher.on_trial_complete("t0", {FAILED: "NonFiniteLossError: non-finite training loss", "training_iteration": 2})
    [trial] = _study(tmp_path).trials
    assert trial.state == optuna.trial.TrialState.FAIL


def test_cells_that_share_a_trial_name_get_folders_of_their_own():
    from memstudy.config import cell_names

    base = {"loss": "rll", "loss_params": {"alpha": 0.1}, "eta": 0.4, "model": "mlp", "dataset": "digits", "seed": 0}
    lr = [{**base, "lr": 0.001}, {**base, "lr": 0.01}, {**base, "lr": 0.1}]
    assert cell_names(lr) == ["rll-alpha0.1_eta0.4_mlp_digits_s0", "rll-alpha0.1_eta0.4_mlp_digits_s0_lr0.01",
                              "rll-alpha0.1_eta0.4_mlp_digits_s0_lr0.1"]
    nested = [{**base, "model_params": {"hidden": [8]}}, {**base, "model_params": {"hidden": [8, 8]}}]
    assert cell_names(nested)[1] == "rll-alpha0.1_eta0.4_mlp_digits_s0_hidden-8-8"
    long = [{**base, "dataset_params": {"path": "x" * 100}}, {**base, "dataset_params": {"path": "y" * 100}}]
    assert len(set(cell_names(long))) == 2 and len(cell_names(long)[1]) < 60
    other = {**base, "eta": 0.2}
    assert cell_names([base, other]) == [f"rll-alpha0.1_eta0.4_mlp_digits_s0", "rll-alpha0.1_eta0.2_mlp_digits_s0"]


@pytest.mark.subprocess
def test_a_search_over_a_grid_of_learning_rates_searches_each_cell_and_outlives_failed_trials(tmp_path):
    # Before, both cells were named cce_eta0.4_..._s0: the second found the first's Tune state in the
    # same folder, "resumed" it and trained nothing, and the driver said every trial finished. And a
    # trial whose loss went non-finite (here every trial of the lr 1e7 cell) ended the whole study
    # with Tune's "did not include the specified metric", and every rerun the same way.
    raw = {"name": "lr_cells", "checkpoint_interval_s": 0,
           "trial": {"dataset": "synthetic", "dataset_params": {"n_train": 256}, "model": "mlp",
                     "model_params": {"hidden": [16]}, "loss": "cce", "optimizer": "sgd", "eta": 0.4, "epochs": 2},
           "grid": {"lr": [0.01, 1.0e7]},
           "search": {"params": {"batch_size": {"distribution": "int", "low": 32, "high": 64}}, "num_trials": 2,
                      "concurrency": 1}}
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump(raw))
    cells = {"cce_eta0.4_mlp_synthetic_s0": 0.01, "cce_eta0.4_mlp_synthetic_s0_lr10000000.0": 1.0e7}
    dry = run_cli(path, "--dry-run")
    assert dry.returncode == 0 and dry.stdout.splitlines()[-3:-1] == list(cells), dry.stdout + dry.stderr
    proc = run_cli(path, "--storage", tmp_path / "r")
    assert proc.returncode == 1 and "2 trials finished, 2 failed" in proc.stdout, proc.stdout + proc.stderr
    assert "did not include" not in proc.stdout + proc.stderr
    study_dir = tmp_path / "r" / "lr_cells"
    for cell, lr in cells.items():
        statuses = _statuses(study_dir / cell)
        folders = [d for d in (study_dir / cell).iterdir() if (d / "config.json").exists()]
        assert {json.loads((d / "config.json").read_text())["trial"]["lr"] for d in folders} == {lr}
        ended, state = ("finished", optuna.trial.TrialState.COMPLETE) if lr < 1 else \
            ("failed", optuna.trial.TrialState.FAIL)
        assert [s["status"] for s in statuses.values()] == [ended] * 2
        assert [t.state for t in _study(study_dir / cell).trials] == [state] * 2
    # A rerun trains nothing again: the failed trials stay failed, no new Optuna trial.
    again = run_cli(path, "--storage", tmp_path / "r")
    assert "Traceback" not in again.stderr, again.stderr
    assert [len(_study(study_dir / cell).trials) for cell in cells] == [2, 2]
