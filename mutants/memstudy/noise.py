"""Label noise: noisy copies of a label vector from a local seeded generator; clean labels are never touched.

The draw uses numpy's PCG64 generator seeded by `seed` alone, so the same call gives the same
labels on every machine and every library version that keeps PCG64's stream.
"""

from __future__ import annotations

import zlib

import numpy as np

from memstudy.errors import ConfigError, lookup


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__symmetric__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__symmetric__mutmut)
def _symmetric(labels, k, eta, rng):
    # With probability eta, move to one of the K-1 other classes uniformly: y + U{1..K-1} mod K.
    flip = rng.random(labels.shape[0]) < eta
    offsets = rng.integers(1, k, size=labels.shape[0])
    return np.where(flip, (labels + offsets) % k, labels)


def x__symmetric__mutmut_orig(labels, k, eta, rng):
    # With probability eta, move to one of the K-1 other classes uniformly: y + U{1..K-1} mod K.
    flip = rng.random(labels.shape[0]) < eta
    offsets = rng.integers(1, k, size=labels.shape[0])
    return np.where(flip, (labels + offsets) % k, labels)


def x__symmetric__mutmut_1(labels, k, eta, rng):
    # With probability eta, move to one of the K-1 other classes uniformly: y + U{1..K-1} mod K.
    flip = None
    offsets = rng.integers(1, k, size=labels.shape[0])
    return np.where(flip, (labels + offsets) % k, labels)


def x__symmetric__mutmut_2(labels, k, eta, rng):
    # With probability eta, move to one of the K-1 other classes uniformly: y + U{1..K-1} mod K.
    flip = rng.random(None) < eta
    offsets = rng.integers(1, k, size=labels.shape[0])
    return np.where(flip, (labels + offsets) % k, labels)


def x__symmetric__mutmut_3(labels, k, eta, rng):
    # With probability eta, move to one of the K-1 other classes uniformly: y + U{1..K-1} mod K.
    flip = rng.random(labels.shape[1]) < eta
    offsets = rng.integers(1, k, size=labels.shape[0])
    return np.where(flip, (labels + offsets) % k, labels)


def x__symmetric__mutmut_4(labels, k, eta, rng):
    # With probability eta, move to one of the K-1 other classes uniformly: y + U{1..K-1} mod K.
    flip = rng.random(labels.shape[0]) <= eta
    offsets = rng.integers(1, k, size=labels.shape[0])
    return np.where(flip, (labels + offsets) % k, labels)


def x__symmetric__mutmut_5(labels, k, eta, rng):
    # With probability eta, move to one of the K-1 other classes uniformly: y + U{1..K-1} mod K.
    flip = rng.random(labels.shape[0]) < eta
    offsets = None
    return np.where(flip, (labels + offsets) % k, labels)


def x__symmetric__mutmut_6(labels, k, eta, rng):
    # With probability eta, move to one of the K-1 other classes uniformly: y + U{1..K-1} mod K.
    flip = rng.random(labels.shape[0]) < eta
    offsets = rng.integers(None, k, size=labels.shape[0])
    return np.where(flip, (labels + offsets) % k, labels)


def x__symmetric__mutmut_7(labels, k, eta, rng):
    # With probability eta, move to one of the K-1 other classes uniformly: y + U{1..K-1} mod K.
    flip = rng.random(labels.shape[0]) < eta
    offsets = rng.integers(1, None, size=labels.shape[0])
    return np.where(flip, (labels + offsets) % k, labels)


def x__symmetric__mutmut_8(labels, k, eta, rng):
    # With probability eta, move to one of the K-1 other classes uniformly: y + U{1..K-1} mod K.
    flip = rng.random(labels.shape[0]) < eta
    offsets = rng.integers(1, k, size=None)
    return np.where(flip, (labels + offsets) % k, labels)


def x__symmetric__mutmut_9(labels, k, eta, rng):
    # With probability eta, move to one of the K-1 other classes uniformly: y + U{1..K-1} mod K.
    flip = rng.random(labels.shape[0]) < eta
    offsets = rng.integers(k, size=labels.shape[0])
    return np.where(flip, (labels + offsets) % k, labels)


def x__symmetric__mutmut_10(labels, k, eta, rng):
    # With probability eta, move to one of the K-1 other classes uniformly: y + U{1..K-1} mod K.
    flip = rng.random(labels.shape[0]) < eta
    offsets = rng.integers(1, size=labels.shape[0])
    return np.where(flip, (labels + offsets) % k, labels)


def x__symmetric__mutmut_11(labels, k, eta, rng):
    # With probability eta, move to one of the K-1 other classes uniformly: y + U{1..K-1} mod K.
    flip = rng.random(labels.shape[0]) < eta
    offsets = rng.integers(1, k, )
    return np.where(flip, (labels + offsets) % k, labels)


def x__symmetric__mutmut_12(labels, k, eta, rng):
    # With probability eta, move to one of the K-1 other classes uniformly: y + U{1..K-1} mod K.
    flip = rng.random(labels.shape[0]) < eta
    offsets = rng.integers(2, k, size=labels.shape[0])
    return np.where(flip, (labels + offsets) % k, labels)


def x__symmetric__mutmut_13(labels, k, eta, rng):
    # With probability eta, move to one of the K-1 other classes uniformly: y + U{1..K-1} mod K.
    flip = rng.random(labels.shape[0]) < eta
    offsets = rng.integers(1, k, size=labels.shape[1])
    return np.where(flip, (labels + offsets) % k, labels)


def x__symmetric__mutmut_14(labels, k, eta, rng):
    # With probability eta, move to one of the K-1 other classes uniformly: y + U{1..K-1} mod K.
    flip = rng.random(labels.shape[0]) < eta
    offsets = rng.integers(1, k, size=labels.shape[0])
    return np.where(None, (labels + offsets) % k, labels)


def x__symmetric__mutmut_15(labels, k, eta, rng):
    # With probability eta, move to one of the K-1 other classes uniformly: y + U{1..K-1} mod K.
    flip = rng.random(labels.shape[0]) < eta
    offsets = rng.integers(1, k, size=labels.shape[0])
    return np.where(flip, None, labels)


def x__symmetric__mutmut_16(labels, k, eta, rng):
    # With probability eta, move to one of the K-1 other classes uniformly: y + U{1..K-1} mod K.
    flip = rng.random(labels.shape[0]) < eta
    offsets = rng.integers(1, k, size=labels.shape[0])
    return np.where(flip, (labels + offsets) % k, None)


def x__symmetric__mutmut_17(labels, k, eta, rng):
    # With probability eta, move to one of the K-1 other classes uniformly: y + U{1..K-1} mod K.
    flip = rng.random(labels.shape[0]) < eta
    offsets = rng.integers(1, k, size=labels.shape[0])
    return np.where((labels + offsets) % k, labels)


def x__symmetric__mutmut_18(labels, k, eta, rng):
    # With probability eta, move to one of the K-1 other classes uniformly: y + U{1..K-1} mod K.
    flip = rng.random(labels.shape[0]) < eta
    offsets = rng.integers(1, k, size=labels.shape[0])
    return np.where(flip, labels)


def x__symmetric__mutmut_19(labels, k, eta, rng):
    # With probability eta, move to one of the K-1 other classes uniformly: y + U{1..K-1} mod K.
    flip = rng.random(labels.shape[0]) < eta
    offsets = rng.integers(1, k, size=labels.shape[0])
    return np.where(flip, (labels + offsets) % k, )


def x__symmetric__mutmut_20(labels, k, eta, rng):
    # With probability eta, move to one of the K-1 other classes uniformly: y + U{1..K-1} mod K.
    flip = rng.random(labels.shape[0]) < eta
    offsets = rng.integers(1, k, size=labels.shape[0])
    return np.where(flip, (labels + offsets) / k, labels)


def x__symmetric__mutmut_21(labels, k, eta, rng):
    # With probability eta, move to one of the K-1 other classes uniformly: y + U{1..K-1} mod K.
    flip = rng.random(labels.shape[0]) < eta
    offsets = rng.integers(1, k, size=labels.shape[0])
    return np.where(flip, (labels - offsets) % k, labels)

mutants_x__symmetric__mutmut['_mutmut_orig'] = x__symmetric__mutmut_orig # type: ignore # mutmut generated
mutants_x__symmetric__mutmut['x__symmetric__mutmut_1'] = x__symmetric__mutmut_1 # type: ignore # mutmut generated
mutants_x__symmetric__mutmut['x__symmetric__mutmut_2'] = x__symmetric__mutmut_2 # type: ignore # mutmut generated
mutants_x__symmetric__mutmut['x__symmetric__mutmut_3'] = x__symmetric__mutmut_3 # type: ignore # mutmut generated
mutants_x__symmetric__mutmut['x__symmetric__mutmut_4'] = x__symmetric__mutmut_4 # type: ignore # mutmut generated
mutants_x__symmetric__mutmut['x__symmetric__mutmut_5'] = x__symmetric__mutmut_5 # type: ignore # mutmut generated
mutants_x__symmetric__mutmut['x__symmetric__mutmut_6'] = x__symmetric__mutmut_6 # type: ignore # mutmut generated
mutants_x__symmetric__mutmut['x__symmetric__mutmut_7'] = x__symmetric__mutmut_7 # type: ignore # mutmut generated
mutants_x__symmetric__mutmut['x__symmetric__mutmut_8'] = x__symmetric__mutmut_8 # type: ignore # mutmut generated
mutants_x__symmetric__mutmut['x__symmetric__mutmut_9'] = x__symmetric__mutmut_9 # type: ignore # mutmut generated
mutants_x__symmetric__mutmut['x__symmetric__mutmut_10'] = x__symmetric__mutmut_10 # type: ignore # mutmut generated
mutants_x__symmetric__mutmut['x__symmetric__mutmut_11'] = x__symmetric__mutmut_11 # type: ignore # mutmut generated
mutants_x__symmetric__mutmut['x__symmetric__mutmut_12'] = x__symmetric__mutmut_12 # type: ignore # mutmut generated
mutants_x__symmetric__mutmut['x__symmetric__mutmut_13'] = x__symmetric__mutmut_13 # type: ignore # mutmut generated
mutants_x__symmetric__mutmut['x__symmetric__mutmut_14'] = x__symmetric__mutmut_14 # type: ignore # mutmut generated
mutants_x__symmetric__mutmut['x__symmetric__mutmut_15'] = x__symmetric__mutmut_15 # type: ignore # mutmut generated
mutants_x__symmetric__mutmut['x__symmetric__mutmut_16'] = x__symmetric__mutmut_16 # type: ignore # mutmut generated
mutants_x__symmetric__mutmut['x__symmetric__mutmut_17'] = x__symmetric__mutmut_17 # type: ignore # mutmut generated
mutants_x__symmetric__mutmut['x__symmetric__mutmut_18'] = x__symmetric__mutmut_18 # type: ignore # mutmut generated
mutants_x__symmetric__mutmut['x__symmetric__mutmut_19'] = x__symmetric__mutmut_19 # type: ignore # mutmut generated
mutants_x__symmetric__mutmut['x__symmetric__mutmut_20'] = x__symmetric__mutmut_20 # type: ignore # mutmut generated
mutants_x__symmetric__mutmut['x__symmetric__mutmut_21'] = x__symmetric__mutmut_21 # type: ignore # mutmut generated
mutants_x__symmetric_exact__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__symmetric_exact__mutmut)
def _symmetric_exact(labels, k, eta, rng):
    n = labels.shape[0]
    chosen = rng.choice(n, size=int(round(eta * n)), replace=False)
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] + rng.integers(1, k, size=chosen.shape[0])) % k
    return noisy


def x__symmetric_exact__mutmut_orig(labels, k, eta, rng):
    n = labels.shape[0]
    chosen = rng.choice(n, size=int(round(eta * n)), replace=False)
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] + rng.integers(1, k, size=chosen.shape[0])) % k
    return noisy


def x__symmetric_exact__mutmut_1(labels, k, eta, rng):
    n = None
    chosen = rng.choice(n, size=int(round(eta * n)), replace=False)
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] + rng.integers(1, k, size=chosen.shape[0])) % k
    return noisy


def x__symmetric_exact__mutmut_2(labels, k, eta, rng):
    n = labels.shape[1]
    chosen = rng.choice(n, size=int(round(eta * n)), replace=False)
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] + rng.integers(1, k, size=chosen.shape[0])) % k
    return noisy


def x__symmetric_exact__mutmut_3(labels, k, eta, rng):
    n = labels.shape[0]
    chosen = None
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] + rng.integers(1, k, size=chosen.shape[0])) % k
    return noisy


def x__symmetric_exact__mutmut_4(labels, k, eta, rng):
    n = labels.shape[0]
    chosen = rng.choice(None, size=int(round(eta * n)), replace=False)
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] + rng.integers(1, k, size=chosen.shape[0])) % k
    return noisy


def x__symmetric_exact__mutmut_5(labels, k, eta, rng):
    n = labels.shape[0]
    chosen = rng.choice(n, size=None, replace=False)
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] + rng.integers(1, k, size=chosen.shape[0])) % k
    return noisy


def x__symmetric_exact__mutmut_6(labels, k, eta, rng):
    n = labels.shape[0]
    chosen = rng.choice(n, size=int(round(eta * n)), replace=None)
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] + rng.integers(1, k, size=chosen.shape[0])) % k
    return noisy


def x__symmetric_exact__mutmut_7(labels, k, eta, rng):
    n = labels.shape[0]
    chosen = rng.choice(size=int(round(eta * n)), replace=False)
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] + rng.integers(1, k, size=chosen.shape[0])) % k
    return noisy


def x__symmetric_exact__mutmut_8(labels, k, eta, rng):
    n = labels.shape[0]
    chosen = rng.choice(n, replace=False)
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] + rng.integers(1, k, size=chosen.shape[0])) % k
    return noisy


def x__symmetric_exact__mutmut_9(labels, k, eta, rng):
    n = labels.shape[0]
    chosen = rng.choice(n, size=int(round(eta * n)), )
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] + rng.integers(1, k, size=chosen.shape[0])) % k
    return noisy


def x__symmetric_exact__mutmut_10(labels, k, eta, rng):
    n = labels.shape[0]
    chosen = rng.choice(n, size=int(None), replace=False)
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] + rng.integers(1, k, size=chosen.shape[0])) % k
    return noisy


def x__symmetric_exact__mutmut_11(labels, k, eta, rng):
    n = labels.shape[0]
    chosen = rng.choice(n, size=int(round(None)), replace=False)
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] + rng.integers(1, k, size=chosen.shape[0])) % k
    return noisy


def x__symmetric_exact__mutmut_12(labels, k, eta, rng):
    n = labels.shape[0]
    chosen = rng.choice(n, size=int(round(eta / n)), replace=False)
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] + rng.integers(1, k, size=chosen.shape[0])) % k
    return noisy


def x__symmetric_exact__mutmut_13(labels, k, eta, rng):
    n = labels.shape[0]
    chosen = rng.choice(n, size=int(round(eta * n)), replace=True)
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] + rng.integers(1, k, size=chosen.shape[0])) % k
    return noisy


def x__symmetric_exact__mutmut_14(labels, k, eta, rng):
    n = labels.shape[0]
    chosen = rng.choice(n, size=int(round(eta * n)), replace=False)
    noisy = None
    noisy[chosen] = (labels[chosen] + rng.integers(1, k, size=chosen.shape[0])) % k
    return noisy


def x__symmetric_exact__mutmut_15(labels, k, eta, rng):
    n = labels.shape[0]
    chosen = rng.choice(n, size=int(round(eta * n)), replace=False)
    noisy = labels.copy()
    noisy[chosen] = None
    return noisy


def x__symmetric_exact__mutmut_16(labels, k, eta, rng):
    n = labels.shape[0]
    chosen = rng.choice(n, size=int(round(eta * n)), replace=False)
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] + rng.integers(1, k, size=chosen.shape[0])) / k
    return noisy


def x__symmetric_exact__mutmut_17(labels, k, eta, rng):
    n = labels.shape[0]
    chosen = rng.choice(n, size=int(round(eta * n)), replace=False)
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] - rng.integers(1, k, size=chosen.shape[0])) % k
    return noisy


def x__symmetric_exact__mutmut_18(labels, k, eta, rng):
    n = labels.shape[0]
    chosen = rng.choice(n, size=int(round(eta * n)), replace=False)
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] + rng.integers(None, k, size=chosen.shape[0])) % k
    return noisy


def x__symmetric_exact__mutmut_19(labels, k, eta, rng):
    n = labels.shape[0]
    chosen = rng.choice(n, size=int(round(eta * n)), replace=False)
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] + rng.integers(1, None, size=chosen.shape[0])) % k
    return noisy


def x__symmetric_exact__mutmut_20(labels, k, eta, rng):
    n = labels.shape[0]
    chosen = rng.choice(n, size=int(round(eta * n)), replace=False)
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] + rng.integers(1, k, size=None)) % k
    return noisy


def x__symmetric_exact__mutmut_21(labels, k, eta, rng):
    n = labels.shape[0]
    chosen = rng.choice(n, size=int(round(eta * n)), replace=False)
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] + rng.integers(k, size=chosen.shape[0])) % k
    return noisy


def x__symmetric_exact__mutmut_22(labels, k, eta, rng):
    n = labels.shape[0]
    chosen = rng.choice(n, size=int(round(eta * n)), replace=False)
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] + rng.integers(1, size=chosen.shape[0])) % k
    return noisy


def x__symmetric_exact__mutmut_23(labels, k, eta, rng):
    n = labels.shape[0]
    chosen = rng.choice(n, size=int(round(eta * n)), replace=False)
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] + rng.integers(1, k, )) % k
    return noisy


def x__symmetric_exact__mutmut_24(labels, k, eta, rng):
    n = labels.shape[0]
    chosen = rng.choice(n, size=int(round(eta * n)), replace=False)
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] + rng.integers(2, k, size=chosen.shape[0])) % k
    return noisy


def x__symmetric_exact__mutmut_25(labels, k, eta, rng):
    n = labels.shape[0]
    chosen = rng.choice(n, size=int(round(eta * n)), replace=False)
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] + rng.integers(1, k, size=chosen.shape[1])) % k
    return noisy

mutants_x__symmetric_exact__mutmut['_mutmut_orig'] = x__symmetric_exact__mutmut_orig # type: ignore # mutmut generated
mutants_x__symmetric_exact__mutmut['x__symmetric_exact__mutmut_1'] = x__symmetric_exact__mutmut_1 # type: ignore # mutmut generated
mutants_x__symmetric_exact__mutmut['x__symmetric_exact__mutmut_2'] = x__symmetric_exact__mutmut_2 # type: ignore # mutmut generated
mutants_x__symmetric_exact__mutmut['x__symmetric_exact__mutmut_3'] = x__symmetric_exact__mutmut_3 # type: ignore # mutmut generated
mutants_x__symmetric_exact__mutmut['x__symmetric_exact__mutmut_4'] = x__symmetric_exact__mutmut_4 # type: ignore # mutmut generated
mutants_x__symmetric_exact__mutmut['x__symmetric_exact__mutmut_5'] = x__symmetric_exact__mutmut_5 # type: ignore # mutmut generated
mutants_x__symmetric_exact__mutmut['x__symmetric_exact__mutmut_6'] = x__symmetric_exact__mutmut_6 # type: ignore # mutmut generated
mutants_x__symmetric_exact__mutmut['x__symmetric_exact__mutmut_7'] = x__symmetric_exact__mutmut_7 # type: ignore # mutmut generated
mutants_x__symmetric_exact__mutmut['x__symmetric_exact__mutmut_8'] = x__symmetric_exact__mutmut_8 # type: ignore # mutmut generated
mutants_x__symmetric_exact__mutmut['x__symmetric_exact__mutmut_9'] = x__symmetric_exact__mutmut_9 # type: ignore # mutmut generated
mutants_x__symmetric_exact__mutmut['x__symmetric_exact__mutmut_10'] = x__symmetric_exact__mutmut_10 # type: ignore # mutmut generated
mutants_x__symmetric_exact__mutmut['x__symmetric_exact__mutmut_11'] = x__symmetric_exact__mutmut_11 # type: ignore # mutmut generated
mutants_x__symmetric_exact__mutmut['x__symmetric_exact__mutmut_12'] = x__symmetric_exact__mutmut_12 # type: ignore # mutmut generated
mutants_x__symmetric_exact__mutmut['x__symmetric_exact__mutmut_13'] = x__symmetric_exact__mutmut_13 # type: ignore # mutmut generated
mutants_x__symmetric_exact__mutmut['x__symmetric_exact__mutmut_14'] = x__symmetric_exact__mutmut_14 # type: ignore # mutmut generated
mutants_x__symmetric_exact__mutmut['x__symmetric_exact__mutmut_15'] = x__symmetric_exact__mutmut_15 # type: ignore # mutmut generated
mutants_x__symmetric_exact__mutmut['x__symmetric_exact__mutmut_16'] = x__symmetric_exact__mutmut_16 # type: ignore # mutmut generated
mutants_x__symmetric_exact__mutmut['x__symmetric_exact__mutmut_17'] = x__symmetric_exact__mutmut_17 # type: ignore # mutmut generated
mutants_x__symmetric_exact__mutmut['x__symmetric_exact__mutmut_18'] = x__symmetric_exact__mutmut_18 # type: ignore # mutmut generated
mutants_x__symmetric_exact__mutmut['x__symmetric_exact__mutmut_19'] = x__symmetric_exact__mutmut_19 # type: ignore # mutmut generated
mutants_x__symmetric_exact__mutmut['x__symmetric_exact__mutmut_20'] = x__symmetric_exact__mutmut_20 # type: ignore # mutmut generated
mutants_x__symmetric_exact__mutmut['x__symmetric_exact__mutmut_21'] = x__symmetric_exact__mutmut_21 # type: ignore # mutmut generated
mutants_x__symmetric_exact__mutmut['x__symmetric_exact__mutmut_22'] = x__symmetric_exact__mutmut_22 # type: ignore # mutmut generated
mutants_x__symmetric_exact__mutmut['x__symmetric_exact__mutmut_23'] = x__symmetric_exact__mutmut_23 # type: ignore # mutmut generated
mutants_x__symmetric_exact__mutmut['x__symmetric_exact__mutmut_24'] = x__symmetric_exact__mutmut_24 # type: ignore # mutmut generated
mutants_x__symmetric_exact__mutmut['x__symmetric_exact__mutmut_25'] = x__symmetric_exact__mutmut_25 # type: ignore # mutmut generated
mutants_x__uniform__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__uniform__mutmut)
def _uniform(labels, k, eta, rng):
    # Zhang et al. (2017): with probability eta, a uniform draw over all K classes (may keep y).
    replace = rng.random(labels.shape[0]) < eta
    return np.where(replace, rng.integers(0, k, size=labels.shape[0]), labels)


def x__uniform__mutmut_orig(labels, k, eta, rng):
    # Zhang et al. (2017): with probability eta, a uniform draw over all K classes (may keep y).
    replace = rng.random(labels.shape[0]) < eta
    return np.where(replace, rng.integers(0, k, size=labels.shape[0]), labels)


def x__uniform__mutmut_1(labels, k, eta, rng):
    # Zhang et al. (2017): with probability eta, a uniform draw over all K classes (may keep y).
    replace = None
    return np.where(replace, rng.integers(0, k, size=labels.shape[0]), labels)


def x__uniform__mutmut_2(labels, k, eta, rng):
    # Zhang et al. (2017): with probability eta, a uniform draw over all K classes (may keep y).
    replace = rng.random(None) < eta
    return np.where(replace, rng.integers(0, k, size=labels.shape[0]), labels)


def x__uniform__mutmut_3(labels, k, eta, rng):
    # Zhang et al. (2017): with probability eta, a uniform draw over all K classes (may keep y).
    replace = rng.random(labels.shape[1]) < eta
    return np.where(replace, rng.integers(0, k, size=labels.shape[0]), labels)


def x__uniform__mutmut_4(labels, k, eta, rng):
    # Zhang et al. (2017): with probability eta, a uniform draw over all K classes (may keep y).
    replace = rng.random(labels.shape[0]) <= eta
    return np.where(replace, rng.integers(0, k, size=labels.shape[0]), labels)


def x__uniform__mutmut_5(labels, k, eta, rng):
    # Zhang et al. (2017): with probability eta, a uniform draw over all K classes (may keep y).
    replace = rng.random(labels.shape[0]) < eta
    return np.where(None, rng.integers(0, k, size=labels.shape[0]), labels)


def x__uniform__mutmut_6(labels, k, eta, rng):
    # Zhang et al. (2017): with probability eta, a uniform draw over all K classes (may keep y).
    replace = rng.random(labels.shape[0]) < eta
    return np.where(replace, None, labels)


def x__uniform__mutmut_7(labels, k, eta, rng):
    # Zhang et al. (2017): with probability eta, a uniform draw over all K classes (may keep y).
    replace = rng.random(labels.shape[0]) < eta
    return np.where(replace, rng.integers(0, k, size=labels.shape[0]), None)


def x__uniform__mutmut_8(labels, k, eta, rng):
    # Zhang et al. (2017): with probability eta, a uniform draw over all K classes (may keep y).
    replace = rng.random(labels.shape[0]) < eta
    return np.where(rng.integers(0, k, size=labels.shape[0]), labels)


def x__uniform__mutmut_9(labels, k, eta, rng):
    # Zhang et al. (2017): with probability eta, a uniform draw over all K classes (may keep y).
    replace = rng.random(labels.shape[0]) < eta
    return np.where(replace, labels)


def x__uniform__mutmut_10(labels, k, eta, rng):
    # Zhang et al. (2017): with probability eta, a uniform draw over all K classes (may keep y).
    replace = rng.random(labels.shape[0]) < eta
    return np.where(replace, rng.integers(0, k, size=labels.shape[0]), )


def x__uniform__mutmut_11(labels, k, eta, rng):
    # Zhang et al. (2017): with probability eta, a uniform draw over all K classes (may keep y).
    replace = rng.random(labels.shape[0]) < eta
    return np.where(replace, rng.integers(None, k, size=labels.shape[0]), labels)


def x__uniform__mutmut_12(labels, k, eta, rng):
    # Zhang et al. (2017): with probability eta, a uniform draw over all K classes (may keep y).
    replace = rng.random(labels.shape[0]) < eta
    return np.where(replace, rng.integers(0, None, size=labels.shape[0]), labels)


def x__uniform__mutmut_13(labels, k, eta, rng):
    # Zhang et al. (2017): with probability eta, a uniform draw over all K classes (may keep y).
    replace = rng.random(labels.shape[0]) < eta
    return np.where(replace, rng.integers(0, k, size=None), labels)


def x__uniform__mutmut_14(labels, k, eta, rng):
    # Zhang et al. (2017): with probability eta, a uniform draw over all K classes (may keep y).
    replace = rng.random(labels.shape[0]) < eta
    return np.where(replace, rng.integers(k, size=labels.shape[0]), labels)


def x__uniform__mutmut_15(labels, k, eta, rng):
    # Zhang et al. (2017): with probability eta, a uniform draw over all K classes (may keep y).
    replace = rng.random(labels.shape[0]) < eta
    return np.where(replace, rng.integers(0, size=labels.shape[0]), labels)


def x__uniform__mutmut_16(labels, k, eta, rng):
    # Zhang et al. (2017): with probability eta, a uniform draw over all K classes (may keep y).
    replace = rng.random(labels.shape[0]) < eta
    return np.where(replace, rng.integers(0, k, ), labels)


def x__uniform__mutmut_17(labels, k, eta, rng):
    # Zhang et al. (2017): with probability eta, a uniform draw over all K classes (may keep y).
    replace = rng.random(labels.shape[0]) < eta
    return np.where(replace, rng.integers(1, k, size=labels.shape[0]), labels)


def x__uniform__mutmut_18(labels, k, eta, rng):
    # Zhang et al. (2017): with probability eta, a uniform draw over all K classes (may keep y).
    replace = rng.random(labels.shape[0]) < eta
    return np.where(replace, rng.integers(0, k, size=labels.shape[1]), labels)

mutants_x__uniform__mutmut['_mutmut_orig'] = x__uniform__mutmut_orig # type: ignore # mutmut generated
mutants_x__uniform__mutmut['x__uniform__mutmut_1'] = x__uniform__mutmut_1 # type: ignore # mutmut generated
mutants_x__uniform__mutmut['x__uniform__mutmut_2'] = x__uniform__mutmut_2 # type: ignore # mutmut generated
mutants_x__uniform__mutmut['x__uniform__mutmut_3'] = x__uniform__mutmut_3 # type: ignore # mutmut generated
mutants_x__uniform__mutmut['x__uniform__mutmut_4'] = x__uniform__mutmut_4 # type: ignore # mutmut generated
mutants_x__uniform__mutmut['x__uniform__mutmut_5'] = x__uniform__mutmut_5 # type: ignore # mutmut generated
mutants_x__uniform__mutmut['x__uniform__mutmut_6'] = x__uniform__mutmut_6 # type: ignore # mutmut generated
mutants_x__uniform__mutmut['x__uniform__mutmut_7'] = x__uniform__mutmut_7 # type: ignore # mutmut generated
mutants_x__uniform__mutmut['x__uniform__mutmut_8'] = x__uniform__mutmut_8 # type: ignore # mutmut generated
mutants_x__uniform__mutmut['x__uniform__mutmut_9'] = x__uniform__mutmut_9 # type: ignore # mutmut generated
mutants_x__uniform__mutmut['x__uniform__mutmut_10'] = x__uniform__mutmut_10 # type: ignore # mutmut generated
mutants_x__uniform__mutmut['x__uniform__mutmut_11'] = x__uniform__mutmut_11 # type: ignore # mutmut generated
mutants_x__uniform__mutmut['x__uniform__mutmut_12'] = x__uniform__mutmut_12 # type: ignore # mutmut generated
mutants_x__uniform__mutmut['x__uniform__mutmut_13'] = x__uniform__mutmut_13 # type: ignore # mutmut generated
mutants_x__uniform__mutmut['x__uniform__mutmut_14'] = x__uniform__mutmut_14 # type: ignore # mutmut generated
mutants_x__uniform__mutmut['x__uniform__mutmut_15'] = x__uniform__mutmut_15 # type: ignore # mutmut generated
mutants_x__uniform__mutmut['x__uniform__mutmut_16'] = x__uniform__mutmut_16 # type: ignore # mutmut generated
mutants_x__uniform__mutmut['x__uniform__mutmut_17'] = x__uniform__mutmut_17 # type: ignore # mutmut generated
mutants_x__uniform__mutmut['x__uniform__mutmut_18'] = x__uniform__mutmut_18 # type: ignore # mutmut generated
mutants_x__pair__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__pair__mutmut)
def _pair(labels, k, eta, rng):
    flip = rng.random(labels.shape[0]) < eta
    return np.where(flip, (labels + 1) % k, labels)


def x__pair__mutmut_orig(labels, k, eta, rng):
    flip = rng.random(labels.shape[0]) < eta
    return np.where(flip, (labels + 1) % k, labels)


def x__pair__mutmut_1(labels, k, eta, rng):
    flip = None
    return np.where(flip, (labels + 1) % k, labels)


def x__pair__mutmut_2(labels, k, eta, rng):
    flip = rng.random(None) < eta
    return np.where(flip, (labels + 1) % k, labels)


def x__pair__mutmut_3(labels, k, eta, rng):
    flip = rng.random(labels.shape[1]) < eta
    return np.where(flip, (labels + 1) % k, labels)


def x__pair__mutmut_4(labels, k, eta, rng):
    flip = rng.random(labels.shape[0]) <= eta
    return np.where(flip, (labels + 1) % k, labels)


def x__pair__mutmut_5(labels, k, eta, rng):
    flip = rng.random(labels.shape[0]) < eta
    return np.where(None, (labels + 1) % k, labels)


def x__pair__mutmut_6(labels, k, eta, rng):
    flip = rng.random(labels.shape[0]) < eta
    return np.where(flip, None, labels)


def x__pair__mutmut_7(labels, k, eta, rng):
    flip = rng.random(labels.shape[0]) < eta
    return np.where(flip, (labels + 1) % k, None)


def x__pair__mutmut_8(labels, k, eta, rng):
    flip = rng.random(labels.shape[0]) < eta
    return np.where((labels + 1) % k, labels)


def x__pair__mutmut_9(labels, k, eta, rng):
    flip = rng.random(labels.shape[0]) < eta
    return np.where(flip, labels)


def x__pair__mutmut_10(labels, k, eta, rng):
    flip = rng.random(labels.shape[0]) < eta
    return np.where(flip, (labels + 1) % k, )


def x__pair__mutmut_11(labels, k, eta, rng):
    flip = rng.random(labels.shape[0]) < eta
    return np.where(flip, (labels + 1) / k, labels)


def x__pair__mutmut_12(labels, k, eta, rng):
    flip = rng.random(labels.shape[0]) < eta
    return np.where(flip, (labels - 1) % k, labels)


def x__pair__mutmut_13(labels, k, eta, rng):
    flip = rng.random(labels.shape[0]) < eta
    return np.where(flip, (labels + 2) % k, labels)

mutants_x__pair__mutmut['_mutmut_orig'] = x__pair__mutmut_orig # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_1'] = x__pair__mutmut_1 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_2'] = x__pair__mutmut_2 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_3'] = x__pair__mutmut_3 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_4'] = x__pair__mutmut_4 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_5'] = x__pair__mutmut_5 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_6'] = x__pair__mutmut_6 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_7'] = x__pair__mutmut_7 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_8'] = x__pair__mutmut_8 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_9'] = x__pair__mutmut_9 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_10'] = x__pair__mutmut_10 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_11'] = x__pair__mutmut_11 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_12'] = x__pair__mutmut_12 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_13'] = x__pair__mutmut_13 # type: ignore # mutmut generated


NOISE_KINDS = {
    "symmetric": _symmetric,
    "symmetric_exact": _symmetric_exact,
    "uniform": _uniform,
    "pair": _pair,
}

# Kinds whose changed labels go to a uniformly drawn other class: the noise of the paper's Theorem 1
# (a symmetric loss's noisy risk is then an affine function of its clean risk). Pair noise is not.
UNIFORM_FLIP_KINDS = ("symmetric", "symmetric_exact", "uniform")
mutants_x_flip_probability__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_flip_probability__mutmut)
def flip_probability(kind: str, eta: float, num_classes: int) -> float:
    """The expected share of labels a kind changes at rate eta: eta, but eta * (K-1)/K for uniform
    noise, whose uniform draw over all K classes keeps the label one time in K."""
    lookup(NOISE_KINDS, kind, "noise kind")
    return eta * (num_classes - 1) / num_classes if kind == "uniform" else eta


def x_flip_probability__mutmut_orig(kind: str, eta: float, num_classes: int) -> float:
    """The expected share of labels a kind changes at rate eta: eta, but eta * (K-1)/K for uniform
    noise, whose uniform draw over all K classes keeps the label one time in K."""
    lookup(NOISE_KINDS, kind, "noise kind")
    return eta * (num_classes - 1) / num_classes if kind == "uniform" else eta


def x_flip_probability__mutmut_1(kind: str, eta: float, num_classes: int) -> float:
    """The expected share of labels a kind changes at rate eta: eta, but eta * (K-1)/K for uniform
    noise, whose uniform draw over all K classes keeps the label one time in K."""
    lookup(None, kind, "noise kind")
    return eta * (num_classes - 1) / num_classes if kind == "uniform" else eta


def x_flip_probability__mutmut_2(kind: str, eta: float, num_classes: int) -> float:
    """The expected share of labels a kind changes at rate eta: eta, but eta * (K-1)/K for uniform
    noise, whose uniform draw over all K classes keeps the label one time in K."""
    lookup(NOISE_KINDS, None, "noise kind")
    return eta * (num_classes - 1) / num_classes if kind == "uniform" else eta


def x_flip_probability__mutmut_3(kind: str, eta: float, num_classes: int) -> float:
    """The expected share of labels a kind changes at rate eta: eta, but eta * (K-1)/K for uniform
    noise, whose uniform draw over all K classes keeps the label one time in K."""
    lookup(NOISE_KINDS, kind, None)
    return eta * (num_classes - 1) / num_classes if kind == "uniform" else eta


def x_flip_probability__mutmut_4(kind: str, eta: float, num_classes: int) -> float:
    """The expected share of labels a kind changes at rate eta: eta, but eta * (K-1)/K for uniform
    noise, whose uniform draw over all K classes keeps the label one time in K."""
    lookup(kind, "noise kind")
    return eta * (num_classes - 1) / num_classes if kind == "uniform" else eta


def x_flip_probability__mutmut_5(kind: str, eta: float, num_classes: int) -> float:
    """The expected share of labels a kind changes at rate eta: eta, but eta * (K-1)/K for uniform
    noise, whose uniform draw over all K classes keeps the label one time in K."""
    lookup(NOISE_KINDS, "noise kind")
    return eta * (num_classes - 1) / num_classes if kind == "uniform" else eta


def x_flip_probability__mutmut_6(kind: str, eta: float, num_classes: int) -> float:
    """The expected share of labels a kind changes at rate eta: eta, but eta * (K-1)/K for uniform
    noise, whose uniform draw over all K classes keeps the label one time in K."""
    lookup(NOISE_KINDS, kind, )
    return eta * (num_classes - 1) / num_classes if kind == "uniform" else eta


def x_flip_probability__mutmut_7(kind: str, eta: float, num_classes: int) -> float:
    """The expected share of labels a kind changes at rate eta: eta, but eta * (K-1)/K for uniform
    noise, whose uniform draw over all K classes keeps the label one time in K."""
    lookup(NOISE_KINDS, kind, "XXnoise kindXX")
    return eta * (num_classes - 1) / num_classes if kind == "uniform" else eta


def x_flip_probability__mutmut_8(kind: str, eta: float, num_classes: int) -> float:
    """The expected share of labels a kind changes at rate eta: eta, but eta * (K-1)/K for uniform
    noise, whose uniform draw over all K classes keeps the label one time in K."""
    lookup(NOISE_KINDS, kind, "NOISE KIND")
    return eta * (num_classes - 1) / num_classes if kind == "uniform" else eta


def x_flip_probability__mutmut_9(kind: str, eta: float, num_classes: int) -> float:
    """The expected share of labels a kind changes at rate eta: eta, but eta * (K-1)/K for uniform
    noise, whose uniform draw over all K classes keeps the label one time in K."""
    lookup(NOISE_KINDS, kind, "noise kind")
    return eta * (num_classes - 1) / num_classes if (kind == "uniform") and False else eta


def x_flip_probability__mutmut_10(kind: str, eta: float, num_classes: int) -> float:
    """The expected share of labels a kind changes at rate eta: eta, but eta * (K-1)/K for uniform
    noise, whose uniform draw over all K classes keeps the label one time in K."""
    lookup(NOISE_KINDS, kind, "noise kind")
    return eta * (num_classes - 1) / num_classes if (kind == "uniform") or True else eta


def x_flip_probability__mutmut_11(kind: str, eta: float, num_classes: int) -> float:
    """The expected share of labels a kind changes at rate eta: eta, but eta * (K-1)/K for uniform
    noise, whose uniform draw over all K classes keeps the label one time in K."""
    lookup(NOISE_KINDS, kind, "noise kind")
    return eta * (num_classes - 1) * num_classes if kind == "uniform" else eta


def x_flip_probability__mutmut_12(kind: str, eta: float, num_classes: int) -> float:
    """The expected share of labels a kind changes at rate eta: eta, but eta * (K-1)/K for uniform
    noise, whose uniform draw over all K classes keeps the label one time in K."""
    lookup(NOISE_KINDS, kind, "noise kind")
    return eta / (num_classes - 1) / num_classes if kind == "uniform" else eta


def x_flip_probability__mutmut_13(kind: str, eta: float, num_classes: int) -> float:
    """The expected share of labels a kind changes at rate eta: eta, but eta * (K-1)/K for uniform
    noise, whose uniform draw over all K classes keeps the label one time in K."""
    lookup(NOISE_KINDS, kind, "noise kind")
    return eta * (num_classes + 1) / num_classes if kind == "uniform" else eta


def x_flip_probability__mutmut_14(kind: str, eta: float, num_classes: int) -> float:
    """The expected share of labels a kind changes at rate eta: eta, but eta * (K-1)/K for uniform
    noise, whose uniform draw over all K classes keeps the label one time in K."""
    lookup(NOISE_KINDS, kind, "noise kind")
    return eta * (num_classes - 2) / num_classes if kind == "uniform" else eta


def x_flip_probability__mutmut_15(kind: str, eta: float, num_classes: int) -> float:
    """The expected share of labels a kind changes at rate eta: eta, but eta * (K-1)/K for uniform
    noise, whose uniform draw over all K classes keeps the label one time in K."""
    lookup(NOISE_KINDS, kind, "noise kind")
    return eta * (num_classes - 1) / num_classes if kind != "uniform" else eta


def x_flip_probability__mutmut_16(kind: str, eta: float, num_classes: int) -> float:
    """The expected share of labels a kind changes at rate eta: eta, but eta * (K-1)/K for uniform
    noise, whose uniform draw over all K classes keeps the label one time in K."""
    lookup(NOISE_KINDS, kind, "noise kind")
    return eta * (num_classes - 1) / num_classes if kind == "XXuniformXX" else eta


def x_flip_probability__mutmut_17(kind: str, eta: float, num_classes: int) -> float:
    """The expected share of labels a kind changes at rate eta: eta, but eta * (K-1)/K for uniform
    noise, whose uniform draw over all K classes keeps the label one time in K."""
    lookup(NOISE_KINDS, kind, "noise kind")
    return eta * (num_classes - 1) / num_classes if kind == "UNIFORM" else eta

mutants_x_flip_probability__mutmut['_mutmut_orig'] = x_flip_probability__mutmut_orig # type: ignore # mutmut generated
mutants_x_flip_probability__mutmut['x_flip_probability__mutmut_1'] = x_flip_probability__mutmut_1 # type: ignore # mutmut generated
mutants_x_flip_probability__mutmut['x_flip_probability__mutmut_2'] = x_flip_probability__mutmut_2 # type: ignore # mutmut generated
mutants_x_flip_probability__mutmut['x_flip_probability__mutmut_3'] = x_flip_probability__mutmut_3 # type: ignore # mutmut generated
mutants_x_flip_probability__mutmut['x_flip_probability__mutmut_4'] = x_flip_probability__mutmut_4 # type: ignore # mutmut generated
mutants_x_flip_probability__mutmut['x_flip_probability__mutmut_5'] = x_flip_probability__mutmut_5 # type: ignore # mutmut generated
mutants_x_flip_probability__mutmut['x_flip_probability__mutmut_6'] = x_flip_probability__mutmut_6 # type: ignore # mutmut generated
mutants_x_flip_probability__mutmut['x_flip_probability__mutmut_7'] = x_flip_probability__mutmut_7 # type: ignore # mutmut generated
mutants_x_flip_probability__mutmut['x_flip_probability__mutmut_8'] = x_flip_probability__mutmut_8 # type: ignore # mutmut generated
mutants_x_flip_probability__mutmut['x_flip_probability__mutmut_9'] = x_flip_probability__mutmut_9 # type: ignore # mutmut generated
mutants_x_flip_probability__mutmut['x_flip_probability__mutmut_10'] = x_flip_probability__mutmut_10 # type: ignore # mutmut generated
mutants_x_flip_probability__mutmut['x_flip_probability__mutmut_11'] = x_flip_probability__mutmut_11 # type: ignore # mutmut generated
mutants_x_flip_probability__mutmut['x_flip_probability__mutmut_12'] = x_flip_probability__mutmut_12 # type: ignore # mutmut generated
mutants_x_flip_probability__mutmut['x_flip_probability__mutmut_13'] = x_flip_probability__mutmut_13 # type: ignore # mutmut generated
mutants_x_flip_probability__mutmut['x_flip_probability__mutmut_14'] = x_flip_probability__mutmut_14 # type: ignore # mutmut generated
mutants_x_flip_probability__mutmut['x_flip_probability__mutmut_15'] = x_flip_probability__mutmut_15 # type: ignore # mutmut generated
mutants_x_flip_probability__mutmut['x_flip_probability__mutmut_16'] = x_flip_probability__mutmut_16 # type: ignore # mutmut generated
mutants_x_flip_probability__mutmut['x_flip_probability__mutmut_17'] = x_flip_probability__mutmut_17 # type: ignore # mutmut generated
mutants_x_derived_seed__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_derived_seed__mutmut)
def derived_seed(seed: int, stream: str) -> int:
    """A seed for another draw independent of the one `seed` makes (numpy's SeedSequence with the
    stream's name mixed in), e.g. the noisy copy of the test labels."""
    return int(np.random.SeedSequence([seed, zlib.crc32(stream.encode())]).generate_state(1)[0])


def x_derived_seed__mutmut_orig(seed: int, stream: str) -> int:
    """A seed for another draw independent of the one `seed` makes (numpy's SeedSequence with the
    stream's name mixed in), e.g. the noisy copy of the test labels."""
    return int(np.random.SeedSequence([seed, zlib.crc32(stream.encode())]).generate_state(1)[0])


def x_derived_seed__mutmut_1(seed: int, stream: str) -> int:
    """A seed for another draw independent of the one `seed` makes (numpy's SeedSequence with the
    stream's name mixed in), e.g. the noisy copy of the test labels."""
    return int(None)


def x_derived_seed__mutmut_2(seed: int, stream: str) -> int:
    """A seed for another draw independent of the one `seed` makes (numpy's SeedSequence with the
    stream's name mixed in), e.g. the noisy copy of the test labels."""
    return int(np.random.SeedSequence([seed, zlib.crc32(stream.encode())]).generate_state(None)[0])


def x_derived_seed__mutmut_3(seed: int, stream: str) -> int:
    """A seed for another draw independent of the one `seed` makes (numpy's SeedSequence with the
    stream's name mixed in), e.g. the noisy copy of the test labels."""
    return int(np.random.SeedSequence(None).generate_state(1)[0])


def x_derived_seed__mutmut_4(seed: int, stream: str) -> int:
    """A seed for another draw independent of the one `seed` makes (numpy's SeedSequence with the
    stream's name mixed in), e.g. the noisy copy of the test labels."""
    return int(np.random.SeedSequence([seed, zlib.crc32(None)]).generate_state(1)[0])


def x_derived_seed__mutmut_5(seed: int, stream: str) -> int:
    """A seed for another draw independent of the one `seed` makes (numpy's SeedSequence with the
    stream's name mixed in), e.g. the noisy copy of the test labels."""
    return int(np.random.SeedSequence([seed, zlib.crc32(stream.encode())]).generate_state(2)[0])


def x_derived_seed__mutmut_6(seed: int, stream: str) -> int:
    """A seed for another draw independent of the one `seed` makes (numpy's SeedSequence with the
    stream's name mixed in), e.g. the noisy copy of the test labels."""
    return int(np.random.SeedSequence([seed, zlib.crc32(stream.encode())]).generate_state(1)[1])

mutants_x_derived_seed__mutmut['_mutmut_orig'] = x_derived_seed__mutmut_orig # type: ignore # mutmut generated
mutants_x_derived_seed__mutmut['x_derived_seed__mutmut_1'] = x_derived_seed__mutmut_1 # type: ignore # mutmut generated
mutants_x_derived_seed__mutmut['x_derived_seed__mutmut_2'] = x_derived_seed__mutmut_2 # type: ignore # mutmut generated
mutants_x_derived_seed__mutmut['x_derived_seed__mutmut_3'] = x_derived_seed__mutmut_3 # type: ignore # mutmut generated
mutants_x_derived_seed__mutmut['x_derived_seed__mutmut_4'] = x_derived_seed__mutmut_4 # type: ignore # mutmut generated
mutants_x_derived_seed__mutmut['x_derived_seed__mutmut_5'] = x_derived_seed__mutmut_5 # type: ignore # mutmut generated
mutants_x_derived_seed__mutmut['x_derived_seed__mutmut_6'] = x_derived_seed__mutmut_6 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_transition_matrix__mutmut)
def transition_matrix(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_orig(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_1(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = None
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_2(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(None, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_3(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, None, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_4(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, None)
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_5(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_6(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_7(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, )
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_8(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "XXnoise kindXX")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_9(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "NOISE KIND")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_10(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind not in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_11(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("XXsymmetricXX", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_12(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("SYMMETRIC", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_13(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "XXsymmetric_exactXX"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_14(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "SYMMETRIC_EXACT"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_15(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = None
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_16(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full(None, eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_17(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), None)
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_18(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full(eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_19(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), )
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_20(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta * (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_21(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k + 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_22(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 2))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_23(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(None, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_24(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, None)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_25(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_26(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, )
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_27(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 + eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_28(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 2 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_29(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind != "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_30(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "XXuniformXX":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_31(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "UNIFORM":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_32(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = None
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_33(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full(None, eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_34(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), None)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_35(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full(eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_36(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), )
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_37(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta * k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_38(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] = 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_39(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] -= 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_40(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(None)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_41(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 + eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_42(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 2 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_43(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = None
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_44(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) / (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_45(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(None) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_46(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 + eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_47(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (2 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_48(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] = eta
    return t


def x_transition_matrix__mutmut_49(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) % k] -= eta
    return t


def x_transition_matrix__mutmut_50(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(None), (np.arange(k) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_51(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 1) / k] += eta
    return t


def x_transition_matrix__mutmut_52(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) - 1) % k] += eta
    return t


def x_transition_matrix__mutmut_53(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(None) + 1) % k] += eta
    return t


def x_transition_matrix__mutmut_54(kind: str, num_classes: int, eta: float) -> np.ndarray:
    """T[i, j] = P(noisy = j | clean = i) for the per-example kinds (symmetric_exact matches symmetric in expectation)."""
    k = num_classes
    lookup(NOISE_KINDS, kind, "noise kind")
    if kind in ("symmetric", "symmetric_exact"):
        t = np.full((k, k), eta / (k - 1))
        np.fill_diagonal(t, 1 - eta)
    elif kind == "uniform":
        t = np.full((k, k), eta / k)
        t[np.diag_indices(k)] += 1 - eta
    else:
        t = np.eye(k) * (1 - eta)
        t[np.arange(k), (np.arange(k) + 2) % k] += eta
    return t

mutants_x_transition_matrix__mutmut['_mutmut_orig'] = x_transition_matrix__mutmut_orig # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_1'] = x_transition_matrix__mutmut_1 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_2'] = x_transition_matrix__mutmut_2 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_3'] = x_transition_matrix__mutmut_3 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_4'] = x_transition_matrix__mutmut_4 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_5'] = x_transition_matrix__mutmut_5 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_6'] = x_transition_matrix__mutmut_6 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_7'] = x_transition_matrix__mutmut_7 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_8'] = x_transition_matrix__mutmut_8 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_9'] = x_transition_matrix__mutmut_9 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_10'] = x_transition_matrix__mutmut_10 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_11'] = x_transition_matrix__mutmut_11 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_12'] = x_transition_matrix__mutmut_12 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_13'] = x_transition_matrix__mutmut_13 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_14'] = x_transition_matrix__mutmut_14 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_15'] = x_transition_matrix__mutmut_15 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_16'] = x_transition_matrix__mutmut_16 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_17'] = x_transition_matrix__mutmut_17 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_18'] = x_transition_matrix__mutmut_18 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_19'] = x_transition_matrix__mutmut_19 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_20'] = x_transition_matrix__mutmut_20 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_21'] = x_transition_matrix__mutmut_21 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_22'] = x_transition_matrix__mutmut_22 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_23'] = x_transition_matrix__mutmut_23 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_24'] = x_transition_matrix__mutmut_24 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_25'] = x_transition_matrix__mutmut_25 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_26'] = x_transition_matrix__mutmut_26 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_27'] = x_transition_matrix__mutmut_27 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_28'] = x_transition_matrix__mutmut_28 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_29'] = x_transition_matrix__mutmut_29 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_30'] = x_transition_matrix__mutmut_30 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_31'] = x_transition_matrix__mutmut_31 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_32'] = x_transition_matrix__mutmut_32 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_33'] = x_transition_matrix__mutmut_33 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_34'] = x_transition_matrix__mutmut_34 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_35'] = x_transition_matrix__mutmut_35 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_36'] = x_transition_matrix__mutmut_36 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_37'] = x_transition_matrix__mutmut_37 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_38'] = x_transition_matrix__mutmut_38 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_39'] = x_transition_matrix__mutmut_39 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_40'] = x_transition_matrix__mutmut_40 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_41'] = x_transition_matrix__mutmut_41 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_42'] = x_transition_matrix__mutmut_42 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_43'] = x_transition_matrix__mutmut_43 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_44'] = x_transition_matrix__mutmut_44 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_45'] = x_transition_matrix__mutmut_45 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_46'] = x_transition_matrix__mutmut_46 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_47'] = x_transition_matrix__mutmut_47 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_48'] = x_transition_matrix__mutmut_48 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_49'] = x_transition_matrix__mutmut_49 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_50'] = x_transition_matrix__mutmut_50 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_51'] = x_transition_matrix__mutmut_51 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_52'] = x_transition_matrix__mutmut_52 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_53'] = x_transition_matrix__mutmut_53 # type: ignore # mutmut generated
mutants_x_transition_matrix__mutmut['x_transition_matrix__mutmut_54'] = x_transition_matrix__mutmut_54 # type: ignore # mutmut generated
mutants_x_check_eta__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_eta__mutmut)
def check_eta(eta) -> None:
    if isinstance(eta, bool) or not isinstance(eta, (int, float)) or not 0.0 <= eta <= 1.0:
        raise ConfigError(f"eta must be a number in [0, 1], got {eta!r}")


def x_check_eta__mutmut_orig(eta) -> None:
    if isinstance(eta, bool) or not isinstance(eta, (int, float)) or not 0.0 <= eta <= 1.0:
        raise ConfigError(f"eta must be a number in [0, 1], got {eta!r}")


def x_check_eta__mutmut_1(eta) -> None:
    if isinstance(eta, bool) or not isinstance(eta, (int, float)) and not 0.0 <= eta <= 1.0:
        raise ConfigError(f"eta must be a number in [0, 1], got {eta!r}")


def x_check_eta__mutmut_2(eta) -> None:
    if isinstance(eta, bool) and not isinstance(eta, (int, float)) or not 0.0 <= eta <= 1.0:
        raise ConfigError(f"eta must be a number in [0, 1], got {eta!r}")


def x_check_eta__mutmut_3(eta) -> None:
    if isinstance(eta, bool) or isinstance(eta, (int, float)) or not 0.0 <= eta <= 1.0:
        raise ConfigError(f"eta must be a number in [0, 1], got {eta!r}")


def x_check_eta__mutmut_4(eta) -> None:
    if isinstance(eta, bool) or not isinstance(eta, (int, float)) or 0.0 <= eta <= 1.0:
        raise ConfigError(f"eta must be a number in [0, 1], got {eta!r}")


def x_check_eta__mutmut_5(eta) -> None:
    if isinstance(eta, bool) or not isinstance(eta, (int, float)) or not 1.0 <= eta <= 1.0:
        raise ConfigError(f"eta must be a number in [0, 1], got {eta!r}")


def x_check_eta__mutmut_6(eta) -> None:
    if isinstance(eta, bool) or not isinstance(eta, (int, float)) or not 0.0 < eta <= 1.0:
        raise ConfigError(f"eta must be a number in [0, 1], got {eta!r}")


def x_check_eta__mutmut_7(eta) -> None:
    if isinstance(eta, bool) or not isinstance(eta, (int, float)) or not 0.0 <= eta < 1.0:
        raise ConfigError(f"eta must be a number in [0, 1], got {eta!r}")


def x_check_eta__mutmut_8(eta) -> None:
    if isinstance(eta, bool) or not isinstance(eta, (int, float)) or not 0.0 <= eta <= 2.0:
        raise ConfigError(f"eta must be a number in [0, 1], got {eta!r}")


def x_check_eta__mutmut_9(eta) -> None:
    if isinstance(eta, bool) or not isinstance(eta, (int, float)) or not 0.0 <= eta <= 1.0:
        raise ConfigError(None)

mutants_x_check_eta__mutmut['_mutmut_orig'] = x_check_eta__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_eta__mutmut['x_check_eta__mutmut_1'] = x_check_eta__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_eta__mutmut['x_check_eta__mutmut_2'] = x_check_eta__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_eta__mutmut['x_check_eta__mutmut_3'] = x_check_eta__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_eta__mutmut['x_check_eta__mutmut_4'] = x_check_eta__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_eta__mutmut['x_check_eta__mutmut_5'] = x_check_eta__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_eta__mutmut['x_check_eta__mutmut_6'] = x_check_eta__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_eta__mutmut['x_check_eta__mutmut_7'] = x_check_eta__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_eta__mutmut['x_check_eta__mutmut_8'] = x_check_eta__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_eta__mutmut['x_check_eta__mutmut_9'] = x_check_eta__mutmut_9 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_add_label_noise__mutmut)
def add_label_noise(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_orig(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_1(labels, num_classes: int, eta: float, kind: str = "XXsymmetricXX", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_2(labels, num_classes: int, eta: float, kind: str = "SYMMETRIC", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_3(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 1):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_4(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(None)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_5(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = None
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_6(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(None, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_7(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, None, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_8(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, None)
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_9(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_10(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_11(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, )
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_12(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "XXnoise kindXX")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_13(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "NOISE KIND")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_14(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes <= 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_15(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 3:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_16(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(None)
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_17(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = None
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_18(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith(None)
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_19(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(None).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_20(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("XXtorchXX")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_21(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("TORCH")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_22(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = None  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_23(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(None)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_24(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(None).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_25(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if (is_torch) and False else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_26(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if (is_torch) or True else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_27(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size or (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_28(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 and clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_29(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() <= 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_30(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 1 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_31(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() > num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_32(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(None)
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_33(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes + 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_34(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 2}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_35(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = None
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_36(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(None, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_37(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, None, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_38(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, None, np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_39(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), None)
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_40(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_41(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_42(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_43(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), )
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_44(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(None), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_45(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(None))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_46(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(None)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_47(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(None, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_48(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=None, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_49(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=None)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_50(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_51(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_52(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, )
    return noisy.astype(np.asarray(labels).dtype, copy=False)


def x_add_label_noise__mutmut_53(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(None, copy=False)


def x_add_label_noise__mutmut_54(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=None)


def x_add_label_noise__mutmut_55(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(copy=False)


def x_add_label_noise__mutmut_56(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, )


def x_add_label_noise__mutmut_57(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(None).dtype, copy=False)


def x_add_label_noise__mutmut_58(labels, num_classes: int, eta: float, kind: str = "symmetric", seed: int = 0):
    """A new noisy copy of `labels` (numpy array or torch tensor; the same type comes back).

    `labels` itself is never modified. The realised rate is `flip_rate(labels, noisy)`.
    """
    check_eta(eta)
    draw = lookup(NOISE_KINDS, kind, "noise kind")
    if num_classes < 2:
        raise ConfigError(f"label noise needs at least 2 classes, got {num_classes}")
    is_torch = type(labels).__module__.startswith("torch")
    clean = np.asarray(labels.cpu().numpy() if is_torch else labels).astype(np.int64)  # a copy
    if clean.size and (clean.min() < 0 or clean.max() >= num_classes):
        raise ConfigError(f"labels must lie in [0, {num_classes - 1}], found {clean.min()}..{clean.max()}")
    noisy = draw(clean, num_classes, float(eta), np.random.Generator(np.random.PCG64(seed)))
    if is_torch:
        import torch

        return torch.as_tensor(noisy, dtype=labels.dtype, device=labels.device)
    return noisy.astype(np.asarray(labels).dtype, copy=True)

mutants_x_add_label_noise__mutmut['_mutmut_orig'] = x_add_label_noise__mutmut_orig # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_1'] = x_add_label_noise__mutmut_1 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_2'] = x_add_label_noise__mutmut_2 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_3'] = x_add_label_noise__mutmut_3 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_4'] = x_add_label_noise__mutmut_4 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_5'] = x_add_label_noise__mutmut_5 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_6'] = x_add_label_noise__mutmut_6 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_7'] = x_add_label_noise__mutmut_7 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_8'] = x_add_label_noise__mutmut_8 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_9'] = x_add_label_noise__mutmut_9 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_10'] = x_add_label_noise__mutmut_10 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_11'] = x_add_label_noise__mutmut_11 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_12'] = x_add_label_noise__mutmut_12 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_13'] = x_add_label_noise__mutmut_13 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_14'] = x_add_label_noise__mutmut_14 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_15'] = x_add_label_noise__mutmut_15 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_16'] = x_add_label_noise__mutmut_16 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_17'] = x_add_label_noise__mutmut_17 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_18'] = x_add_label_noise__mutmut_18 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_19'] = x_add_label_noise__mutmut_19 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_20'] = x_add_label_noise__mutmut_20 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_21'] = x_add_label_noise__mutmut_21 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_22'] = x_add_label_noise__mutmut_22 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_23'] = x_add_label_noise__mutmut_23 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_24'] = x_add_label_noise__mutmut_24 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_25'] = x_add_label_noise__mutmut_25 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_26'] = x_add_label_noise__mutmut_26 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_27'] = x_add_label_noise__mutmut_27 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_28'] = x_add_label_noise__mutmut_28 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_29'] = x_add_label_noise__mutmut_29 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_30'] = x_add_label_noise__mutmut_30 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_31'] = x_add_label_noise__mutmut_31 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_32'] = x_add_label_noise__mutmut_32 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_33'] = x_add_label_noise__mutmut_33 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_34'] = x_add_label_noise__mutmut_34 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_35'] = x_add_label_noise__mutmut_35 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_36'] = x_add_label_noise__mutmut_36 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_37'] = x_add_label_noise__mutmut_37 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_38'] = x_add_label_noise__mutmut_38 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_39'] = x_add_label_noise__mutmut_39 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_40'] = x_add_label_noise__mutmut_40 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_41'] = x_add_label_noise__mutmut_41 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_42'] = x_add_label_noise__mutmut_42 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_43'] = x_add_label_noise__mutmut_43 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_44'] = x_add_label_noise__mutmut_44 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_45'] = x_add_label_noise__mutmut_45 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_46'] = x_add_label_noise__mutmut_46 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_47'] = x_add_label_noise__mutmut_47 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_48'] = x_add_label_noise__mutmut_48 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_49'] = x_add_label_noise__mutmut_49 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_50'] = x_add_label_noise__mutmut_50 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_51'] = x_add_label_noise__mutmut_51 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_52'] = x_add_label_noise__mutmut_52 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_53'] = x_add_label_noise__mutmut_53 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_54'] = x_add_label_noise__mutmut_54 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_55'] = x_add_label_noise__mutmut_55 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_56'] = x_add_label_noise__mutmut_56 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_57'] = x_add_label_noise__mutmut_57 # type: ignore # mutmut generated
mutants_x_add_label_noise__mutmut['x_add_label_noise__mutmut_58'] = x_add_label_noise__mutmut_58 # type: ignore # mutmut generated
mutants_x_flip_rate__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_flip_rate__mutmut)
def flip_rate(clean, noisy) -> float:
    """The realised share of labels that differ from the clean ones."""
    clean, noisy = np.asarray(clean), np.asarray(noisy)
    return float((clean != noisy).mean()) if clean.size else 0.0


def x_flip_rate__mutmut_orig(clean, noisy) -> float:
    """The realised share of labels that differ from the clean ones."""
    clean, noisy = np.asarray(clean), np.asarray(noisy)
    return float((clean != noisy).mean()) if clean.size else 0.0


def x_flip_rate__mutmut_1(clean, noisy) -> float:
    """The realised share of labels that differ from the clean ones."""
    clean, noisy = None
    return float((clean != noisy).mean()) if clean.size else 0.0


def x_flip_rate__mutmut_2(clean, noisy) -> float:
    """The realised share of labels that differ from the clean ones."""
    clean, noisy = np.asarray(None), np.asarray(noisy)
    return float((clean != noisy).mean()) if clean.size else 0.0


def x_flip_rate__mutmut_3(clean, noisy) -> float:
    """The realised share of labels that differ from the clean ones."""
    clean, noisy = np.asarray(clean), np.asarray(None)
    return float((clean != noisy).mean()) if clean.size else 0.0


def x_flip_rate__mutmut_4(clean, noisy) -> float:
    """The realised share of labels that differ from the clean ones."""
    clean, noisy = np.asarray(clean), np.asarray(noisy)
    return float((clean != noisy).mean()) if (clean.size) and False else 0.0


def x_flip_rate__mutmut_5(clean, noisy) -> float:
    """The realised share of labels that differ from the clean ones."""
    clean, noisy = np.asarray(clean), np.asarray(noisy)
    return float((clean != noisy).mean()) if (clean.size) or True else 0.0


def x_flip_rate__mutmut_6(clean, noisy) -> float:
    """The realised share of labels that differ from the clean ones."""
    clean, noisy = np.asarray(clean), np.asarray(noisy)
    return float(None) if clean.size else 0.0


def x_flip_rate__mutmut_7(clean, noisy) -> float:
    """The realised share of labels that differ from the clean ones."""
    clean, noisy = np.asarray(clean), np.asarray(noisy)
    return float((clean == noisy).mean()) if clean.size else 0.0


def x_flip_rate__mutmut_8(clean, noisy) -> float:
    """The realised share of labels that differ from the clean ones."""
    clean, noisy = np.asarray(clean), np.asarray(noisy)
    return float((clean != noisy).mean()) if clean.size else 1.0

mutants_x_flip_rate__mutmut['_mutmut_orig'] = x_flip_rate__mutmut_orig # type: ignore # mutmut generated
mutants_x_flip_rate__mutmut['x_flip_rate__mutmut_1'] = x_flip_rate__mutmut_1 # type: ignore # mutmut generated
mutants_x_flip_rate__mutmut['x_flip_rate__mutmut_2'] = x_flip_rate__mutmut_2 # type: ignore # mutmut generated
mutants_x_flip_rate__mutmut['x_flip_rate__mutmut_3'] = x_flip_rate__mutmut_3 # type: ignore # mutmut generated
mutants_x_flip_rate__mutmut['x_flip_rate__mutmut_4'] = x_flip_rate__mutmut_4 # type: ignore # mutmut generated
mutants_x_flip_rate__mutmut['x_flip_rate__mutmut_5'] = x_flip_rate__mutmut_5 # type: ignore # mutmut generated
mutants_x_flip_rate__mutmut['x_flip_rate__mutmut_6'] = x_flip_rate__mutmut_6 # type: ignore # mutmut generated
mutants_x_flip_rate__mutmut['x_flip_rate__mutmut_7'] = x_flip_rate__mutmut_7 # type: ignore # mutmut generated
mutants_x_flip_rate__mutmut['x_flip_rate__mutmut_8'] = x_flip_rate__mutmut_8 # type: ignore # mutmut generated
