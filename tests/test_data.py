"""Every dataset in the registry, with MNIST and CIFAR-10 read from tiny files in their real formats."""

import pickle
import re

import numpy as np
import pytest
import torch

from helpers import write_tiny_cifar, write_tiny_mnist
from memstudy.data import DATASETS, MNIST_FILES, augment_batch, build_dataset, check_dataset
from memstudy.errors import ConfigError


@pytest.mark.parametrize("gz", [False, True])
def test_mnist_reads_idx_files(tmp_path, gz):
    arrays = write_tiny_mnist(tmp_path, gz=gz)
    ds = build_dataset("mnist", root=str(tmp_path))
    assert ds.x_train.shape == (20, 1, 28, 28) and ds.x_test.shape == (10, 1, 28, 28)
    assert ds.in_shape == (1, 28, 28) and ds.num_classes == 10
    assert torch.equal(ds.y_train, torch.as_tensor(arrays["y_train"]))
    # Normalised per channel with the training statistics, pixel order preserved.
    x = arrays["x_train"].astype(np.float32)
    expected = (x - x.mean()) / x.std(ddof=1)
    assert np.allclose(ds.x_train[:, 0].numpy(), expected, atol=1e-4)


def test_mnist_torchvision_layout(tmp_path):
    write_tiny_mnist(tmp_path / "MNIST" / "raw")
    assert build_dataset("mnist", root=str(tmp_path)).x_train.shape[0] == 20


def test_mnist_missing_files_names_paths(tmp_path):
    problems = check_dataset("mnist", {"root": str(tmp_path)})
    assert problems and "train-images-idx3-ubyte" in problems[0] and str(tmp_path) in problems[0]
    assert "download: true" in problems[0]
    with pytest.raises(ConfigError, match="MNIST files not found"):
        build_dataset("mnist", root=str(tmp_path))


def test_truncated_idx_is_a_clear_error(tmp_path):
    write_tiny_mnist(tmp_path)
    path = tmp_path / MNIST_FILES["x_train"]
    path.write_bytes(path.read_bytes()[:-5])
    with pytest.raises(ConfigError, match="truncated"):
        build_dataset("mnist", root=str(tmp_path))


def test_cifar10_reads_python_batches(tmp_path):
    write_tiny_cifar(tmp_path)
    ds = build_dataset("cifar10", root=str(tmp_path))
    assert ds.x_train.shape == (20, 3, 32, 32) and ds.x_test.shape == (4, 3, 32, 32)
    assert ds.y_train[:4].tolist() == [0, 1, 2, 3]
    assert torch.allclose(ds.x_train.mean(dim=(0, 2, 3)), torch.zeros(3), atol=1e-5)


def test_cifar10_tampered_pickle_cannot_run_code(tmp_path):
    folder = write_tiny_cifar(tmp_path)
    marker = tmp_path / "pwned"

    class Evil:
        def __reduce__(self):
            import os
            return (os.system, (f"touch {marker}",))

    with open(folder / "data_batch_1", "wb") as f:
        pickle.dump({b"data": Evil(), b"labels": [0]}, f)
    with pytest.raises(ConfigError, match="not a valid CIFAR-10 batch"):
        build_dataset("cifar10", root=str(tmp_path))
    assert not marker.exists()


def test_cifar10_missing(tmp_path):
    with pytest.raises(ConfigError, match="cifar-10-batches-py"):
        build_dataset("cifar10", root=str(tmp_path))


def test_digits_fixed_stratified_split():
    a, b = build_dataset("digits"), build_dataset("digits")
    assert torch.equal(a.y_train, b.y_train)
    assert a.x_train.shape[1:] == (1, 8, 8) and a.x_train.shape[0] + a.x_test.shape[0] == 1797
    counts = torch.bincount(a.y_test, minlength=10).float()
    assert counts.min() >= 0.85 * counts.max()


def test_arrays_npz(tmp_path):
    path = tmp_path / "mine.npz"
    rng = np.random.default_rng(0)
    np.savez(path, x_train=rng.normal(size=(30, 5)), y_train=np.arange(30) % 3,
             x_test=rng.normal(size=(9, 5)), y_test=np.arange(9) % 3)
    ds = build_dataset("arrays", path=str(path))
    assert ds.in_shape == (5,) and ds.num_classes == 3
    assert check_dataset("arrays", {"path": str(tmp_path / "nope.npz")})


@pytest.mark.parametrize("arrays, expected", [
    (dict(x_train=np.zeros((4, 2)), y_train=np.arange(4), x_test=np.zeros((2, 2))), "missing arrays ['y_test']"),
    (dict(x_train=np.zeros((4, 2)), y_train=np.arange(3), x_test=np.zeros((2, 2)), y_test=np.arange(2)),
     "x_train holds 4 examples but y_train has shape (3,)"),
    (dict(x_train=np.zeros((4, 2)), y_train=np.arange(4) - 1, x_test=np.zeros((2, 2)), y_test=np.arange(2)),
     "y_train must be non-negative integer class labels"),
    (dict(x_train=np.zeros((4, 2)), y_train=np.arange(4) * 0.5, x_test=np.zeros((2, 2)), y_test=np.arange(2)),
     "y_train must be non-negative integer class labels, got dtype float64"),
    (dict(x_train=np.zeros((4, 2)), y_train=np.arange(4) % 2, x_test=np.zeros((2, 2)), y_test=np.array([0, 5])),
     "y_test has class 5, which no training example has"),
    (dict(x_train=np.zeros((4, 2)), y_train=np.arange(4), x_test=np.zeros((2, 3)), y_test=np.arange(2)),
     "x_train examples have shape (2,), x_test (3,)"),
])
def test_a_malformed_npz_is_rejected_before_anything_runs(tmp_path, arrays, expected):
    path = tmp_path / "bad.npz"
    np.savez(path, **arrays)
    [problem] = check_dataset("arrays", {"path": str(path)})
    assert expected in problem and str(path) in problem
    with pytest.raises(ConfigError, match=re.escape(expected)):
        build_dataset("arrays", path=str(path))
    (tmp_path / "text.npz").write_text("not a zip")
    assert "not a .npz of numeric arrays" in check_dataset("arrays", {"path": str(tmp_path / "text.npz")})[0]


def test_a_researchers_dataset_is_named_after_its_file():
    from analysis.table import dataset_label

    assert dataset_label("arrays", {"path": "/data/cifar10n_worse.npz"}) == "cifar10n_worse"
    assert dataset_label("cifar10", {"root": "data"}) == "cifar10"


def test_synthetic_is_seeded():
    a = build_dataset("synthetic", seed=1)
    b = build_dataset("synthetic", seed=1)
    assert torch.equal(a.x_train, b.x_train) and torch.equal(a.y_train, b.y_train)
    c = build_dataset("synthetic", seed=2)
    assert not torch.equal(a.x_train, c.x_train) and not torch.equal(a.y_train, c.y_train)


@pytest.mark.parametrize("name", sorted(DATASETS))
def test_registry_unknown_params_and_names(name):
    problems = check_dataset(name, {"rooot": "x"})
    assert problems and "no parameter 'rooot'" in problems[0]


def test_unknown_dataset_suggests():
    with pytest.raises(ConfigError, match="did you mean 'mnist'"):
        build_dataset("mnsit")


def test_augment_batch_crops_and_flips_on_whole_batches():
    gen = torch.Generator().manual_seed(0)
    x = torch.arange(2 * 3 * 8 * 8, dtype=torch.float32).reshape(2, 3, 8, 8)
    out = augment_batch(x, gen, pad=0, flip=True)
    for i in range(2):
        assert torch.equal(out[i], x[i]) or torch.equal(out[i], x[i].flip(2))
    out = augment_batch(x, gen, pad=2, flip=False)
    assert out.shape == x.shape
    # Each crop is a shifted window of the zero-padded image.
    padded = torch.nn.functional.pad(x, (2, 2, 2, 2))
    for i in range(2):
        assert any(torch.equal(out[i], padded[i, :, dy:dy + 8, dx:dx + 8]) for dy in range(5) for dx in range(5))


@pytest.mark.parametrize("name", sorted(DATASETS))
def test_input_shape_is_the_shape_the_loaded_dataset_has(tmp_path, name):
    # The driver checks each model against input_shape before Ray starts, without loading the data.
    from memstudy.data import input_shape

    params = {"mnist": {"root": str(tmp_path)}, "cifar10": {"root": str(tmp_path)},
              "arrays": {"path": str(tmp_path / "mine.npz")}, "digits": {},
              "synthetic": {"shape": [3, 5, 7], "num_classes": 6}}[name]
    if name == "mnist":
        write_tiny_mnist(tmp_path)
    elif name == "cifar10":
        write_tiny_cifar(tmp_path)
    elif name == "arrays":
        rng = np.random.default_rng(0)
        np.savez(tmp_path / "mine.npz", x_train=rng.random((12, 2, 4, 4)), y_train=np.arange(12) % 5,
                 x_test=rng.random((6, 2, 4, 4)), y_test=np.arange(6) % 5)
    ds = build_dataset(name, **params)
    assert input_shape(name, **params) == (ds.in_shape, ds.num_classes)
