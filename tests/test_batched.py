"""Batched trials give the metrics of the same trials run separately, and fail alone."""

import dataclasses
import json

import pytest
import torch

from memstudy.batched import group_batchable, run_batched, run_separately
from memstudy.models import StackedSequential, build_model, stacking_problem
from memstudy.config import TrialConfig
from memstudy.errors import ConfigError
from memstudy.metrics import TRAIN_LOSS


BASE = TrialConfig(dataset="digits", optimizer="adam", lr=1e-3, batch_size=64, epochs=2)
GRID = [dataclasses.replace(BASE, loss=loss, loss_params=params, eta=eta, seed=seed, data_seed=0)
        for loss, params in (("cce", {}), ("rll", {"alpha": 0.1})) for eta in (0.0, 0.4) for seed in (0, 1)]


@pytest.mark.parametrize("model, params", [("small_cnn", {}), ("mlp", {"hidden": [64]})])
def test_batched_equals_separate(tmp_path, model, params):
    grid = [dataclasses.replace(c, model=model, model_params=params) for c in GRID]
    separate = run_separately(grid)
    batched = run_batched(grid, [tmp_path / f"t{i}" for i in range(len(grid))])
    for one, many in zip(separate, batched):
        assert [r["epoch"] for r in one] == [r["epoch"] for r in many] == [0, 1, 2]
        for a, b in zip(one, many):
            for metric, value in a.items():
                if metric.startswith("time/") or value != value:
                    continue
                # Batched matrix products sum in another order: float tolerance, a few examples at most.
                assert b[metric] == pytest.approx(value, abs=3e-3, rel=1e-4), metric
    # Each trial wrote its own files, as a separate run does.
    for i, cfg in enumerate(grid):
        config = json.loads((tmp_path / f"t{i}" / "config.json").read_text())
        assert config["trial"]["loss"] == cfg.loss and config["noise"]["eta"] == cfg.eta
        assert json.loads((tmp_path / f"t{i}" / "status.json").read_text())["status"] == "finished"


def test_a_non_finite_trial_fails_alone(tmp_path):
    grid = [dataclasses.replace(BASE, model="mlp", loss="nce_rce", loss_params={"beta": beta}) for beta in (1.0, 1e38)]
    histories = run_batched(grid, [tmp_path / "ok", tmp_path / "boom"])
    assert [r["epoch"] for r in histories[0]] == [0, 1, 2]
    assert [r["epoch"] for r in histories[1]] == [0]
    boom = json.loads((tmp_path / "boom" / "status.json").read_text())
    assert boom["status"] == "failed" and "non-finite training loss" in boom["error"] and "epoch 1" in boom["error"]
    assert json.loads((tmp_path / "ok" / "status.json").read_text())["status"] == "finished"


def test_refuses_what_cannot_be_batched():
    with pytest.raises(ConfigError, match="batch norm"):
        run_batched([dataclasses.replace(BASE, model="resnet32")] * 2)
    with pytest.raises(ConfigError, match="must share"):
        run_batched([BASE, dataclasses.replace(BASE, lr=0.1)])



def test_grouping():
    grid = GRID + [dataclasses.replace(GRID[0], lr=0.1)]
    groups = group_batchable(grid, max_group=3)
    assert sorted(len(g) for g in groups) == [1, 2, 3, 3]
    assert sorted(i for g in groups for i in g) == list(range(len(grid)))


@pytest.mark.parametrize("model, params, shape", [("small_cnn", {}, (1, 8, 8)), ("small_cnn", {"channels": [4, 6, 5]}, (3, 6, 6)),
                                                  ("mlp", {"hidden": [32, 16]}, (1, 8, 8))])
def test_stacked_model_is_its_copies(model, params, shape):
    torch.manual_seed(0)
    models = [build_model(model, shape, 7, **params) for _ in range(3)]
    stacked = StackedSequential(models)
    x = torch.randn(5, *shape)
    logits = stacked(x)
    assert logits.shape == (3, 5, 7)
    for t, m in enumerate(models):
        assert torch.allclose(logits[t], m(x), atol=1e-5)
    # The gradient of the summed losses is each copy's own gradient, in the stacked layout.
    y = torch.randint(0, 7, (5,))
    torch.nn.functional.cross_entropy(logits.flatten(0, 1), y.repeat(3), reduction="sum").backward()
    for t, m in enumerate(models):
        torch.nn.functional.cross_entropy(m(x), y, reduction="sum").backward()
        for name, p in m.named_parameters():
            assert torch.allclose(stacked.params[name].grad[t], p.grad, atol=1e-4), name


def test_what_cannot_be_stacked_is_named():
    assert stacking_problem(build_model("small_cnn", (1, 8, 8), 10)) is None
    assert "batch norm" in stacking_problem(build_model("resnet32", (3, 8, 8), 10))
    assert "Sequential" in stacking_problem(torch.nn.ModuleList([torch.nn.Linear(2, 2)]))
    assert "Dropout" in stacking_problem(torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Dropout(), torch.nn.Linear(4, 2)))
    assert "Flatten" in stacking_problem(torch.nn.Sequential(torch.nn.Linear(4, 2)))
    assert "grouped" in stacking_problem(torch.nn.Sequential(torch.nn.Conv2d(2, 4, 3, groups=2)))
    with pytest.raises(ConfigError, match="Dropout"):
        StackedSequential([torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Dropout(), torch.nn.Linear(4, 2))])


def test_batched_study_resumes_after_killing_the_driver(tmp_path):
    """Groups of 2, one at a time: a finished group is not re-run, the interrupted one continues."""
    from helpers import interrupt_then_resume, scalars, status_of, trial_dirs, write_study
    from memstudy import metrics as M

    raw = {"name": "batched_resume", "batch_trials": 2, "max_concurrent": 1, "checkpoint_interval_s": 0,
           "trial": {"dataset": "synthetic", "dataset_params": {"n_train": 20000, "n_test": 256, "shape": [64]},
                     "model": "mlp", "model_params": {"hidden": [256, 256]}, "epochs": 12, "batch_size": 128,
                     "optimizer": "adam", "lr": 0.001, "data_seed": 0},
           "grid": {"eta": [0.0, 0.4], "seed": [0, 1]}}
    path = write_study(tmp_path, raw)
    storage = tmp_path / "results"
    study_dir = storage / raw["name"]
    first_run, proc = interrupt_then_resume(path, storage, study_dir, min_epoch=3)
    done_before = {name for name, s in first_run.items() if s.get("status") == "finished"}
    assert len(done_before) == 2  # the first group, finished together
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "4 trials finished, 0 failed" in proc.stdout
    dirs = trial_dirs(study_dir)
    assert len(dirs) == 4
    for d in dirs:
        status = status_of(d)
        assert status["status"] == "finished"
        if d.name in done_before:
            assert status["started"] == first_run[d.name]["started"]
        else:
            assert status.get("resumed_from", 0) > 0, "the interrupted group should continue from its checkpoint"
        for metric in (M.J1, M.J2, M.TEST_ACC):
            assert [step for step, _ in scalars(d)[metric]] == list(range(13)), f"{d.name} {metric}"


def test_batched_study_through_ray(tmp_path):
    """batch_trials: one Tune trial per group; each member writes its own files; failures stay per member."""
    import yaml

    from analysis.table import load_table
    from helpers import run_cli
    from memstudy.config import trial_from_dict
    from memstudy.metrics import J2

    raw = {"name": "batched", "batch_trials": True, "checkpoint_interval_s": 0,
           "trial": {"dataset": "synthetic", "model": "small_cnn", "epochs": 3, "optimizer": "adam", "lr": 0.01},
           "grid": {"loss": ["cce", {"loss": "rll", "loss_params.alpha": 0.1},
                             {"loss": "nce_rce", "loss_params.beta": 1.0e38}],  # overflows: fails alone
                    "eta": [0.0, 0.4]}}
    path = tmp_path / "batched.yaml"
    path.write_text(yaml.safe_dump(raw))
    proc = run_cli(path, "--dry-run")
    assert proc.returncode == 0 and "6 trials, trained batched in 1 group\n" in proc.stdout
    proc = run_cli(path, "--storage", tmp_path / "results")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "6 trials trained batched in 1 group," in proc.stdout
    assert "4 trials finished, 2 failed" in proc.stdout and "non-finite training loss" in proc.stdout
    study_dir = tmp_path / "results" / "batched"
    members = sorted(p for p in study_dir.iterdir() if (p / "config.json").exists())
    assert len(members) == 6
    finished = []
    for folder in members:
        status = json.loads((folder / "status.json").read_text())
        config = json.loads((folder / "config.json").read_text())["trial"]
        assert status["status"] == ("failed" if config["loss"] == "nce_rce" else "finished")
        if status["status"] == "finished":
            finished.append((folder, trial_from_dict(config)))
    # The same trials run one by one give the same J2 per epoch as the batched members logged.
    table = load_table(study_dir)
    separate = run_separately([cfg for _, cfg in finished])
    for (folder, _), rows in zip(finished, separate):
        logged = table[(table.trial == folder.name) & (table.metric == J2)].sort_values("epoch").value.tolist()
        assert logged == pytest.approx([r[J2] for r in rows], abs=3e-3)


def test_batched_trials_train_in_their_precision():
    # precision bf16 autocasts the batched forward pass as it does a separate trial's.
    grid = [dataclasses.replace(c, model="small_cnn", precision="bf16") for c in GRID if c.seed == 0]
    separate, batched = run_separately(grid), run_batched(grid)
    fp32 = run_batched([dataclasses.replace(c, precision="fp32") for c in grid])
    gap_bf16 = max(abs(a[TRAIN_LOSS] - b[TRAIN_LOSS]) for s, m in zip(separate, batched) for a, b in zip(s, m))
    gap_fp32 = max(abs(a[TRAIN_LOSS] - b[TRAIN_LOSS]) for s, m in zip(separate, fp32) for a, b in zip(s, m))
    assert gap_bf16 < 5e-3 < gap_fp32, (gap_bf16, gap_fp32)
