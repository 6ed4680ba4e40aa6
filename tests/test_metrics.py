"""Every logged metric equals its definition on hand-made logits and labels."""

import math

import numpy as np
import pytest
import torch

from memstudy import metrics as M
from memstudy.losses import build_loss
from memstudy.train import predict


class Fixed(torch.nn.Module):
    """A network of one trial that predicts class x[i, 0] for every input (the input carries the
    prediction): logits [1, N, 4]."""

    def forward(self, x):
        return (torch.nn.functional.one_hot(x[:, 0].long(), 4).float() * 10)[None]


def evaluate(model, x_train, noisy, clean, x_test, y_test, loss_fn, test_noisy=None, batch_size=1024):
    """The per-epoch measurement of a trial, as run_trials makes it."""
    return M.metrics_from_logits(predict(model, x_train, batch_size)[0], noisy, clean, predict(model, x_test, batch_size)[0],
                                 y_test, loss_fn, y_test if test_noisy is None else test_noisy)


def test_j1_j2_memorised_corrected():
    clean = torch.tensor([0, 1, 2, 3, 0, 1, 2, 3])
    noisy = torch.tensor([0, 1, 2, 3, 1, 2, 3, 0])  # last four flipped
    pred = torch.tensor([0, 1, 2, 0, 1, 1, 0, 0])   # 3 clean right; flipped: 2 memorised, 1 corrected
    x = pred[:, None].float()
    out = evaluate(Fixed(), x, noisy, clean, x, clean, build_loss("cce"), batch_size=3)
    assert out[M.J1] == 5 / 8            # 3 clean + 2 memorised
    assert out[M.J2] == 4 / 8            # 3 clean + 1 corrected
    assert out[M.MEMORISED] == 2 / 4 and out[M.CORRECTED] == 1 / 4
    # The identity J1 - J2 = flipped share * (memorised - corrected).
    assert math.isclose(out[M.J1] - out[M.J2], 0.5 * (out[M.MEMORISED] - out[M.CORRECTED]))
    assert out[M.TEST_ACC] == 4 / 8
    assert out[M.TRAIN_LOSS] > 0 and out[M.CLEAN_LOSS] > 0


def test_no_flips_gives_nan_shares_and_j1_equals_j2():
    labels = torch.tensor([0, 1, 2, 3])
    x = labels[:, None].float()
    out = evaluate(Fixed(), x, labels, labels, x, labels, build_loss("mse"))
    assert out[M.J1] == out[M.J2] == 1.0
    assert math.isnan(out[M.MEMORISED]) and math.isnan(out[M.CORRECTED])


def test_every_metric_is_its_definition_on_hand_made_logits():
    # Arbitrary logits, not one-hot: each loss is the mean of -log softmax at the right labels.
    train_logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 0.3], [-1.0, 3.0, 0.0], [1.0, 1.0, 4.0], [0.0, 2.0, 1.0]])
    test_logits = torch.tensor([[1.0, 0.0, 0.0], [0.0, 0.0, 2.0], [0.5, 1.5, -0.5]])
    clean = torch.tensor([0, 2, 1, 2, 0])
    noisy = torch.tensor([0, 0, 1, 1, 1])     # examples 1, 3, 4 flipped
    y_test = torch.tensor([0, 1, 1])
    test_noisy = torch.tensor([2, 1, 0])
    out = M.metrics_from_logits(train_logits, noisy, clean, test_logits, y_test, build_loss("cce"), test_noisy)
    logp_train, logp_test = torch.log_softmax(train_logits, 1).double(), torch.log_softmax(test_logits, 1).double()

    def nll(logp, labels):
        return float(-logp[torch.arange(len(labels)), labels].mean())

    pred = [0, 2, 1, 2, 1]                      # argmax of each row
    assert out[M.J1] == pytest.approx(np.mean([p == y for p, y in zip(pred, noisy.tolist())]))    # 3/5
    assert out[M.J2] == pytest.approx(np.mean([p == y for p, y in zip(pred, clean.tolist())]))    # 4/5
    assert (out[M.J1], out[M.J2]) == (pytest.approx(0.6), pytest.approx(0.8))
    assert out[M.J1] - out[M.J2] == pytest.approx(0.6 * (1 / 3 - 2 / 3))  # flipped share x (memorised - corrected)
    assert out[M.TEST_ACC] == pytest.approx(2 / 3)  # predictions 0, 2, 1 against 0, 1, 1
    assert out[M.TRAIN_LOSS] == pytest.approx(nll(logp_train, noisy), rel=1e-6)       # against the noisy labels
    assert out[M.CLEAN_LOSS] == pytest.approx(nll(logp_train, clean), rel=1e-6)       # against the clean labels
    assert out[M.TEST_LOSS] == pytest.approx(nll(logp_test, y_test), rel=1e-6)
    assert out[M.TEST_NOISY_LOSS] == pytest.approx(nll(logp_test, test_noisy), rel=1e-6)
    assert out[M.TRAIN_LOSS] != pytest.approx(out[M.CLEAN_LOSS])  # the two differ here: swapping them is caught
    # Flipped examples 1, 3, 4: predicted 2, 2, 1 against noisy 0, 1, 1 and clean 2, 2, 0.
    assert out[M.MEMORISED] == pytest.approx(1 / 3) and out[M.CORRECTED] == pytest.approx(2 / 3)


def test_metric_names_are_unique_and_namespaced():
    assert len(set(M.EPOCH_METRICS)) == len(M.EPOCH_METRICS)
    assert all("/" in name for name in M.EPOCH_METRICS)


def test_memstudy_never_imports_analysis():
    # The flip is defined in memstudy.metrics (analysis.flip re-exports it), so the driver's
    # end-of-study table needs nothing from analysis; `memstudy analyse` reaches it by name only.
    import ast
    from pathlib import Path

    found = []
    for path in sorted((Path(M.__file__).parent).glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            found += [f"{path.name}: {n}" for n in names if n.split(".")[0] == "analysis"]
    assert not found


def test_the_flip_has_one_definition():
    from analysis import flip

    assert flip.flip_epoch is M.flip_epoch and flip.early_lead_epoch is M.early_lead_epoch
    assert flip.trial_stats.__defaults__ == (M.FLIP_PATIENCE,)
