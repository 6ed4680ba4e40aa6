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
# A grid trial's status.json after Ctrl-C stopped it before its last epoch: the rerun continues it
# from its last saved state.
INTERRUPTED = "interrupted"

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
# How far ahead J1 or J2 must get for a lead to count, as a share of the flipped examples: since
# J1 - J2 = ρ x (memorised - corrected), J1 leads by FLIP_MARGIN x ρ when 10 points more of the
# flipped examples are predicted as their noisy label than as their clean one (J2: the reverse).
# A network at chance, or stuck on one class, has J1 - J2 of a few examples either way: no lead.
FLIP_MARGIN = 0.1


def lead_margin(flip_rate) -> float:
    """The lead J1 or J2 must reach to count (FLIP_MARGIN x the realised flip rate ρ; 0 when ρ is
    unknown or 0: then any lead counts, and at eta 0, J1 == J2, none is ever taken)."""
    rate = float(flip_rate) if flip_rate is not None else math.nan
    return FLIP_MARGIN * rate if math.isfinite(rate) and rate > 0 else 0.0


def _runs(epochs, ahead, lead, margin, patience):
    """(first index, last index) of each stretch of `patience` or more consecutive epochs (an epoch
    missing from the curve ends one) where `ahead` holds, reaching `margin` in `lead` at one of them."""
    runs, start = [], None
    for t in range(len(epochs) + 1):
        if t < len(epochs) and ahead[t] and start is not None and epochs[t] == epochs[t - 1] + 1:
            continue  # the lead goes on
        if start is not None and t - start >= patience and lead[start:t].max() >= margin:
            runs.append((start, t - 1))
        start = t if t < len(epochs) and ahead[t] else None
    return runs


def _leads(epochs, j1, j2, flip_rate, patience):
    """(epochs, J1's leads for good as (first index, last index), J2 leads: a boolean per epoch).

    Rows where J1 or J2 is not finite are dropped. J1 leads where J1 > J2 on `patience` or more
    consecutive epochs (an epoch missing from the curve ends a lead) from epoch 1 on, reaching
    lead_margin(flip_rate) at one of them; the lead is for good when J2 does not take it back later
    by the same rule (J2 > J1 on `patience` consecutive epochs, reaching the margin). J2 leads at an
    epoch (1 or later: at epoch 0, the untrained network, which of the two is ahead is chance) where
    J2 - J1 > 0 reaches the margin."""
    import numpy as np  # here, not at the top: `memstudy run --help` imports this module

    if patience < 1:
        raise ValueError(f"patience must be >= 1, got {patience}")
    epochs, j1, j2 = np.asarray(epochs), np.asarray(j1, dtype=float), np.asarray(j2, dtype=float)
    keep = np.isfinite(j1) & np.isfinite(j2)
    epochs, gap = epochs[keep], (j1 - j2)[keep]
    margin = lead_margin(flip_rate)
    trained = epochs >= 1
    j2_leads = (gap < 0) & (-gap >= margin) & trained
    j2_runs = _runs(epochs, (gap < 0) & trained, -gap, margin, patience)
    kept = [(start, end) for start, end in _runs(epochs, (gap > 0) & trained, gap, margin, patience)
            if not any(j2_start > end for j2_start, _ in j2_runs)]
    return epochs, kept, j2_leads


def flip_epoch(epochs, j1, j2, flip_rate, patience: int = FLIP_PATIENCE):
    """The first epoch at which J1 overtakes J2 for good after J2 has led: the start of J1's first
    lead for good (see _leads: `patience` consecutive epochs above J2, reaching lead_margin(flip_rate),
    and J2 not taking the lead back later for as long) that comes after an epoch where J2 led by that
    margin. A lead too close to the end of the curve to show `patience` epochs does not count. None
    when the network never flips, e.g. when J1 == J2 throughout (eta = 0).
    """
    epochs, runs, j2_leads = _leads(epochs, j1, j2, flip_rate, patience)
    for start, _ in runs:
        if j2_leads[:start].any():
            return int(epochs[start])
    return None


def early_lead_epoch(epochs, j1, j2, flip_rate, patience: int = FLIP_PATIENCE):
    """The epoch (1 or later) at which J1 takes a lead for good (as for flip_epoch) before J2 has led
    at any epoch of training: the network memorised from the first epochs, so there is no flip (J2
    never led) and no resistance either. None when J1 never took such a lead."""
    epochs, runs, j2_leads = _leads(epochs, j1, j2, flip_rate, patience)
    if runs and not j2_leads[:runs[0][0]].any():
        return int(epochs[runs[0][0]])
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
