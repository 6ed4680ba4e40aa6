"""Memorisation flip and J2-peak statistics of one trial's curves: pure functions over arrays."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


def flip_epoch(epochs, j1, j2, patience: int = 5):
    """The first epoch at which J1 exceeds J2 and stays above for `patience` epochs, after J2 has led.

    "J2 has led" means J2 > J1 at some earlier epoch of training (epoch 1 or later: at epoch 0,
    the untrained network, which of the two is ahead is chance). A crossing needs `patience`
    consecutive epochs with J1 > J2 (a crossing too close to the end to show them does not
    count). Returns None when the network never flips, e.g. when J1 == J2 throughout (eta = 0).
    """
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


def early_lead_epoch(epochs, j1, j2, patience: int = 5):
    """The first epoch (1 or later) at which J1 exceeds J2 and stays above for `patience` epochs
    before J2 has led at any epoch of training: the network memorised from the first epochs, so
    there is no flip (J2 never led) and no resistance either. None when J1 never took such a lead."""
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


@dataclass(frozen=True)
class TrialStats:
    final_j1: float
    final_j2: float
    final_test: float
    peak_j1: float
    peak_j2: float
    peak_test: float
    peak_j2_epoch: int
    j2_drop: float          # peak J2 minus final J2
    flip_epoch: float       # NaN when there is no flip
    early_lead_epoch: float  # J1 ahead for good before J2 ever led (memorised from the first epochs); NaN when not


def trial_stats(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    early = early_lead_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip),
                      early_lead_epoch=math.nan if early is None else float(early))
