"""Each training example's online prediction (the class the training steps gave it when they saw
it, epochs 1..E) is recorded beside the end-of-epoch predictions: what forgetting events count."""

import copy

import numpy as np
import pytest

from helpers import scalars
from memstudy import metrics as M
from memstudy.config import trial_from_dict
from memstudy.train import LABELS_FILE, ONLINE_RAW, PREDICTIONS_FILE, run_trials

TRIAL = {"dataset": "synthetic", "dataset_params": {"n_train": 200, "n_test": 50}, "model": "mlp",
         "model_params": {"hidden": [16]}, "epochs": 5, "batch_size": 32, "eta": 0.4, "optimizer": "adam", "lr": 0.01}


def test_online_predictions_are_the_ones_online_j1_and_j2_are_measured_from(tmp_path):
    cfg = trial_from_dict(TRIAL)
    run_trials([cfg], [tmp_path], threads=1)
    with np.load(tmp_path / PREDICTIONS_FILE) as f:
        online, predicted = f["online"], f["predicted"]
    with np.load(tmp_path / LABELS_FILE) as f:
        noisy, clean = f["noisy"], f["clean"]
    assert online.shape == (200, 5) and predicted.shape == (200, 6)  # epochs 1..5; eval: 0..5
    logged = scalars(tmp_path)
    for e in range(1, 6):  # the metric equals its definition on the recorded rows
        assert float((online[:, e - 1] == noisy).mean()) == pytest.approx(logged[M.ONLINE_J1][e - 1][1], abs=1e-6)
        assert float((online[:, e - 1] == clean).mean()) == pytest.approx(logged[M.ONLINE_J2][e - 1][1], abs=1e-6)
    assert not (online == predicted[:, 1:]).all()  # a statistic of its own, not the eval rows again
    assert not (tmp_path / ONLINE_RAW).exists()  # packed


def test_a_resumed_trial_keeps_each_epochs_online_row_once(tmp_path):
    cfg = trial_from_dict(TRIAL)
    run_trials([cfg], [tmp_path / "straight"], threads=1)
    saved = {}

    def keep(_, state):
        if state is not None and state["epoch"] == 2:
            saved.update(copy.deepcopy(state))

    run_trials([cfg], [tmp_path / "resumed"], threads=1, on_epoch=keep)  # ran to 5, packed
    run_trials([cfg], [tmp_path / "resumed"], threads=1, start_state=saved)  # resumed from its epoch-2 state
    with np.load(tmp_path / "straight" / PREDICTIONS_FILE) as a, np.load(tmp_path / "resumed" / PREDICTIONS_FILE) as b:
        for key in ("predicted", "online"):
            assert np.array_equal(a[key], b[key]), key
