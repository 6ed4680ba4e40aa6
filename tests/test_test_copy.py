"""The independent noisy copy of the test labels (Theorem 1's noise) is drawn independently of the
training labels' noise: checked on what a real trial writes, with identical train and test sets."""

import json

import numpy as np
import pytest

from memstudy.config import TrialConfig
from memstudy.train import run_trial

N, K, ETA = 3000, 10, 0.4


@pytest.fixture(scope="module")
def twin_sets(tmp_path_factory):
    """An arrays dataset whose test set is its training set, example for example: a draw with the
    training noise's own seed would then flip the same examples to the same classes."""
    rng = np.random.default_rng(0)
    x, y = rng.standard_normal((N, 4)).astype(np.float32), np.arange(N) % K
    path = tmp_path_factory.mktemp("twins") / "twins.npz"
    np.savez(path, x_train=x, y_train=y, x_test=x, y_test=y)
    return path


@pytest.mark.parametrize("kind", ["symmetric", "symmetric_exact", "uniform", "pair"])
def test_the_test_copy_is_drawn_independently_of_the_training_noise(twin_sets, tmp_path, kind):
    cfg = TrialConfig(dataset="arrays", dataset_params={"path": str(twin_sets)}, model="mlp",
                      model_params={"hidden": [4]}, epochs=1, eta=ETA, noise=kind, seed=3, record_predictions=False)
    run_trial(cfg, tmp_path / "t")
    labels = np.load(tmp_path / "t" / "labels.npz")
    assert np.array_equal(labels["clean"], labels["test_clean"])
    train_flip, test_flip = labels["noisy"] != labels["clean"], labels["test_noisy"] != labels["test_clean"]
    p_train, p_test = train_flip.mean(), test_flip.mean()
    assert p_train > 0.3 and p_test > 0.3
    # Independent draws flip an example in both with probability p_train * p_test (0.13-0.16), not p (0.36-0.4):
    both = (train_flip & test_flip).mean()
    sd = np.sqrt(p_train * p_test * (1 - p_train * p_test) / N)
    assert abs(both - p_train * p_test) < 5 * sd, (both, p_train * p_test)
    if kind in ("symmetric", "symmetric_exact"):
        # ... and an example flipped in both goes to the same class one time in K-1, not always.
        flipped = train_flip & test_flip
        same = (labels["noisy"][flipped] == labels["test_noisy"][flipped]).mean()
        assert abs(same - 1 / (K - 1)) < 5 * np.sqrt(1 / (K - 1) * (1 - 1 / (K - 1)) / flipped.sum()), same
    config = json.loads((tmp_path / "t" / "config.json").read_text())["noise"]
    assert config["test_copy"]["realised_rate"] == pytest.approx(p_test)
