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


@pytest.mark.parametrize("kind", ["symmetric", "symmetric_exact"])
def test_symmetric_rate_and_uniform_over_other_classes(kind):
    noisy = add_label_noise(CLEAN, K, 0.4, kind=kind, seed=1)
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


@pytest.mark.parametrize("kind", ["symmetric", "symmetric_exact", "uniform", "pair"])
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


def _given_study(tmp_path, **noise_params):
    from memstudy.config import parse_study

    return parse_study({"name": "given", "trial": {"dataset": "synthetic", "model": "mlp", "epochs": 2, "noise": "given",
                                                   "noise_params": noise_params}}, source="given.yaml", base_dir=tmp_path)


def test_given_noisy_labels_are_read_checked_and_measured(tmp_path):
    """Real noisy labels (e.g. CIFAR-10N's human labels) from a file: eta is their realised rate,
    the trial trains on exactly them, and the analysis reads the trial as any other."""
    import json

    from analysis import load_table, summary_table, trial_table
    from memstudy.data import build_dataset
    from memstudy.train import run_trial

    clean = build_dataset("synthetic").y_train.numpy()
    given = clean.copy()
    given[: len(given) * 3 // 10] = (given[: len(given) * 3 // 10] + 1) % 4  # 30% changed, as a human might
    np.save(tmp_path / "labels.npy", given)
    np.savez(tmp_path / "labels.npz", worse_label=given, aggre_label=clean)
    [cfg] = _given_study(tmp_path, path="labels.npy").trials
    assert cfg.eta == pytest.approx(0.3, abs=1 / len(clean)) and cfg.noise_params["path"] == str(tmp_path / "labels.npy")
    [from_npz] = _given_study(tmp_path, path="labels.npz", key="worse_label").trials
    assert from_npz.eta == cfg.eta
    run_trial(cfg, tmp_path / "study" / "trial")
    saved = np.load(tmp_path / "study" / "trial" / "labels.npz")
    assert np.array_equal(saved["noisy"], given) and np.array_equal(saved["clean"], clean)
    noise = json.loads((tmp_path / "study" / "trial" / "config.json").read_text())["noise"]
    assert noise["kind"] == "given" and noise["realised_rate"] == pytest.approx(cfg.eta)
    trials = trial_table(load_table(tmp_path / "study"))
    [row] = summary_table(trials).to_dict("records")
    assert row["eta"] == pytest.approx(cfg.eta) and row["flip_rate"] == pytest.approx(cfg.eta)


@pytest.mark.parametrize("noise_params, write, expected", [
    ({"path": "nope.npy"}, None, "noise_params.path: file"),
    ({"path": "short.npy"}, np.zeros(10, dtype=np.int64), "10 labels for a training set of 512 examples"),
    ({"path": "range.npy"}, np.full(512, 7), r"labels must lie in \[0, 3\], found 7..7"),
    ({"path": "edge.npy"}, np.arange(512) % 5, r"labels must lie in \[0, 3\], found 0..4"),  # 4 classes: 4 is out
    ({"path": "float.npy"}, np.zeros(512), "labels must be a vector of integers"),
    ({"path": "keys.npz", "key": "human"}, {"worse_label": np.zeros(512, dtype=np.int64)},
     r"an .npz needs noise_params.key, one of \['worse_label'\]; got 'human'"),
    ({"path": "x.npy", "keyy": 1}, None, "given noise has no parameter 'keyy'"),
    ({}, None, "given noise needs noise_params.path"),
])
def test_given_labels_that_cannot_be_used_fail_before_ray(tmp_path, noise_params, write, expected):
    from memstudy.errors import ConfigError

    if isinstance(write, dict):
        np.savez(tmp_path / noise_params["path"], **write)
    elif write is not None:
        np.save(tmp_path / noise_params["path"], write)
    with pytest.raises(ConfigError, match=expected) as info:
        _given_study(tmp_path, **noise_params)
    assert "given.yaml" in str(info.value)


def test_given_noise_sets_its_own_eta_and_other_kinds_take_no_noise_params(tmp_path):
    from memstudy.config import parse_study
    from memstudy.errors import ConfigError

    np.save(tmp_path / "labels.npy", np.zeros(512, dtype=np.int64))
    with pytest.raises(ConfigError, match="given noise measures eta from its labels"):
        parse_study({"name": "g", "trial": {"dataset": "synthetic", "noise": "given", "eta": 0.2,
                                            "noise_params": {"path": "labels.npy"}}}, base_dir=tmp_path)
    with pytest.raises(ConfigError, match="noise 'symmetric' takes no noise_params"):
        parse_study({"name": "g", "trial": {"dataset": "synthetic", "noise_params": {"path": "labels.npy"}}})


def test_a_cut_or_damaged_label_file_is_a_clear_error(tmp_path):
    from memstudy.errors import ConfigError
    from memstudy.noise import read_given_labels

    np.savez(tmp_path / "labels.npz", worse_label=np.zeros(512, dtype=np.int64))
    raw = (tmp_path / "labels.npz").read_bytes()
    (tmp_path / "cut.npz").write_bytes(raw[: len(raw) - 30])
    with pytest.raises(ConfigError, match=r"cut.npz: not a .npy or .npz of labels \(BadZipFile"):
        read_given_labels(tmp_path / "cut.npz", "worse_label", 512, 4)
    with pytest.raises(ConfigError, match=r"cut.npz: not a .npy or .npz of labels") as info:
        _given_study(tmp_path, path="cut.npz", key="worse_label")
    assert "given.yaml" in str(info.value)
    np.save(tmp_path / "labels.npy", np.zeros(512, dtype=np.int64))
    (tmp_path / "cut.npy").write_bytes((tmp_path / "labels.npy").read_bytes()[:60])  # inside the header
    with pytest.raises(ConfigError, match=r"cut.npy: not a .npy or .npz of labels"):
        read_given_labels(tmp_path / "cut.npy", None, 512, 4)


@pytest.mark.parametrize("path", ["https://user:SECRET@host/labels.npy", "/cwd/s3:/AKIAKEY:SECRET@bucket/labels.npy"])
def test_a_label_uri_is_refused_without_printing_its_credentials(path):
    from memstudy.errors import ConfigError
    from memstudy.noise import read_given_labels

    with pytest.raises(ConfigError, match="noise_params.path must be a path on this machine, not a URI") as info:
        read_given_labels(path)
    assert "SECRET" not in str(info.value) and "***@" in str(info.value)
