"""Label noise: every kind is reproducible, leaves the clean labels alone and has the right statistics."""

import numpy as np
import pytest
import torch

from memstudy.noise import NOISE_KINDS, add_label_noise, flip_rate, transition_matrix

K = 10
CLEAN = np.arange(20000) % K


@pytest.mark.parametrize("kind", sorted(NOISE_KINDS))
def test_reproducible_and_clean_untouched(kind):
    clean = CLEAN.copy()
    a = add_label_noise(clean, K, 0.4, kind=kind, seed=3)
    b = add_label_noise(clean, K, 0.4, kind=kind, seed=3)
    c = add_label_noise(clean, K, 0.4, kind=kind, seed=4)
    assert np.array_equal(clean, CLEAN)
    assert np.array_equal(a, b)
    assert not np.array_equal(a, c)
    assert a.min() >= 0 and a.max() < K


@pytest.mark.parametrize("kind", sorted(NOISE_KINDS))
def test_eta_zero_keeps_every_label(kind):
    assert np.array_equal(add_label_noise(CLEAN, K, 0.0, kind=kind), CLEAN)


def test_symmetric_rate_and_uniform_over_other_classes():
    noisy = add_label_noise(CLEAN, K, 0.4, seed=1)
    assert abs(flip_rate(CLEAN, noisy) - 0.4) < 0.015
    flipped = noisy != CLEAN
    offsets = (noisy[flipped] - CLEAN[flipped]) % K
    counts = np.bincount(offsets, minlength=K)
    assert counts[0] == 0
    assert counts[1:].min() > 0.8 * counts[1:].mean()


def test_symmetric_exact_flips_exactly_round_eta_n():
    noisy = add_label_noise(CLEAN[:1001], K, 0.2, kind="symmetric_exact", seed=0)
    assert int((noisy != CLEAN[:1001]).sum()) == round(0.2 * 1001)


def test_uniform_may_keep_the_label():
    noisy = add_label_noise(CLEAN, K, 1.0, kind="uniform", seed=0)
    assert abs(flip_rate(CLEAN, noisy) - 0.9) < 0.015


def test_pair_moves_to_next_class():
    noisy = add_label_noise(CLEAN, K, 0.3, kind="pair", seed=0)
    flipped = noisy != CLEAN
    assert np.array_equal(noisy[flipped], (CLEAN[flipped] + 1) % K)
    assert abs(flipped.mean() - 0.3) < 0.015


@pytest.mark.parametrize("kind", ["symmetric", "uniform", "pair"])
def test_empirical_transitions_match_matrix(kind):
    noisy = add_label_noise(CLEAN, K, 0.4, kind=kind, seed=2)
    empirical = np.zeros((K, K))
    np.add.at(empirical, (CLEAN, noisy), 1)
    empirical /= empirical.sum(1, keepdims=True)
    t = transition_matrix(kind, K, 0.4)
    assert np.allclose(t.sum(1), 1)
    assert np.abs(empirical - t).max() < 0.03


def test_torch_in_torch_out():
    clean = torch.arange(100) % K
    noisy = add_label_noise(clean, K, 0.5, seed=0)
    assert isinstance(noisy, torch.Tensor) and noisy.dtype == clean.dtype
    assert torch.equal(clean, torch.arange(100) % K)


@pytest.mark.parametrize("eta", [-0.1, 1.5, "0.2", None])
def test_eta_out_of_range(eta):
    with pytest.raises(ValueError, match=r"eta must be a number in \[0, 1\]"):
        add_label_noise(CLEAN, K, eta)


def test_unknown_kind():
    with pytest.raises(ValueError, match="did you mean 'symmetric'"):
        add_label_noise(CLEAN, K, 0.2, kind="symetric")
