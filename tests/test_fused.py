"""Fused groups train as their trials run separately, fail alone, resume exactly, and are planned
into groups that fit; a fused study runs through Ray and its analysis matches the same study unfused."""

import collections
import copy
import dataclasses
import json

import pytest
import torch

from helpers import interrupt_then_resume, run_cli, scalars, status_of, trial_dirs, write_study
from memstudy import metrics as M
from memstudy.config import TrialConfig, parse_study, trial_from_dict
from memstudy.errors import ConfigError
from memstudy.groups import plan_groups, plan_groups_for_memory
from memstudy.layers import member_state
from memstudy.models import MODELS
from memstudy.run import gpu_share
from memstudy.train import run_trials

# Small images for every model (one added later included); some get one channel.
SHAPES = collections.defaultdict(lambda: [3, 8, 8], {"resnet18": [1, 8, 8], "mlp": [1, 8, 8], "small_cnn": [1, 8, 8]})
N_TRAIN, N_TEST = 96, 48


def recipe(model, **over):
    """The paper's kind of recipe (SGD with momentum and weight decay) on small synthetic images."""
    return TrialConfig(**{"dataset": "synthetic", "model": model, "epochs": 3, "batch_size": 32, "optimizer": "sgd",
                          "lr": 0.01, "momentum": 0.9, "weight_decay": 5e-4, "data_seed": 0,
                          "dataset_params": {"n_train": N_TRAIN, "n_test": N_TEST, "shape": SHAPES[model]}, **over})


def three(model, **over):
    """Members that differ in loss, its parameters, eta and seed."""
    base = recipe(model, **over)
    return [dataclasses.replace(base, loss="cce", eta=0.0, seed=0),
            dataclasses.replace(base, loss="rll", loss_params={"alpha": 0.1}, eta=0.4, seed=1),
            dataclasses.replace(base, loss="mse", eta=0.2, seed=2)]


def assert_runs_agree(separate, fused, first_epoch_tolerance=1e-4):
    """Epoch by epoch: after one epoch losses agree to 1e-4 (measured 7e-5 at most) and accuracies
    to one example; later, training amplifies the float32 summation order of the convolutions
    (measured by epoch 3: losses within 1.2%, accuracies within 3 of 96 training examples), so
    accuracies may differ by 2/48 and losses by 3%."""
    for one, many in zip(separate, fused):
        assert [r["epoch"] for r in one] == [r["epoch"] for r in many]
        for a, b in zip(one, many):
            for metric in (M.J1, M.J2, M.TEST_ACC, M.TRAIN_LOSS, M.CLEAN_LOSS, M.TEST_LOSS, M.MEMORISED, M.CORRECTED):
                if a[metric] != a[metric]:  # NaN: no flipped labels
                    assert b[metric] != b[metric]
                elif a["epoch"] <= 1:
                    assert b[metric] == pytest.approx(a[metric], rel=first_epoch_tolerance,
                                                      abs=1.01 / N_TEST), (a["epoch"], metric)
                elif "loss" in metric:
                    assert b[metric] == pytest.approx(a[metric], rel=0.03), (a["epoch"], metric)
                else:
                    assert b[metric] == pytest.approx(a[metric], abs=2.01 / N_TEST), (a["epoch"], metric)
            assert b[M.LR] == a[M.LR]


@pytest.mark.parametrize("model", sorted(MODELS))
def test_fused_group_equals_its_trials_run_separately(tmp_path, model):
    group = three(model)
    states, separate_states = [], []
    fused = run_trials(group, [tmp_path / f"t{i}" for i in range(3)], on_epoch=lambda m, s: states.append(copy.deepcopy(s)))
    separate = [run_trials([cfg], on_epoch=lambda m, s: separate_states.append(copy.deepcopy(s)))[0] for cfg in group]
    assert_runs_agree(separate, fused)
    # After the first epoch the members' networks are the separate runs' own, batch-norm running
    # statistics included: each tensor to 0.1% of its scale, all parameters together to 0.1%
    # (measured: 2e-4 at most, resnet18; a member swapped or mixed with another is off by ~100%).
    # In float64 the two are equal (test_models.py); float32 convolutions sum in another order.
    after_one = [s for s in separate_states if s and s["epoch"] == 1]
    for t, alone in enumerate(after_one):
        own = member_state(states[1]["model"], 3, t)
        assert own.keys() == alone["model"].keys()
        for key, value in alone["model"].items():
            if "running" in key:
                assert float((own[key] - value).abs().max()) <= 1e-3 * float(value.abs().max()) + 1e-6, key
        ours = torch.cat([own[k].flatten() for k in own if own[k].is_floating_point()])
        theirs = torch.cat([alone["model"][k].flatten() for k in own if own[k].is_floating_point()])
        assert float((ours - theirs).norm() / theirs.norm()) < 1e-3
    # Each trial wrote its own files, as a separate run does, and knows its group.
    for i, cfg in enumerate(group):
        config = json.loads((tmp_path / f"t{i}" / "config.json").read_text())
        assert config["trial"]["loss"] == cfg.loss and config["noise"]["eta"] == cfg.eta
        assert config["fused_group"]["member"] == i and len(config["fused_group"]["members"]) == 3
        assert status_of(tmp_path / f"t{i}")["status"] == "finished"
        assert [step for step, _ in scalars(tmp_path / f"t{i}")[M.J2]] == [0, 1, 2, 3]


def test_a_non_finite_member_fails_alone_and_the_others_are_untouched(tmp_path):
    ok, _, ok2 = three("resnet32")
    boom = dataclasses.replace(ok, loss="nce_rce", loss_params={"beta": 1e38}, seed=5)
    states = []
    histories = run_trials([ok, boom, ok2], [tmp_path / "ok", tmp_path / "boom", tmp_path / "ok2"],
                           on_epoch=lambda m, s: states.append(copy.deepcopy(s)))
    assert [r["epoch"] for r in histories[1]] == [0]
    status = status_of(tmp_path / "boom")
    assert status["status"] == "failed" and "non-finite training loss" in status["error"] and "epoch 1" in status["error"]
    assert status_of(tmp_path / "ok")["status"] == status_of(tmp_path / "ok2")["status"] == "finished"
    # The failed member left the network; the others train as if it had never been there.
    assert states[-1]["alive"] == [True, False, True]
    assert states[-1]["model"]["fc.weight"].shape[0] == 2 * 4  # two members of 4 classes
    assert_runs_agree([run_trials([ok])[0], run_trials([ok2])[0]], [histories[0], histories[2]])
    with pytest.raises(RuntimeError, match="non-finite training loss inf at epoch 1"):
        run_trials([boom])  # alone, a trial's failure is its own error


def test_a_resumed_group_equals_one_never_interrupted():
    # Exactly, on this CPU: the network, optimiser state (momentum), running statistics and which
    # members are alive all come back from the state, and data order depends only on the epoch.
    ok, _, ok2 = three("resnet32", epochs=4)
    group = [ok, dataclasses.replace(ok, loss="nce_rce", loss_params={"beta": 1e38}), ok2]
    states = []
    straight = run_trials(group, on_epoch=lambda m, s: states.append(copy.deepcopy(s)))
    for k in (1, 2):
        resumed = run_trials(group, start_state=states[k])  # states[0] is epoch 0's (None)
        for t in (0, 2):
            assert [r["epoch"] for r in resumed[t]] == list(range(k + 1, 5))
            for a, b in zip(straight[t][k + 1:], resumed[t]):
                assert {m: v for m, v in a.items() if not m.startswith("time/")} == \
                       {m: v for m, v in b.items() if not m.startswith("time/")}
        assert resumed[1] == []  # the failed member stays failed


def test_a_group_resumed_at_its_end_reports_without_training(tmp_path):
    # A driver killed after a group's last checkpoint but before Tune saw it end: the restored group
    # reports its metrics again and logs no step twice.
    group = [recipe("mlp", epochs=2, eta=0.2), recipe("mlp", epochs=2, eta=0.4)]
    states = []
    dirs = [tmp_path / "a", tmp_path / "b"]
    before = run_trials(group, dirs, on_epoch=lambda m, s: states.append(copy.deepcopy(s)))
    after = run_trials(group, dirs, start_state=states[-1])
    assert [[m["epoch"] for m in h] for h in after] == [[2], [2]]
    assert [h[-1][M.J2] for h in after] == [h[-1][M.J2] for h in before]
    for d in dirs:
        status = status_of(d)
        assert (status["status"], status["epoch"], status["resumed_from"]) == ("finished", 2, 2)
        assert [step for step, _ in scalars(d)[M.J2]] == [0, 1, 2]


def test_resumed_channels_last_state_keeps_its_layout():
    # On CUDA networks are channels-last; optimiser state loaded from a checkpoint is contiguous and
    # must take the parameters' layout again (fused optimiser kernels want equal strides).
    from memstudy.models import build_model
    from memstudy.train import _match_layouts, make_optimizer

    model = build_model("resnet32", (3, 8, 8), 10, seeds=[0, 1]).to(memory_format=torch.channels_last)
    cfg = recipe("resnet32")
    optimizer = make_optimizer(cfg, model.parameters())
    model(torch.randn(4, 3, 8, 8)).sum().backward()
    optimizer.step()
    state = {k: {n: v.contiguous() if torch.is_tensor(v) else v for n, v in s.items()}
             for k, s in optimizer.state_dict()["state"].items()}
    fresh = make_optimizer(cfg, model.parameters())
    fresh.load_state_dict({**optimizer.state_dict(), "state": state})
    _match_layouts(fresh)
    for p in model.parameters():
        assert fresh.state[p]["momentum_buffer"].stride() == p.stride()
        assert torch.equal(fresh.state[p]["momentum_buffer"], optimizer.state[p]["momentum_buffer"])


def test_refuses_trials_that_cannot_share_a_network():
    with pytest.raises(ConfigError, match="must share"):
        run_trials([recipe("mlp"), recipe("mlp", lr=0.1)])
    with pytest.raises(ConfigError, match="data order"):
        run_trials([recipe("mlp", data_seed=None, seed=0), recipe("mlp", data_seed=None, seed=1)])


def test_trials_train_in_their_precision():
    # precision bf16 autocasts the fused forward pass as it does a separate trial's.
    digits = TrialConfig(dataset="digits", model="small_cnn", optimizer="adam", lr=1e-3, batch_size=64, epochs=2,
                         data_seed=0, precision="bf16")
    group = [dataclasses.replace(digits, loss=c.loss, loss_params=c.loss_params, eta=c.eta, seed=c.seed)
             for c in three("small_cnn")]
    separate = [run_trials([c])[0] for c in group]
    fused, fp32 = run_trials(group), run_trials([dataclasses.replace(c, precision="fp32") for c in group])
    gap_bf16 = max(abs(a[M.TRAIN_LOSS] - b[M.TRAIN_LOSS]) for s, m in zip(separate, fused) for a, b in zip(s, m))
    gap_fp32 = max(abs(a[M.TRAIN_LOSS] - b[M.TRAIN_LOSS]) for s, m in zip(separate, fp32) for a, b in zip(s, m))
    assert gap_bf16 < 5e-3 < gap_fp32, (gap_bf16, gap_fp32)


def test_groups_are_near_equal_and_sorted_by_loss():
    grid = [dataclasses.replace(recipe("mlp"), loss=loss, eta=eta) for eta in (0.0, 0.2, 0.4) for loss in ("mse", "cce")]
    grid.append(dataclasses.replace(grid[0], lr=0.1))  # another recipe: a group of its own
    groups = plan_groups(grid, 4)
    assert sorted(len(g) for g in groups) == [1, 3, 3]  # 6 fusable trials in 2 groups of 3, not 4 + 2
    assert sorted(i for g in groups for i in g) == list(range(len(grid)))
    flat = [grid[i].loss for g in groups if len(g) == 3 for i in g]
    assert flat == ["cce", "cce", "cce", "mse", "mse", "mse"]  # each loss scored once per step
    assert [len(g) for g in plan_groups(grid, lambda cfg: 16 if cfg.lr == 0.01 else 1)] == [6, 1]


def test_groups_fill_their_share_of_the_gpus_memory():
    grid = [dataclasses.replace(recipe("mlp"), seed=s, data_seed=0) for s in range(40)]
    gib = 2**30
    cost = lambda cfg: (gib, 2 * gib)  # noqa: E731  (1 GiB a member, 2 GiB a group besides)
    # One 80 GiB GPU, gpu: auto: a group alone on it has 0.9 * 80 GiB, room for all 40.
    groups = plan_groups_for_memory(grid, 80 * gib, cost, lambda n: gpu_share("auto", n, 1.0))
    assert [len(g) for g in groups] == [40]
    # An explicit quarter of a GPU per group: 0.9 * 20 - 2 = 16 members fit, so 3 groups of 14, 13, 13.
    groups = plan_groups_for_memory(grid, 80 * gib, cost, lambda n: gpu_share(0.25, n, 1.0))
    assert [len(g) for g in groups] == [14, 13, 13]
    # 100 trials would not fit in one group; groups sharing the GPU (auto: up to 4 at once) share its
    # memory too: sizes settle at 0.9 * 80 / 4 - 2 = 16 at most, in 7 near-equal groups.
    many = [dataclasses.replace(grid[0], seed=s) for s in range(100)]
    groups = plan_groups_for_memory(many, 80 * gib, cost, lambda n: gpu_share("auto", n, 1.0))
    assert [len(g) for g in groups] == [15, 15, 14, 14, 14, 14, 14]
    # A GPU too small for two members still trains every trial, one to a network.
    assert len(plan_groups_for_memory(grid[:3], 3 * gib, cost, lambda n: 1.0)) == 3


def test_batch_trials_accepts_every_architecture():
    raw = {"name": "t", "trial": {"dataset": "synthetic", "model": "resnet32", "epochs": 2}, "grid": {"eta": [0.0, 0.4]}}
    assert parse_study({**raw, "batch_trials": True}).batch_trials is True
    assert parse_study({**raw, "batch_trials": 4}).batch_trials == 4
    assert parse_study(raw).batch_trials is False
    for bad in ("yes", 0, -2, 1.5):
        with pytest.raises(ConfigError, match="batch_trials: must be true, false or a group size"):
            parse_study({**raw, "batch_trials": bad})
    # A fused search varies what its members may differ in: loss parameters, not the recipe.
    alpha = {"loss_params.alpha": {"distribution": "uniform", "low": 0.1, "high": 1.0}}
    searched = {**raw, "batch_trials": True, "trial": {**raw["trial"], "loss": "rll"}, "search": {"params": alpha}}
    assert parse_study(searched).batch_trials is True
    with pytest.raises(ConfigError, match="batch_trials: a fused search's members .* not lr"):
        parse_study({**searched, "search": {"params": {**alpha, "lr": {"distribution": "uniform", "low": 0.1,
                                                                       "high": 1.0}}}})


@pytest.mark.subprocess
def test_fused_study_resumes_after_killing_the_driver_and_members_fail_alone(tmp_path):
    """Two groups of 3 batch-norm networks, one at a time, each with a member whose loss overflows.
    The driver is killed while the second group trains; the same command finishes the study: the
    finished group is not re-run, the interrupted one continues from its checkpoint with its failed
    member still failed, every epoch is in TensorBoard once, and the resumed members' metrics equal
    those of the same group trained without interruption."""
    raw = {"name": "fused_resume", "batch_trials": 3, "max_concurrent": 1, "checkpoint_interval_s": 0,
           "trial": {"dataset": "synthetic", "dataset_params": {"n_train": 1500, "n_test": 128, "shape": [3, 8, 8]},
                     "model": "resnet32", "model_params": {"n": 1}, "epochs": 10, "batch_size": 64,
                     "optimizer": "sgd", "lr": 0.02, "momentum": 0.9, "weight_decay": 5e-4, "data_seed": 0},
           "grid": {"loss": ["cce", {"loss": "nce_rce", "loss_params.beta": 1.0e+38},
                             {"loss": "rll", "loss_params.alpha": 0.1}],
                    "eta": [0.0, 0.4]}}
    path = write_study(tmp_path, raw)
    proc = run_cli(path, "--dry-run")
    assert proc.returncode == 0 and "6 trials in 2 fused groups (sizes 3, 3)" in proc.stdout
    storage = tmp_path / "results"
    study_dir = storage / raw["name"]
    # Killed once the second group has saved a state (epoch 2 logged: its state after epoch 1 is on
    # disk) and, with 10 epochs, well before its last one even on a loaded machine: a kill after the
    # last epoch (seen once under load with 8 epochs and epoch 3) resumes at the end, not midway.
    first_run, proc = interrupt_then_resume(path, storage, study_dir, min_epoch=2)
    assert proc.returncode == 1, proc.stdout + proc.stderr  # the overflowing members failed
    assert "4 trials finished, 2 failed" in proc.stdout and "non-finite training loss" in proc.stdout
    dirs = trial_dirs(study_dir)
    assert len(dirs) == 6
    done_before = {name for name, s in first_run.items() if s.get("status") == "finished"}
    assert len(done_before) == 2  # the first group's live members
    by_group = {}
    for d in dirs:
        config = json.loads((d / "config.json").read_text())
        by_group.setdefault(tuple(config["fused_group"]["members"]), []).append((config["fused_group"]["member"], d))
    resumed = 0
    for members in by_group.values():
        members.sort()
        group = [trial_from_dict(json.loads((d / "config.json").read_text())["trial"]) for _, d in members]
        straight = run_trials(group, threads=1)  # the same group, never interrupted, as a 1-CPU trial runs
        for (t, d), cfg, history in zip(members, group, straight):
            status = status_of(d)
            if cfg.loss == "nce_rce":
                assert status["status"] == "failed" and history == [history[0]]
                continue
            assert status["status"] == "finished"
            if d.name in done_before:  # not trained again: left alone or, when the driver was killed before
                # Tune's state recorded the group's end, restored at its last epoch and ending at once
                assert status["started"] == first_run[d.name]["started"] or status["resumed_from"] == cfg.epochs
            resumed += 0 < status.get("resumed_from", 0) < cfg.epochs
            logged = scalars(d)
            for metric in (M.J1, M.J2, M.TEST_ACC, M.TRAIN_LOSS):
                assert [step for step, _ in logged[metric]] == list(range(cfg.epochs + 1)), f"{d.name} {metric}"
                assert [v for _, v in logged[metric]] == pytest.approx([r[metric] for r in history], rel=1e-5,
                                                                        abs=1e-6), f"{d.name} {metric}"
    assert resumed == 2, "the interrupted group should continue from its checkpoint"


@pytest.mark.subprocess
def test_a_mixed_study_trains_groups_and_lone_trials(tmp_path):
    # cce and rll share a recipe and fuse; mse with another learning rate trains alone, as an ordinary trial.
    raw = {"name": "mixed", "batch_trials": True, "checkpoint_interval_s": 60,
           "trial": {"dataset": "synthetic", "model": "resnet32", "model_params": {"n": 1}, "epochs": 2, "eta": 0.4,
                     "dataset_params": {"shape": [3, 8, 8], "n_train": 128, "n_test": 32}},
           "grid": {"loss": ["cce", {"loss": "rll", "loss_params.alpha": 0.1}, {"loss": "mse", "lr": 0.001}]}}
    path = write_study(tmp_path, raw)
    proc = run_cli(path, "--dry-run")
    assert "3 trials in 2 fused groups (sizes 2, 1)" in proc.stdout, proc.stdout + proc.stderr
    proc = run_cli(path, "--storage", tmp_path / "results")
    assert proc.returncode == 0 and "3 trials finished, 0 failed" in proc.stdout, proc.stdout + proc.stderr
    folders = {json.loads((d / "config.json").read_text())["trial"]["loss"]: d for d in trial_dirs(tmp_path / "results" / "mixed")}
    assert sorted(folders) == ["cce", "mse", "rll"]
    alone = json.loads((folders["mse"] / "config.json").read_text())
    assert alone["fused_group"] is None and (folders["mse"] / "progress.csv").exists()  # its own Tune trial folder
    for loss in ("cce", "rll"):
        assert json.loads((folders[loss] / "config.json").read_text())["fused_group"]["members"]
        assert folders[loss].name.endswith(("-0", "-1"))
    assert all(status_of(d)["status"] == "finished" for d in folders.values())


@pytest.mark.slow  # the default run stays near 12 minutes; see docs/development.md
@pytest.mark.subprocess
def test_fused_study_analysis_matches_the_same_study_unfused(tmp_path):
    """A resnet32 study on small synthetic images through `python -m memstudy.run`, fused and not:
    the analysis (`python -m analysis`'s build_report) gives the same claims and verdicts, and the
    same summary numbers to float tolerance (six epochs amplify the fused network's other
    summation order to a few examples)."""
    import pandas as pd

    from analysis import build_report

    raw = {"name": "r32", "checkpoint_interval_s": 60, "resources": {"cpu": 1},
           "trial": {"dataset": "synthetic", "dataset_params": {"n_train": 256, "n_test": 256, "shape": [3, 8, 8]},
                     "model": "resnet32", "epochs": 6, "batch_size": 64, "optimizer": "adam", "lr": 0.003,
                     "data_seed": 0},
           "grid": {"loss": ["cce", {"loss": "rll", "loss_params.alpha": 0.1}], "eta": [0.0, 0.4]}}
    reports = {}
    for fused in (False, True):
        folder = tmp_path / ("fused" if fused else "alone")
        folder.mkdir()
        path = write_study(folder, {**raw, "batch_trials": fused})
        storage = tmp_path / f"results_{fused}"
        proc = run_cli(path, "--storage", storage)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert ("in 1 fused group" in proc.stdout) == fused
        report = build_report(storage / "r32")  # what `python -m analysis` writes
        claims = [(c.setting, c.text, c.verdict) for c in report["claims"]]
        reports[fused] = (claims, pd.read_csv(report["out_dir"] / "summary.csv"))
    assert reports[True][0] == reports[False][0] and reports[True][0]  # the same claims, the same verdicts
    alone, fused = reports[False][1], reports[True][1]
    assert list(alone.columns) == list(fused.columns) and len(alone) == len(fused) == 4
    for column in alone.columns:
        if not pd.api.types.is_numeric_dtype(alone[column]):
            assert fused[column].tolist() == alone[column].tolist(), column
        elif "flip_epoch" in column:
            assert fused[column].tolist() == pytest.approx(alone[column].tolist(), abs=1, nan_ok=True), column
        else:  # accuracies within 8 of 256 examples (measured: 2); rates, seeds, counts equal
            assert fused[column].tolist() == pytest.approx(alone[column].tolist(), abs=0.03, nan_ok=True), column
