"""Metric names (defined once, shared by training, logging and analysis) and the per-epoch metrics.

Names form a namespace, `group/name`, so TensorBoard groups them. J1/J2 are measured two ways:
by an end-of-epoch pass over the whole training set in eval mode (train/j1, train/j2; recorded
as EVAL_PROTOCOL), and from the train-mode predictions each training step made during the epoch
(online/j1, online/j2: what the paper's authors recorded), at no extra pass.
"""

from __future__ import annotations

import math

J1 = "train/j1"                 # accuracy against the noisy labels the network is trained on
J2 = "train/j2"                 # accuracy against the original clean training labels
BEST_NOISY_J2 = "best_noisy_j2"  # a fused group's report to Tune: the best J2 of its live members with eta > 0
TRAIN_LOSS = "train/loss"       # mean loss against the noisy labels (the training objective)
CLEAN_LOSS = "train/clean_loss"  # mean loss against the clean labels (the clean risk, for Theorem 1)
TEST_ACC = "test/acc"
TEST_LOSS = "test/loss"        # mean loss on the clean test set (the clean risk, for Theorem 1)
TEST_NOISY_LOSS = "test/noisy_loss"  # mean loss against an independent noisy copy of the test labels (the noisy risk)
MEMORISED = "noisy/memorised"   # on flipped examples only: share predicted as their noisy label
CORRECTED = "noisy/corrected"   # on flipped examples only: share predicted as their clean label
ONLINE_J1 = "online/j1"         # J1 from the predictions the training steps made during the epoch (train mode)
ONLINE_J2 = "online/j2"         # J2 likewise: the authors' protocol
LR = "opt/lr"
EPOCH_TIME = "time/epoch_s"      # wall time of the training pass (not the evaluation)

EPOCH_METRICS = (J1, J2, TEST_ACC, TRAIN_LOSS, CLEAN_LOSS, TEST_LOSS, TEST_NOISY_LOSS, MEMORISED, CORRECTED,
                 ONLINE_J1, ONLINE_J2, LR, EPOCH_TIME)
# A trial's summary, written once it ends for TensorBoard's HParams view (one row per trial).
FINAL_J1, FINAL_J2, FINAL_TEST_ACC = "summary/final_j1", "summary/final_j2", "summary/final_test_acc"
PEAK_J1, PEAK_J2, PEAK_TEST_ACC = "summary/peak_j1", "summary/peak_j2", "summary/peak_test_acc"
FINAL_J2_MINUS_J1 = "summary/final_j2_minus_j1"  # > 0: fewer flipped labels memorised than corrected
SUMMARY_METRICS = (FINAL_J1, FINAL_J2, FINAL_TEST_ACC, PEAK_J1, PEAK_J2, PEAK_TEST_ACC, FINAL_J2_MINUS_J1)

# How J1 and J2 were measured: the analysis runs its claims on either (`--protocol`).
PROTOCOLS = {"eval": (J1, J2), "online": (ONLINE_J1, ONLINE_J2)}
EVAL_PROTOCOL = "end_of_epoch_eval_mode"

# A trial folder's status.json when a killed driver had started the trial before Ray Tune's last
# snapshot recorded it: on resume Tune ran the trial again from the start in another folder, so
# the analysis leaves this one out.
SUPERSEDED = "superseded"

def read_scalars(tb_dir) -> dict[str, list]:
    """Every scalar a trial logged in its TensorBoard folder: {metric: [(epoch, value), ...]} (a
    resumed trial's steps past the state it resumed from are purged, as TensorBoard shows them)."""
    from pathlib import Path

    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    if not Path(tb_dir).is_dir():
        return {}
    acc = EventAccumulator(str(tb_dir), size_guidance={"scalars": 0})
    acc.Reload()
    return {tag: [(e.step, e.value) for e in acc.Scalars(tag)] for tag in acc.Tags()["scalars"]}


# The memorisation flip, defined here once: the driver's end-of-study table and the analysis
# (analysis.flip re-exports these) must agree on it.
FLIP_PATIENCE = 5  # epochs J1 must stay above J2 for a crossing to count as the flip


def flip_epoch(epochs, j1, j2, patience: int = FLIP_PATIENCE):
    """The first epoch at which J1 exceeds J2 and stays above for `patience` epochs, after J2 has led.

    "J2 has led" means J2 > J1 at some earlier epoch of training (epoch 1 or later: at epoch 0,
    the untrained network, which of the two is ahead is chance). A crossing needs `patience`
    consecutive epochs with J1 > J2 (a crossing too close to the end to show them does not
    count). Returns None when the network never flips, e.g. when J1 == J2 throughout (eta = 0).
    """
    import numpy as np  # here, not at the top: `memstudy run --help` imports this module

    epochs, j1, j2 = np.asarray(epochs), np.asarray(j1, dtype=float), np.asarray(j2, dtype=float)
    if patience < 1:
        raise ValueError(f"patience must be >= 1, got {patience}")
    above = j1 > j2
    led = np.cumsum((j2 > j1) & (epochs >= 1)) > 0  # led[t]: J2 led at some epoch 1..t
    for t in range(1, len(epochs)):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def early_lead_epoch(epochs, j1, j2, patience: int = FLIP_PATIENCE):
    """The first epoch (1 or later) at which J1 exceeds J2 and stays above for `patience` epochs
    before J2 has led at any epoch of training: the network memorised from the first epochs, so
    there is no flip (J2 never led) and no resistance either. None when J1 never took such a lead."""
    import numpy as np

    epochs, j1, j2 = np.asarray(epochs), np.asarray(j1, dtype=float), np.asarray(j2, dtype=float)
    if patience < 1:
        raise ValueError(f"patience must be >= 1, got {patience}")
    above = j1 > j2
    for t in range(len(epochs)):
        if epochs[t] < 1:
            continue
        if (j2[t] > j1[t]):
            return None  # J2 led first: what follows is a flip or nothing
        window = above[t : t + patience]
        if len(window) == patience and window.all():
            return int(epochs[t])
    return None


def metrics_from_logits(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
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
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def online_metrics(predicted, noisy, clean) -> dict:
    """Online J1 and J2 from each training example's predicted class during the epoch (no extra pass)."""
    return {ONLINE_J1: float((predicted == noisy).float().mean()), ONLINE_J2: float((predicted == clean).float().mean())}


def summary_update(summary: dict | None, epoch_metrics: dict) -> dict:
    """The trial's SUMMARY_METRICS after one more epoch's metrics (peaks over every epoch so far)."""
    summary = dict(summary or {})
    for peak, metric in ((PEAK_J1, J1), (PEAK_J2, J2), (PEAK_TEST_ACC, TEST_ACC)):
        summary[peak] = max(summary.get(peak, -math.inf), epoch_metrics[metric])
    summary.update({FINAL_J1: epoch_metrics[J1], FINAL_J2: epoch_metrics[J2], FINAL_TEST_ACC: epoch_metrics[TEST_ACC],
                    FINAL_J2_MINUS_J1: epoch_metrics[J2] - epoch_metrics[J1]})
    return summary
