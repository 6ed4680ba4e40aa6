"""Metric names (defined once, shared by training, logging and analysis) and the per-epoch evaluation.

Names form a namespace, `group/name`, so TensorBoard groups them. J1/J2 are measured by an
end-of-epoch pass over the whole training set in eval mode (recorded as EVAL_PROTOCOL), not from
the online train-mode predictions the authors stored during the epoch.
"""

from __future__ import annotations

import math

J1 = "train/j1"                 # accuracy against the noisy labels the network is trained on
J2 = "train/j2"                 # accuracy against the original clean training labels
TRAIN_LOSS = "train/loss"       # mean loss against the noisy labels (the training objective)
CLEAN_LOSS = "train/clean_loss"  # mean loss against the clean labels (the clean risk, for Theorem 1)
TEST_ACC = "test/acc"
TEST_LOSS = "test/loss"
MEMORISED = "noisy/memorised"   # on flipped examples only: share predicted as their noisy label
CORRECTED = "noisy/corrected"   # on flipped examples only: share predicted as their clean label
LR = "opt/lr"
EPOCH_TIME = "time/epoch_s"      # wall time of the training pass (not the evaluation)

EPOCH_METRICS = (J1, J2, TEST_ACC, TRAIN_LOSS, CLEAN_LOSS, TEST_LOSS, MEMORISED, CORRECTED, LR, EPOCH_TIME)
EVAL_PROTOCOL = "end_of_epoch_eval_mode"


def predict(model, x, batch_size: int = 1024):
    """Logits of `model` on all of `x`, in eval mode and without gradients (mode restored after)."""
    import torch

    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            return torch.cat([model(x[i : i + batch_size]) for i in range(0, x.shape[0], batch_size)])
    finally:
        model.train(was_training)


def metrics_from_logits(train_logits, noisy, clean, test_logits, y_test, loss_fn) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    Memorised and corrected are NaN when no label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def evaluate(model, x_train, noisy, clean, x_test, y_test, loss_fn, batch_size=1024) -> dict:
    """metrics_from_logits for `model` on the whole training and test sets."""
    return metrics_from_logits(predict(model, x_train, batch_size), noisy, clean, predict(model, x_test, batch_size),
                               y_test, loss_fn)
