"""Memorisation flip and J2-peak statistics of one trial's curves: pure functions over arrays.

The flip itself (flip_epoch, early_lead_epoch) is defined in memstudy.metrics, which the driver's
end-of-study table uses as well; it is re-exported here."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from memstudy.metrics import FLIP_MARGIN, FLIP_PATIENCE, early_lead_epoch, flip_epoch, lead_margin

__all__ = ["FLIP_MARGIN", "FLIP_PATIENCE", "TrialStats", "early_lead_epoch", "flip_epoch", "lead_margin", "trial_stats"]


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


def trial_stats(epochs, j1, j2, test, flip_rate, patience: int = FLIP_PATIENCE) -> TrialStats:
    """`flip_rate`: the trial's realised flip rate ρ, which sets the lead a flip needs (lead_margin)."""
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, flip_rate, patience)
    early = early_lead_epoch(epochs, j1, j2, flip_rate, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip),
                      early_lead_epoch=math.nan if early is None else float(early))
