"""Memorisation flip and J2-peak statistics of one trial's curves: pure functions over arrays."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_flip_epoch__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_flip_epoch__mutmut)
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


def x_flip_epoch__mutmut_orig(epochs, j1, j2, patience: int = 5):
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


def x_flip_epoch__mutmut_1(epochs, j1, j2, patience: int = 6):
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


def x_flip_epoch__mutmut_2(epochs, j1, j2, patience: int = 5):
    """The first epoch at which J1 exceeds J2 and stays above for `patience` epochs, after J2 has led.

    "J2 has led" means J2 > J1 at some earlier epoch of training (epoch 1 or later: at epoch 0,
    the untrained network, which of the two is ahead is chance). A crossing needs `patience`
    consecutive epochs with J1 > J2 (a crossing too close to the end to show them does not
    count). Returns None when the network never flips, e.g. when J1 == J2 throughout (eta = 0).
    """
    epochs, j1, j2 = None
    if patience < 1:
        raise ValueError(f"patience must be >= 1, got {patience}")
    above = j1 > j2
    led = np.cumsum((j2 > j1) & (epochs >= 1)) > 0  # led[t]: J2 led at some epoch 1..t
    for t in range(1, len(epochs)):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_3(epochs, j1, j2, patience: int = 5):
    """The first epoch at which J1 exceeds J2 and stays above for `patience` epochs, after J2 has led.

    "J2 has led" means J2 > J1 at some earlier epoch of training (epoch 1 or later: at epoch 0,
    the untrained network, which of the two is ahead is chance). A crossing needs `patience`
    consecutive epochs with J1 > J2 (a crossing too close to the end to show them does not
    count). Returns None when the network never flips, e.g. when J1 == J2 throughout (eta = 0).
    """
    epochs, j1, j2 = np.asarray(None), np.asarray(j1, dtype=float), np.asarray(j2, dtype=float)
    if patience < 1:
        raise ValueError(f"patience must be >= 1, got {patience}")
    above = j1 > j2
    led = np.cumsum((j2 > j1) & (epochs >= 1)) > 0  # led[t]: J2 led at some epoch 1..t
    for t in range(1, len(epochs)):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_4(epochs, j1, j2, patience: int = 5):
    """The first epoch at which J1 exceeds J2 and stays above for `patience` epochs, after J2 has led.

    "J2 has led" means J2 > J1 at some earlier epoch of training (epoch 1 or later: at epoch 0,
    the untrained network, which of the two is ahead is chance). A crossing needs `patience`
    consecutive epochs with J1 > J2 (a crossing too close to the end to show them does not
    count). Returns None when the network never flips, e.g. when J1 == J2 throughout (eta = 0).
    """
    epochs, j1, j2 = np.asarray(epochs), np.asarray(None, dtype=float), np.asarray(j2, dtype=float)
    if patience < 1:
        raise ValueError(f"patience must be >= 1, got {patience}")
    above = j1 > j2
    led = np.cumsum((j2 > j1) & (epochs >= 1)) > 0  # led[t]: J2 led at some epoch 1..t
    for t in range(1, len(epochs)):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_5(epochs, j1, j2, patience: int = 5):
    """The first epoch at which J1 exceeds J2 and stays above for `patience` epochs, after J2 has led.

    "J2 has led" means J2 > J1 at some earlier epoch of training (epoch 1 or later: at epoch 0,
    the untrained network, which of the two is ahead is chance). A crossing needs `patience`
    consecutive epochs with J1 > J2 (a crossing too close to the end to show them does not
    count). Returns None when the network never flips, e.g. when J1 == J2 throughout (eta = 0).
    """
    epochs, j1, j2 = np.asarray(epochs), np.asarray(j1, dtype=None), np.asarray(j2, dtype=float)
    if patience < 1:
        raise ValueError(f"patience must be >= 1, got {patience}")
    above = j1 > j2
    led = np.cumsum((j2 > j1) & (epochs >= 1)) > 0  # led[t]: J2 led at some epoch 1..t
    for t in range(1, len(epochs)):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_6(epochs, j1, j2, patience: int = 5):
    """The first epoch at which J1 exceeds J2 and stays above for `patience` epochs, after J2 has led.

    "J2 has led" means J2 > J1 at some earlier epoch of training (epoch 1 or later: at epoch 0,
    the untrained network, which of the two is ahead is chance). A crossing needs `patience`
    consecutive epochs with J1 > J2 (a crossing too close to the end to show them does not
    count). Returns None when the network never flips, e.g. when J1 == J2 throughout (eta = 0).
    """
    epochs, j1, j2 = np.asarray(epochs), np.asarray(dtype=float), np.asarray(j2, dtype=float)
    if patience < 1:
        raise ValueError(f"patience must be >= 1, got {patience}")
    above = j1 > j2
    led = np.cumsum((j2 > j1) & (epochs >= 1)) > 0  # led[t]: J2 led at some epoch 1..t
    for t in range(1, len(epochs)):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_7(epochs, j1, j2, patience: int = 5):
    """The first epoch at which J1 exceeds J2 and stays above for `patience` epochs, after J2 has led.

    "J2 has led" means J2 > J1 at some earlier epoch of training (epoch 1 or later: at epoch 0,
    the untrained network, which of the two is ahead is chance). A crossing needs `patience`
    consecutive epochs with J1 > J2 (a crossing too close to the end to show them does not
    count). Returns None when the network never flips, e.g. when J1 == J2 throughout (eta = 0).
    """
    epochs, j1, j2 = np.asarray(epochs), np.asarray(j1, ), np.asarray(j2, dtype=float)
    if patience < 1:
        raise ValueError(f"patience must be >= 1, got {patience}")
    above = j1 > j2
    led = np.cumsum((j2 > j1) & (epochs >= 1)) > 0  # led[t]: J2 led at some epoch 1..t
    for t in range(1, len(epochs)):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_8(epochs, j1, j2, patience: int = 5):
    """The first epoch at which J1 exceeds J2 and stays above for `patience` epochs, after J2 has led.

    "J2 has led" means J2 > J1 at some earlier epoch of training (epoch 1 or later: at epoch 0,
    the untrained network, which of the two is ahead is chance). A crossing needs `patience`
    consecutive epochs with J1 > J2 (a crossing too close to the end to show them does not
    count). Returns None when the network never flips, e.g. when J1 == J2 throughout (eta = 0).
    """
    epochs, j1, j2 = np.asarray(epochs), np.asarray(j1, dtype=float), np.asarray(None, dtype=float)
    if patience < 1:
        raise ValueError(f"patience must be >= 1, got {patience}")
    above = j1 > j2
    led = np.cumsum((j2 > j1) & (epochs >= 1)) > 0  # led[t]: J2 led at some epoch 1..t
    for t in range(1, len(epochs)):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_9(epochs, j1, j2, patience: int = 5):
    """The first epoch at which J1 exceeds J2 and stays above for `patience` epochs, after J2 has led.

    "J2 has led" means J2 > J1 at some earlier epoch of training (epoch 1 or later: at epoch 0,
    the untrained network, which of the two is ahead is chance). A crossing needs `patience`
    consecutive epochs with J1 > J2 (a crossing too close to the end to show them does not
    count). Returns None when the network never flips, e.g. when J1 == J2 throughout (eta = 0).
    """
    epochs, j1, j2 = np.asarray(epochs), np.asarray(j1, dtype=float), np.asarray(j2, dtype=None)
    if patience < 1:
        raise ValueError(f"patience must be >= 1, got {patience}")
    above = j1 > j2
    led = np.cumsum((j2 > j1) & (epochs >= 1)) > 0  # led[t]: J2 led at some epoch 1..t
    for t in range(1, len(epochs)):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_10(epochs, j1, j2, patience: int = 5):
    """The first epoch at which J1 exceeds J2 and stays above for `patience` epochs, after J2 has led.

    "J2 has led" means J2 > J1 at some earlier epoch of training (epoch 1 or later: at epoch 0,
    the untrained network, which of the two is ahead is chance). A crossing needs `patience`
    consecutive epochs with J1 > J2 (a crossing too close to the end to show them does not
    count). Returns None when the network never flips, e.g. when J1 == J2 throughout (eta = 0).
    """
    epochs, j1, j2 = np.asarray(epochs), np.asarray(j1, dtype=float), np.asarray(dtype=float)
    if patience < 1:
        raise ValueError(f"patience must be >= 1, got {patience}")
    above = j1 > j2
    led = np.cumsum((j2 > j1) & (epochs >= 1)) > 0  # led[t]: J2 led at some epoch 1..t
    for t in range(1, len(epochs)):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_11(epochs, j1, j2, patience: int = 5):
    """The first epoch at which J1 exceeds J2 and stays above for `patience` epochs, after J2 has led.

    "J2 has led" means J2 > J1 at some earlier epoch of training (epoch 1 or later: at epoch 0,
    the untrained network, which of the two is ahead is chance). A crossing needs `patience`
    consecutive epochs with J1 > J2 (a crossing too close to the end to show them does not
    count). Returns None when the network never flips, e.g. when J1 == J2 throughout (eta = 0).
    """
    epochs, j1, j2 = np.asarray(epochs), np.asarray(j1, dtype=float), np.asarray(j2, )
    if patience < 1:
        raise ValueError(f"patience must be >= 1, got {patience}")
    above = j1 > j2
    led = np.cumsum((j2 > j1) & (epochs >= 1)) > 0  # led[t]: J2 led at some epoch 1..t
    for t in range(1, len(epochs)):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_12(epochs, j1, j2, patience: int = 5):
    """The first epoch at which J1 exceeds J2 and stays above for `patience` epochs, after J2 has led.

    "J2 has led" means J2 > J1 at some earlier epoch of training (epoch 1 or later: at epoch 0,
    the untrained network, which of the two is ahead is chance). A crossing needs `patience`
    consecutive epochs with J1 > J2 (a crossing too close to the end to show them does not
    count). Returns None when the network never flips, e.g. when J1 == J2 throughout (eta = 0).
    """
    epochs, j1, j2 = np.asarray(epochs), np.asarray(j1, dtype=float), np.asarray(j2, dtype=float)
    if patience <= 1:
        raise ValueError(f"patience must be >= 1, got {patience}")
    above = j1 > j2
    led = np.cumsum((j2 > j1) & (epochs >= 1)) > 0  # led[t]: J2 led at some epoch 1..t
    for t in range(1, len(epochs)):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_13(epochs, j1, j2, patience: int = 5):
    """The first epoch at which J1 exceeds J2 and stays above for `patience` epochs, after J2 has led.

    "J2 has led" means J2 > J1 at some earlier epoch of training (epoch 1 or later: at epoch 0,
    the untrained network, which of the two is ahead is chance). A crossing needs `patience`
    consecutive epochs with J1 > J2 (a crossing too close to the end to show them does not
    count). Returns None when the network never flips, e.g. when J1 == J2 throughout (eta = 0).
    """
    epochs, j1, j2 = np.asarray(epochs), np.asarray(j1, dtype=float), np.asarray(j2, dtype=float)
    if patience < 2:
        raise ValueError(f"patience must be >= 1, got {patience}")
    above = j1 > j2
    led = np.cumsum((j2 > j1) & (epochs >= 1)) > 0  # led[t]: J2 led at some epoch 1..t
    for t in range(1, len(epochs)):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_14(epochs, j1, j2, patience: int = 5):
    """The first epoch at which J1 exceeds J2 and stays above for `patience` epochs, after J2 has led.

    "J2 has led" means J2 > J1 at some earlier epoch of training (epoch 1 or later: at epoch 0,
    the untrained network, which of the two is ahead is chance). A crossing needs `patience`
    consecutive epochs with J1 > J2 (a crossing too close to the end to show them does not
    count). Returns None when the network never flips, e.g. when J1 == J2 throughout (eta = 0).
    """
    epochs, j1, j2 = np.asarray(epochs), np.asarray(j1, dtype=float), np.asarray(j2, dtype=float)
    if patience < 1:
        raise ValueError(None)
    above = j1 > j2
    led = np.cumsum((j2 > j1) & (epochs >= 1)) > 0  # led[t]: J2 led at some epoch 1..t
    for t in range(1, len(epochs)):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_15(epochs, j1, j2, patience: int = 5):
    """The first epoch at which J1 exceeds J2 and stays above for `patience` epochs, after J2 has led.

    "J2 has led" means J2 > J1 at some earlier epoch of training (epoch 1 or later: at epoch 0,
    the untrained network, which of the two is ahead is chance). A crossing needs `patience`
    consecutive epochs with J1 > J2 (a crossing too close to the end to show them does not
    count). Returns None when the network never flips, e.g. when J1 == J2 throughout (eta = 0).
    """
    epochs, j1, j2 = np.asarray(epochs), np.asarray(j1, dtype=float), np.asarray(j2, dtype=float)
    if patience < 1:
        raise ValueError(f"patience must be >= 1, got {patience}")
    above = None
    led = np.cumsum((j2 > j1) & (epochs >= 1)) > 0  # led[t]: J2 led at some epoch 1..t
    for t in range(1, len(epochs)):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_16(epochs, j1, j2, patience: int = 5):
    """The first epoch at which J1 exceeds J2 and stays above for `patience` epochs, after J2 has led.

    "J2 has led" means J2 > J1 at some earlier epoch of training (epoch 1 or later: at epoch 0,
    the untrained network, which of the two is ahead is chance). A crossing needs `patience`
    consecutive epochs with J1 > J2 (a crossing too close to the end to show them does not
    count). Returns None when the network never flips, e.g. when J1 == J2 throughout (eta = 0).
    """
    epochs, j1, j2 = np.asarray(epochs), np.asarray(j1, dtype=float), np.asarray(j2, dtype=float)
    if patience < 1:
        raise ValueError(f"patience must be >= 1, got {patience}")
    above = j1 >= j2
    led = np.cumsum((j2 > j1) & (epochs >= 1)) > 0  # led[t]: J2 led at some epoch 1..t
    for t in range(1, len(epochs)):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_17(epochs, j1, j2, patience: int = 5):
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
    led = None  # led[t]: J2 led at some epoch 1..t
    for t in range(1, len(epochs)):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_18(epochs, j1, j2, patience: int = 5):
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
    led = np.cumsum(None) > 0  # led[t]: J2 led at some epoch 1..t
    for t in range(1, len(epochs)):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_19(epochs, j1, j2, patience: int = 5):
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
    led = np.cumsum((j2 > j1) | (epochs >= 1)) > 0  # led[t]: J2 led at some epoch 1..t
    for t in range(1, len(epochs)):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_20(epochs, j1, j2, patience: int = 5):
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
    led = np.cumsum((j2 >= j1) & (epochs >= 1)) > 0  # led[t]: J2 led at some epoch 1..t
    for t in range(1, len(epochs)):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_21(epochs, j1, j2, patience: int = 5):
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
    led = np.cumsum((j2 > j1) & (epochs > 1)) > 0  # led[t]: J2 led at some epoch 1..t
    for t in range(1, len(epochs)):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_22(epochs, j1, j2, patience: int = 5):
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
    led = np.cumsum((j2 > j1) & (epochs >= 2)) > 0  # led[t]: J2 led at some epoch 1..t
    for t in range(1, len(epochs)):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_23(epochs, j1, j2, patience: int = 5):
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
    led = np.cumsum((j2 > j1) & (epochs >= 1)) >= 0  # led[t]: J2 led at some epoch 1..t
    for t in range(1, len(epochs)):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_24(epochs, j1, j2, patience: int = 5):
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
    led = np.cumsum((j2 > j1) & (epochs >= 1)) > 1  # led[t]: J2 led at some epoch 1..t
    for t in range(1, len(epochs)):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_25(epochs, j1, j2, patience: int = 5):
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
    for t in range(None, len(epochs)):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_26(epochs, j1, j2, patience: int = 5):
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
    for t in range(1, None):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_27(epochs, j1, j2, patience: int = 5):
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
    for t in range(len(epochs)):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_28(epochs, j1, j2, patience: int = 5):
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
    for t in range(1, ):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_29(epochs, j1, j2, patience: int = 5):
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
    for t in range(2, len(epochs)):
        window = above[t : t + patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_30(epochs, j1, j2, patience: int = 5):
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
        window = None
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_31(epochs, j1, j2, patience: int = 5):
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
        window = above[t : t - patience]
        if led[t - 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_32(epochs, j1, j2, patience: int = 5):
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
        if led[t - 1] and len(window) == patience or window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_33(epochs, j1, j2, patience: int = 5):
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
        if led[t - 1] or len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_34(epochs, j1, j2, patience: int = 5):
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
        if led[t + 1] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_35(epochs, j1, j2, patience: int = 5):
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
        if led[t - 2] and len(window) == patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_36(epochs, j1, j2, patience: int = 5):
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
        if led[t - 1] and len(window) != patience and window.all():
            return int(epochs[t])
    return None


def x_flip_epoch__mutmut_37(epochs, j1, j2, patience: int = 5):
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
            return int(None)
    return None

mutants_x_flip_epoch__mutmut['_mutmut_orig'] = x_flip_epoch__mutmut_orig # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_1'] = x_flip_epoch__mutmut_1 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_2'] = x_flip_epoch__mutmut_2 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_3'] = x_flip_epoch__mutmut_3 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_4'] = x_flip_epoch__mutmut_4 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_5'] = x_flip_epoch__mutmut_5 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_6'] = x_flip_epoch__mutmut_6 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_7'] = x_flip_epoch__mutmut_7 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_8'] = x_flip_epoch__mutmut_8 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_9'] = x_flip_epoch__mutmut_9 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_10'] = x_flip_epoch__mutmut_10 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_11'] = x_flip_epoch__mutmut_11 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_12'] = x_flip_epoch__mutmut_12 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_13'] = x_flip_epoch__mutmut_13 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_14'] = x_flip_epoch__mutmut_14 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_15'] = x_flip_epoch__mutmut_15 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_16'] = x_flip_epoch__mutmut_16 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_17'] = x_flip_epoch__mutmut_17 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_18'] = x_flip_epoch__mutmut_18 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_19'] = x_flip_epoch__mutmut_19 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_20'] = x_flip_epoch__mutmut_20 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_21'] = x_flip_epoch__mutmut_21 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_22'] = x_flip_epoch__mutmut_22 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_23'] = x_flip_epoch__mutmut_23 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_24'] = x_flip_epoch__mutmut_24 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_25'] = x_flip_epoch__mutmut_25 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_26'] = x_flip_epoch__mutmut_26 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_27'] = x_flip_epoch__mutmut_27 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_28'] = x_flip_epoch__mutmut_28 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_29'] = x_flip_epoch__mutmut_29 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_30'] = x_flip_epoch__mutmut_30 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_31'] = x_flip_epoch__mutmut_31 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_32'] = x_flip_epoch__mutmut_32 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_33'] = x_flip_epoch__mutmut_33 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_34'] = x_flip_epoch__mutmut_34 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_35'] = x_flip_epoch__mutmut_35 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_36'] = x_flip_epoch__mutmut_36 # type: ignore # mutmut generated
mutants_x_flip_epoch__mutmut['x_flip_epoch__mutmut_37'] = x_flip_epoch__mutmut_37 # type: ignore # mutmut generated


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
mutants_x_trial_stats__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_trial_stats__mutmut)
def trial_stats(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_orig(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_1(epochs, j1, j2, test, patience: int = 6) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_2(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = None
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_3(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(None, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_4(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=None) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_5(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_6(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, ) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_7(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = None
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_8(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(None)
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_9(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(None))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_10(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = None
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_11(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(None, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_12(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, None, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_13(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, None, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_14(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, None)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_15(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_16(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_17(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_18(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, )
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_19(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=None, final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_20(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=None, final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_21(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=None, peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_22(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=None, peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_23(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=None,
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_24(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=None, peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_25(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=None, j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_26(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=None,
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_27(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=None)


def x_trial_stats__mutmut_28(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_29(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_30(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_31(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_32(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_33(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_34(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_35(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_36(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      )


def x_trial_stats__mutmut_37(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[+1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_38(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-2], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_39(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[+1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_40(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-2], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_41(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[+1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_42(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-2], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_43(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(None), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_44(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] + j2[-1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_45(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[+1],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_46(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-2],
                      flip_epoch=math.nan if flip is None else float(flip))


def x_trial_stats__mutmut_47(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if (flip is None) and False else float(flip))


def x_trial_stats__mutmut_48(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if (flip is None) or True else float(flip))


def x_trial_stats__mutmut_49(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is not None else float(flip))


def x_trial_stats__mutmut_50(epochs, j1, j2, test, patience: int = 5) -> TrialStats:
    epochs, j1, j2, test = (np.asarray(a, dtype=float) for a in (epochs, j1, j2, test))
    peak = int(np.argmax(j2))
    flip = flip_epoch(epochs, j1, j2, patience)
    return TrialStats(final_j1=j1[-1], final_j2=j2[-1], final_test=test[-1], peak_j1=j1.max(), peak_j2=j2[peak],
                      peak_test=test.max(), peak_j2_epoch=int(epochs[peak]), j2_drop=j2[peak] - j2[-1],
                      flip_epoch=math.nan if flip is None else float(None))

mutants_x_trial_stats__mutmut['_mutmut_orig'] = x_trial_stats__mutmut_orig # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_1'] = x_trial_stats__mutmut_1 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_2'] = x_trial_stats__mutmut_2 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_3'] = x_trial_stats__mutmut_3 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_4'] = x_trial_stats__mutmut_4 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_5'] = x_trial_stats__mutmut_5 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_6'] = x_trial_stats__mutmut_6 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_7'] = x_trial_stats__mutmut_7 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_8'] = x_trial_stats__mutmut_8 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_9'] = x_trial_stats__mutmut_9 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_10'] = x_trial_stats__mutmut_10 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_11'] = x_trial_stats__mutmut_11 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_12'] = x_trial_stats__mutmut_12 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_13'] = x_trial_stats__mutmut_13 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_14'] = x_trial_stats__mutmut_14 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_15'] = x_trial_stats__mutmut_15 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_16'] = x_trial_stats__mutmut_16 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_17'] = x_trial_stats__mutmut_17 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_18'] = x_trial_stats__mutmut_18 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_19'] = x_trial_stats__mutmut_19 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_20'] = x_trial_stats__mutmut_20 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_21'] = x_trial_stats__mutmut_21 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_22'] = x_trial_stats__mutmut_22 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_23'] = x_trial_stats__mutmut_23 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_24'] = x_trial_stats__mutmut_24 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_25'] = x_trial_stats__mutmut_25 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_26'] = x_trial_stats__mutmut_26 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_27'] = x_trial_stats__mutmut_27 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_28'] = x_trial_stats__mutmut_28 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_29'] = x_trial_stats__mutmut_29 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_30'] = x_trial_stats__mutmut_30 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_31'] = x_trial_stats__mutmut_31 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_32'] = x_trial_stats__mutmut_32 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_33'] = x_trial_stats__mutmut_33 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_34'] = x_trial_stats__mutmut_34 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_35'] = x_trial_stats__mutmut_35 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_36'] = x_trial_stats__mutmut_36 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_37'] = x_trial_stats__mutmut_37 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_38'] = x_trial_stats__mutmut_38 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_39'] = x_trial_stats__mutmut_39 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_40'] = x_trial_stats__mutmut_40 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_41'] = x_trial_stats__mutmut_41 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_42'] = x_trial_stats__mutmut_42 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_43'] = x_trial_stats__mutmut_43 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_44'] = x_trial_stats__mutmut_44 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_45'] = x_trial_stats__mutmut_45 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_46'] = x_trial_stats__mutmut_46 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_47'] = x_trial_stats__mutmut_47 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_48'] = x_trial_stats__mutmut_48 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_49'] = x_trial_stats__mutmut_49 # type: ignore # mutmut generated
mutants_x_trial_stats__mutmut['x_trial_stats__mutmut_50'] = x_trial_stats__mutmut_50 # type: ignore # mutmut generated
