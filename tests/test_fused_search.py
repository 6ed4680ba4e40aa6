"""Fused searches: Optuna proposes a group, one network trains it, members stopped early leave.

run_trials' judge (no Ray) against members trained alone; the keeper's decisions and what it tells
Optuna (in this process); a real search through the CLI, real Ray and real Optuna, read back from
its optuna.db and its members' folders; and (slow) a search killed mid-run and rerun.
"""

import copy
import dataclasses
import json
import time

import optuna
import pytest
import yaml

from helpers import REPO, interrupt_midway, run_cli, scalars, status_of
from test_search import SEARCH
from memstudy import metrics as M
from memstudy.config import parse_study, trial_from_dict
from memstudy.keeper import OPTUNA_DB, OptunaKeeper, optuna_storage_url
from memstudy.search import group_sizes, search_setup
from memstudy.train import run_trials
from test_fused import assert_runs_agree, recipe

COMPLETE, PRUNED, FAIL, RUNNING = (optuna.trial.TrialState.COMPLETE, optuna.trial.TrialState.PRUNED,
                                   optuna.trial.TrialState.FAIL, optuna.trial.TrialState.RUNNING)

# test_search's unfused search, fused in groups of 4: the same trials, data and ASHA.
FUSED = {**SEARCH, "name": "fused_search", "batch_trials": 4}
CELL = "rll_eta0.4_mlp_synthetic_s0"


@pytest.mark.parametrize("model", ["small_cnn", "resnet32"])
def test_members_stopped_early_leave_and_the_others_equal_their_runs_alone(tmp_path, model):
    base = recipe(model, loss="rll", eta=0.4)
    group = [dataclasses.replace(base, loss_params={"alpha": a}, seed=s) for s, a in enumerate((0.01, 0.1, 1.0))]
    seen = []

    def judge(epoch, metrics):  # stops the second member after its first epoch
        seen.append((epoch, sorted(metrics)))
        return {1} if epoch == 1 else set()

    states, dirs = [], [tmp_path / str(t) for t in range(3)]
    fused = run_trials(group, dirs, judge=judge, on_epoch=lambda m, s: states.append(copy.deepcopy(s)))
    assert seen == [(1, [0, 1, 2]), (2, [0, 2]), (3, [0, 2])]
    alone = [run_trials([cfg])[0] for cfg in group]
    assert [r["epoch"] for r in fused[1]] == [0, 1]
    assert_runs_agree([alone[0], alone[1][:2], alone[2]], fused)
    assert [(status_of(d)["status"], status_of(d)["epoch"]) for d in dirs] == \
        [("finished", 3), ("stopped_early", 1), ("finished", 3)]
    assert [step for step, _ in scalars(dirs[1])[M.J2]] == [0, 1]
    # The state after the stop is without the member, and says so (the trainable saves it at once).
    assert states[1]["alive"] == [True, False, True] and states[1]["left"]
    # Resumed from it, the group goes on exactly as it did, without the member.
    resumed = run_trials(group, start_state=states[1], judge=lambda epoch, metrics: set())
    assert resumed[1] == [] and [r[M.J2] for r in resumed[2]] == [r[M.J2] for r in fused[2][2:]]


def test_a_group_whose_members_all_stop_ends_there():
    group = [recipe("mlp", loss="rll", loss_params={"alpha": a}, eta=0.4, epochs=4) for a in (0.1, 1.0)]
    states = []
    history = run_trials(group, judge=lambda epoch, metrics: set(metrics) if epoch == 2 else set(),
                         on_epoch=lambda m, s: states.append(copy.deepcopy(s)))
    assert [[r["epoch"] for r in h] for h in history] == [[0, 1, 2], [0, 1, 2]]
    assert states[-1]["alive"] == [False, False] and states[-1]["model"] is None
    assert run_trials(group, start_state=states[-1]) == [[], []]  # resumed there: nothing left to train


def test_group_sizes_are_near_equal():
    assert group_sizes(16, 16) == [16] and group_sizes(16, 6) == [6, 5, 5] and group_sizes(3, 8) == [3]


def test_the_keeper_proposes_groups_and_tells_optuna_each_members_end(tmp_path):
    spec = parse_study({**FUSED, "trial": {**FUSED["trial"], "epochs": 4},
                        "search": {**FUSED["search"], "asha": {"grace_period": 1, "reduction_factor": 2}}})
    setup = search_setup(spec, spec.trials[0], [3, 3])
    assert setup["rungs"] == [1, 2]
    # Each cell its own rungs: a cell of 12 epochs in a grid whose first cell trains 4.
    longer = parse_study({**FUSED, "trial": {**FUSED["trial"], "epochs": 4}, "grid": {"eta": [0.2, {"eta": 0.4, "epochs": 12}]},
                          "search": {**FUSED["search"], "asha": {"grace_period": 1, "reduction_factor": 2}}})
    assert [search_setup(longer, cfg, [3, 3])["rungs"] for cfg in longer.trials] == [[1, 2], [1, 2, 4, 8]]
    keeper = OptunaKeeper(optuna_storage_url(tmp_path))
    members = keeper.group(CELL, setup, 0, 3)
    assert len({p["loss_params.alpha"] for _, p in members}) == 3  # not three copies of one point
    # Asked again (a driver killed before Tune recorded the group): the same members, no new trials.
    assert keeper.group(CELL, setup, 0, 3) == members
    a, b, c = (n for n, _ in members)
    # Epoch 1, a rung: each member against the others there (Tune's ASHA rule, reduction factor 2).
    assert keeper.judge(CELL, setup, 1, {a: 0.9, b: 0.5, c: 0.7}, False) == {a: "go", b: "stop", c: "go"}
    assert keeper.judge(CELL, setup, 2, {a: 0.95, c: None}, False) == {a: "go", c: "fail"}
    # The next group is asked of TPE knowing the first; its members are new trials.
    second = keeper.group(CELL, setup, 1, 3)
    assert [n for n, _ in second] == [3, 4, 5]
    d, e, f = (n for n, _ in second)
    assert keeper.judge(CELL, setup, 1, {d: 0.99, e: 0.98, f: 0.97}, False) == {d: "go", e: "go", f: "go"}
    # A group resumed from an earlier state replays its epochs: the same decisions, though against
    # the second group's values member a's 0.9 at epoch 1 would now stop.
    assert keeper.judge(CELL, setup, 1, {a: 0.9, b: 0.5, c: 0.7}, False) == {a: "go", b: "stop", c: "go"}
    assert keeper.judge(CELL, setup, 3, {a: 0.96}, False) == {a: "go"}
    assert keeper.judge(CELL, setup, 4, {a: 0.97}, True) == {a: "go"}
    study = optuna.load_study(study_name=CELL, storage=optuna_storage_url(tmp_path))
    assert study.metric_names == [M.J2] and study.direction == optuna.study.StudyDirection.MAXIMIZE
    trials = {t.number: t for t in study.trials}
    assert (trials[a].state, trials[a].value, trials[a].intermediate_values) == \
        (COMPLETE, 0.97, {1: 0.9, 2: 0.95, 3: 0.96, 4: 0.97})
    assert (trials[b].state, trials[b].value, trials[b].user_attrs["epochs_trained"]) == (PRUNED, 0.5, 1)
    assert trials[c].state == FAIL
    assert [(t.user_attrs["fused_group"], t.user_attrs["fused_member"]) for t in study.trials] == \
        [(g, m) for g in range(2) for m in range(3)]
    assert keeper.close_group(CELL, setup, 1) == 3  # its Tune trial failed: its members still running FAIL
    assert [t.state for t in study.get_trials()[3:]] == [FAIL, FAIL, FAIL]


def _members(cell_dir):
    """Each member folder's (config, status) by its alpha."""
    out = {}
    for d in cell_dir.iterdir():
        if (d / "config.json").exists():
            config = json.loads((d / "config.json").read_text())
            out[config["trial"]["loss_params"]["alpha"]] = (d, config, status_of(d))
    return out


def _check_fused_search(cell_dir, num_trials):
    """Every Optuna trial is one member, told what its folder says it reached; returns the study
    and the members by alpha."""
    study = optuna.load_study(study_name=cell_dir.name, storage=f"sqlite:///{cell_dir.parent / OPTUNA_DB}")
    trials = study.get_trials()
    members = {a: m for a, m in _members(cell_dir).items() if m[2]["status"] != M.SUPERSEDED}
    assert len(trials) == num_trials and len(members) == num_trials  # nothing proposed twice
    assert study.metric_names == [M.J2]
    for t in trials:
        assert set(t.params) == {"loss_params.alpha"}
        d, config, status = members[t.params["loss_params.alpha"]]
        curve = dict(scalars(d)[M.J2])
        assert sorted(curve) == list(range(status["epoch"] + 1))  # each epoch once
        assert t.intermediate_values == pytest.approx({e: v for e, v in curve.items() if e > 0})
        if t.state == COMPLETE:
            assert status["status"] == "finished" and status["epoch"] == config["trial"]["epochs"]
            assert t.value == pytest.approx(curve[status["epoch"]])
        else:
            assert t.state == PRUNED and status["status"] == "stopped_early"
            assert t.user_attrs["epochs_trained"] == status["epoch"] < config["trial"]["epochs"]
    return study, members


@pytest.mark.subprocess
def test_a_fused_search_through_ray_and_optuna(tmp_path):
    path = tmp_path / "fused.yaml"
    path.write_text(yaml.safe_dump(FUSED))
    dry = run_cli(path, "--dry-run")
    assert dry.returncode == 0, dry.stdout + dry.stderr
    proc = run_cli(path, "--storage", tmp_path / "results")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "in 2 fused groups" in proc.stdout and "8 trials finished, 0 failed" in proc.stdout
    cell_dir = tmp_path / "results" / "fused_search" / CELL
    study, members = _check_fused_search(cell_dir, 8)
    states = [t.state for t in study.trials]
    assert PRUNED in states and COMPLETE in states
    assert [(t.user_attrs["fused_group"], t.user_attrs["fused_member"]) for t in study.trials] == \
        [(g, m) for g in range(2) for m in range(4)]
    # A member's curve equals the same alpha trained alone (fused-group tolerance: an example or two).
    best = study.best_trial
    d, config, _ = members[best.params["loss_params.alpha"]]
    alone = run_trials([trial_from_dict(config["trial"])], threads=1)[0]
    logged = scalars(d)
    for metric in (M.J1, M.J2, M.TEST_ACC):
        assert [v for _, v in logged[metric]] == pytest.approx([r[metric] for r in alone], abs=2.01 / 512), metric

    # The analysis sees a search: the alpha section counts the finished members.
    from analysis import build_report

    result = build_report(tmp_path / "results" / "fused_search", tmp_path / "analysis")
    alpha = result["alpha"]
    assert alpha.alphas.iloc[0] == sum(s == COMPLETE for s in states)
    assert alpha.best_value.iloc[0] == pytest.approx(best.value)


@pytest.mark.slow
@pytest.mark.subprocess
def test_a_fused_search_killed_midway_finishes_without_training_anything_twice(tmp_path):
    raw = json.loads(json.dumps(FUSED))
    raw.update(name="fused_search_resume", batch_trials=3)
    raw["trial"].update(epochs=10, dataset_params={"n_train": 20000, "shape": [64]}, model_params={"hidden": [256, 256]})
    raw["search"].update(num_trials=6, asha={"grace_period": 3, "reduction_factor": 2})
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump(raw))
    storage = tmp_path / "results"
    cell_dir = storage / raw["name"] / CELL

    def statuses():
        return [m[2] for m in _members(cell_dir).values()] if cell_dir.exists() else []

    interrupt_midway(path, storage, lambda: [s for s in statuses() if s["status"] != "stopped_early"] +
                     [{**s, "status": "finished"} for s in statuses() if s["status"] == "stopped_early"],
                     min_epoch=4)
    before = {a: m[2] for a, m in _members(cell_dir).items()}
    time.sleep(3)  # let the killed workers go
    proc = run_cli(path, "--storage", storage, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "6 trials finished, 0 failed" in proc.stdout
    study, members = _check_fused_search(cell_dir, 6)
    assert RUNNING not in {t.state for t in study.trials}
    for alpha, status in before.items():
        if status["status"] in ("finished", "stopped_early"):  # ended before the kill: not trained again
            now = members[alpha][2]
            assert now["started"] == status["started"] or now.get("resumed_from") == status["epoch"], alpha
    # The resumed members went on from their group's state, their curves as if never stopped.
    resumed = [m for m in members.values() if 0 < m[2].get("resumed_from", 0)]
    assert resumed


def test_a_fused_search_through_ray_client_is_refused_before_anything_starts(monkeypatch, tmp_path):
    # The keeper actor opens <study>/optuna.db beside the driver; under Ray Client the driver's folder
    # is on this machine and its actors on the cluster. One error, before Ray or the network.
    from memstudy.config import load_study
    from memstudy.errors import ConfigError
    from memstudy.run import preflight

    spec = load_study(REPO / "studies" / "alpha_search_fused.yaml")
    monkeypatch.setenv("RAY_ADDRESS", "ray://127.0.0.1:1")
    with pytest.raises(ConfigError, match="does not run through Ray Client"):
        preflight(spec, tmp_path)
    monkeypatch.setenv("RAY_ADDRESS", "ray://127.0.0.1:1")
    unfused = load_study(REPO / "studies" / "alpha_search.yaml")
    with pytest.raises(ConfigError) as err:  # an unfused search goes on to the address check
        preflight(unfused, tmp_path)
    assert "Ray Client" not in str(err.value).split(":")[0] and "does not run through Ray Client" not in str(err.value)


@pytest.mark.slow
@pytest.mark.subprocess
def test_a_fused_search_runs_on_a_real_multi_node_cluster(cluster, tmp_path):
    # A head without CPUs (where the driver and the keeper actor run) and two worker nodes: the
    # groups train on the workers and ask the keeper on the head each epoch; Optuna's study holds
    # one trial per member, as on a local Ray.
    c, workers = cluster
    raw = json.loads(json.dumps(FUSED))
    raw.update(name="fused_search_cluster")
    path = tmp_path / "fused.yaml"
    path.write_text(yaml.safe_dump(raw))
    proc = run_cli(path, "--storage", tmp_path / "results", timeout=600, env={"RAY_ADDRESS": c.address})
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "8 trials finished, 0 failed" in proc.stdout
    cell_dir = tmp_path / "results" / "fused_search_cluster" / CELL
    study, members = _check_fused_search(cell_dir, 8)
    nodes = {status["ray_node"] for _, _, status in members.values()}
    assert nodes <= {w.node_id for w in workers} and nodes, nodes


@pytest.mark.subprocess
def test_a_fused_search_whose_groups_all_start_at_once_says_it_cannot_learn(tmp_path):
    # Two groups of 4 and concurrency 2: both are asked of Optuna before any result, so all 8 members
    # are TPE's random start. The run and the dry run say so; with concurrency 1 they do not.
    from memstudy.search import learning_note

    assert "all 8 members are TPE's random start" in learning_note([4, 4], 2)
    assert learning_note([4, 4], 1) is None and learning_note([3, 3, 2], 2) is None
    assert "all 4 members" in learning_note([4], 1)  # one group: nothing to learn from either
    for concurrency, says in ((2, True), (1, False)):
        raw = json.loads(json.dumps(FUSED))
        raw["search"]["concurrency"] = concurrency
        path = tmp_path / f"c{concurrency}.yaml"
        path.write_text(yaml.safe_dump(raw))
        dry = run_cli(path, "--dry-run")
        assert dry.returncode == 0, dry.stdout + dry.stderr
        assert ("learns nothing between groups" in dry.stdout) == says, dry.stdout


@pytest.mark.subprocess
def test_a_fused_search_over_two_grid_cells_keeps_one_keeper(tmp_path):
    # Each cell starts the study's keeper; the second must not drop the handle that owns the first's
    # actor (a named actor ends with its creator's handle), or its first proposal finds no keeper.
    raw = json.loads(json.dumps(FUSED))
    raw.update(name="fused_two_cells", batch_trials=2)
    raw["trial"].update(epochs=2)
    raw["grid"] = {"eta": [0.2, 0.4]}
    raw["search"].update(num_trials=2)
    raw["search"].pop("asha")
    path = tmp_path / "two.yaml"
    path.write_text(yaml.safe_dump(raw))
    proc = run_cli(path, "--storage", tmp_path / "results")
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "4 trials finished, 0 failed" in proc.stdout
    for cell in ("rll_eta0.2_mlp_synthetic_s0", CELL):
        study, _ = _check_fused_search(tmp_path / "results" / "fused_two_cells" / cell, 2)
        assert [t.state for t in study.trials] == [COMPLETE, COMPLETE]
