"""Batched (vmapped) trials give the metrics of the same trials run separately, and fail alone."""

import dataclasses
import json

import pytest

from memstudy.batched import run_batched, run_separately
from memstudy.config import TrialConfig
from memstudy.errors import ConfigError

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

