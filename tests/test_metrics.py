"""J1, J2 and the memorised/corrected shares on a model whose predictions are fixed by construction."""

import math

import torch

from memstudy import metrics as M
from memstudy.losses import build_loss
from memstudy.train import predict


class Fixed(torch.nn.Module):
    """A network of one trial that predicts class x[i, 0] for every input (the input carries the
    prediction): logits [1, N, 4]."""

    def forward(self, x):
        return (torch.nn.functional.one_hot(x[:, 0].long(), 4).float() * 10)[None]


def evaluate(model, x_train, noisy, clean, x_test, y_test, loss_fn, batch_size=1024):
    """The per-epoch measurement of a trial, as run_trials makes it."""
    return M.metrics_from_logits(predict(model, x_train, batch_size)[0], noisy, clean, predict(model, x_test, batch_size)[0],
                                 y_test, loss_fn)


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


def test_metric_names_are_unique_and_namespaced():
    assert len(set(M.EPOCH_METRICS)) == len(M.EPOCH_METRICS)
    assert all("/" in name for name in M.EPOCH_METRICS)
