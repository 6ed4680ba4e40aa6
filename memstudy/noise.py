"""Label noise: noisy copies of a label vector from a local seeded generator; clean labels are never touched.

The draw uses numpy's PCG64 generator seeded by `seed` alone, so the same call gives the same
labels on every machine and every library version that keeps PCG64's stream.
"""

from __future__ import annotations

import zlib
from pathlib import Path

import numpy as np

from memstudy.errors import ConfigError, lookup


def _symmetric(labels, k, eta, rng):
    # With probability eta, move to one of the K-1 other classes uniformly: y + U{1..K-1} mod K.
    flip = rng.random(labels.shape[0]) < eta
    offsets = rng.integers(1, k, size=labels.shape[0])
    return np.where(flip, (labels + offsets) % k, labels)


def _symmetric_exact(labels, k, eta, rng):
    n = labels.shape[0]
    chosen = rng.choice(n, size=int(round(eta * n)), replace=False)
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] + rng.integers(1, k, size=chosen.shape[0])) % k
    return noisy


def _uniform(labels, k, eta, rng):
    # Zhang et al. (2017): with probability eta, a uniform draw over all K classes (may keep y).
    replace = rng.random(labels.shape[0]) < eta
    return np.where(replace, rng.integers(0, k, size=labels.shape[0]), labels)


def _pair(labels, k, eta, rng):
    flip = rng.random(labels.shape[0]) < eta
    return np.where(flip, (labels + 1) % k, labels)


NOISE_KINDS = {
    "symmetric": _symmetric,
    "symmetric_exact": _symmetric_exact,
    "uniform": _uniform,
    "pair": _pair,
}

# Noisy labels read from a file instead of drawn (noise_params.path, and .key for an .npz): real
# human noise such as CIFAR-10N's. Its rate is measured, not chosen: the trial's eta is set to it.
GIVEN = "given"
KINDS = tuple(NOISE_KINDS) + (GIVEN,)
GIVEN_PARAMS = ("path", "key")


def read_given_labels(path, key=None, num_examples=None, num_classes=None) -> np.ndarray:
    """The training-label vector in `path` (.npy, or the array `key` of an .npz), checked: one
    integer per training example, each a class in [0, K)."""
    from memstudy.data import local_path_problem, shown  # here: data imports torch, noise need not

    problem = local_path_problem(path, "noise_params.path")
    if problem:
        raise ConfigError(problem)
    path, labels, keys = Path(path), None, None
    if not path.is_file():
        raise ConfigError(f"noise_params.path: file {shown(path)} does not exist")
    try:
        loaded = np.load(path, allow_pickle=False)
        if isinstance(loaded, np.lib.npyio.NpzFile):
            with loaded:
                keys = sorted(loaded.files)
                if key is not None and key in keys:
                    labels = loaded[key]
        else:
            labels = np.asarray(loaded)
    except Exception as err:  # a cut or damaged file raises many types (BadZipFile, EOFError, zlib.error, ...)
        raise ConfigError(f"{shown(path)}: not a .npy or .npz of labels ({type(err).__name__}: {err})") from None
    if labels is None:
        raise ConfigError(f"{shown(path)}: an .npz needs noise_params.key, one of {keys}; got {key!r}")
    if labels.ndim != 1 or not np.issubdtype(labels.dtype, np.integer):
        raise ConfigError(f"{shown(path)}: labels must be a vector of integers, got shape {labels.shape}, "
                          f"dtype {labels.dtype}")
    if num_examples is not None and len(labels) != num_examples:
        raise ConfigError(f"{shown(path)}: {len(labels)} labels for a training set of {num_examples} examples")
    if num_classes is not None and len(labels) and (labels.min() < 0 or labels.max() >= num_classes):
        raise ConfigError(f"{shown(path)}: labels must lie in [0, {num_classes - 1}], found "
                          f"{labels.min()}..{labels.max()}")
    return labels.astype(np.int64)


# Kinds whose changed labels go to a uniformly drawn other class: the noise of the paper's Theorem 1
# (a symmetric loss's noisy risk is then an affine function of its clean risk). Pair noise is not.
UNIFORM_FLIP_KINDS = ("symmetric", "symmetric_exact", "uniform")


def flip_probability(kind: str, eta: float, num_classes: int) -> float:
    """The expected share of labels a kind changes at rate eta: eta, but eta * (K-1)/K for uniform
    noise, whose uniform draw over all K classes keeps the label one time in K."""
    lookup(NOISE_KINDS, kind, "noise kind")
    return eta * (num_classes - 1) / num_classes if kind == "uniform" else eta


def derived_seed(seed: int, stream: str) -> int:
    """A seed for another draw independent of the one `seed` makes (numpy's SeedSequence with the
    stream's name mixed in), e.g. the noisy copy of the test labels."""
    return int(np.random.SeedSequence([seed, zlib.crc32(stream.encode())]).generate_state(1)[0])


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


def check_eta(eta) -> None:
    if isinstance(eta, bool) or not isinstance(eta, (int, float)) or not 0.0 <= eta <= 1.0:
        raise ConfigError(f"eta must be a number in [0, 1], got {eta!r}")


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


def flip_rate(clean, noisy) -> float:
    """The realised share of labels that differ from the clean ones."""
    clean, noisy = np.asarray(clean), np.asarray(noisy)
    return float((clean != noisy).mean()) if clean.size else 0.0
