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


def _predict_and_losses(model, x, labels_list, loss_fn, batch_size):
    import torch

    preds, sums = [], [0.0 for _ in labels_list]
    for start in range(0, x.shape[0], batch_size):
        logits = model(x[start : start + batch_size])
        preds.append(logits.argmax(dim=1))
        for i, labels in enumerate(labels_list):
            sums[i] += float(loss_fn(logits, labels[start : start + batch_size]).double().sum())
    n = max(x.shape[0], 1)
    return torch.cat(preds), [s / n for s in sums]


def evaluate(model, x_train, noisy, clean, x_test, y_test, loss_fn, batch_size=1024) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares on flipped examples.

    The model is put in eval mode for the measurement and given back in the mode it was in.
    Memorised and corrected are NaN when no label was flipped.
    """
    import torch

    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            train_pred, (noisy_loss, clean_loss) = _predict_and_losses(model, x_train, [noisy, clean], loss_fn, batch_size)
            test_pred, (test_loss,) = _predict_and_losses(model, x_test, [y_test], loss_fn, batch_size)
    finally:
        model.train(was_training)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: noisy_loss,
        CLEAN_LOSS: clean_loss,
        TEST_LOSS: test_loss,
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }
