"""Every dataset in the registry, with MNIST and CIFAR-10 read from tiny files in their real formats."""

import gzip
import inspect
import pickle
import re
import struct

import numpy as np
import pytest
import torch

from helpers import write_idx, write_tiny_cifar, write_tiny_mnist
from memstudy.data import (CIFAR_TRAIN, DATASETS, MNIST_FILES, PARAM_RULES, augment_batch, build_dataset,
                           check_dataset, input_shape)
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


def _images(n, size=28):
    return np.zeros((n, size, size), dtype=np.uint8)


# (file to replace, its new bytes, what the one problem says): each passed every check before and failed in a trial.
DAMAGED_MNIST = [
    ("x_train", struct.pack(">BBBB3I", 0, 0, 8, 3, 60000, 28, 28) + bytes(1000),
     "IDX header says (60000, 28, 28), 47040000 bytes of uint8 values, but 1000 bytes follow it (truncated?)"),
    ("x_train", bytes(range(256)) * 40, "not an IDX file (bad magic number)"),
    ("y_test", struct.pack(">BBBB", 0, 0, 8, 2) + b"\x00\x00", "IDX header cut short"),
    ("x_test", "gz", "cannot be read"),
    ("x_test", _images(10, 27), "MNIST images must be N x 28 x 28, the IDX header says 10 x 27 x 27"),
    ("y_train", np.arange(19) % 10, "holds 20 images but"),
    ("y_train", np.arange(20) % 12, "MNIST labels must be classes 0..9, found 0..11"),
]


@pytest.mark.parametrize("key, content, expected", DAMAGED_MNIST)
def test_damaged_mnist_files_are_found_before_ray(tmp_path, key, content, expected):
    write_tiny_mnist(tmp_path)
    path = tmp_path / MNIST_FILES[key]
    if isinstance(content, np.ndarray):
        write_idx(path, content)
    elif content == "gz":  # a .gz cut short: the header reads, the stream ends early
        path.unlink()
        path = path.with_name(path.name + ".gz")
        pixels = np.random.default_rng(0).integers(0, 256, 7840, dtype=np.uint8).tobytes()
        path.write_bytes(gzip.compress(struct.pack(">BBBB3I", 0, 0, 8, 3, 10, 28, 28) + pixels)[:-100])
    else:
        path.write_bytes(content)
    [problem] = check_dataset("mnist", {"root": str(tmp_path)})
    assert expected in problem and path.name in problem
    with pytest.raises(ConfigError, match=re.escape(expected)):
        build_dataset("mnist", root=str(tmp_path))


def test_mnist_gz_is_checked_by_its_decompressed_length(tmp_path):
    write_tiny_mnist(tmp_path, gz=True)
    assert check_dataset("mnist", {"root": str(tmp_path)}) == []
    path = tmp_path / (MNIST_FILES["x_train"] + ".gz")
    path.write_bytes(gzip.compress(struct.pack(">BBBB3I", 0, 0, 8, 3, 20, 28, 28) + bytes(100)))
    [problem] = check_dataset("mnist", {"root": str(tmp_path)})
    assert "15680 bytes of uint8 values, but 100 bytes follow it" in problem


@pytest.mark.parametrize("batch, expected", [
    (b"\x80\x02" + bytes(range(7, 250)), "not a valid CIFAR-10 batch"),
    ({b"data": np.zeros((4, 3000), np.uint8), b"labels": [0, 1, 2, 3]},
     "integers of shape (N, 3072), got shape (4, 3000)"),
    ({b"data": np.zeros((4, 3072), np.uint8), b"labels": [0, 1, 2]}, "4 images, labels of shape (3,)"),
    ({b"data": np.zeros((4, 3072), np.uint8), b"labels": [0, 1, 2, 10]}, "labels must be classes 0..9, found 0..10"),
    ({b"data": np.full((4, 3072), 300), b"labels": [0, 1, 2, 3]}, "bytes 0..255, found 300..300"),
])
def test_damaged_cifar_batches_are_found_before_ray(tmp_path, batch, expected):
    folder = write_tiny_cifar(tmp_path)
    path = folder / CIFAR_TRAIN[2]
    path.write_bytes(batch if isinstance(batch, bytes) else pickle.dumps(batch, protocol=2))
    [problem] = check_dataset("cifar10", {"root": str(tmp_path)})
    assert expected in problem and str(path) in problem
    with pytest.raises(ConfigError, match=re.escape(expected)):
        build_dataset("cifar10", root=str(tmp_path))


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


def test_a_cut_npz_is_a_clear_problem(tmp_path):
    path = tmp_path / "mine.npz"
    np.savez(path, x_train=np.zeros((30, 5)), y_train=np.arange(30) % 3, x_test=np.zeros((9, 5)),
             y_test=np.arange(9) % 3)
    raw = path.read_bytes()
    for cut in (len(raw) // 2, len(raw) - 10):
        path.write_bytes(raw[:cut])
        [problem] = check_dataset("arrays", {"path": str(path)})
        assert "not a .npz of numeric arrays (BadZipFile" in problem and str(path) in problem
        with pytest.raises(ConfigError, match="not a .npz of numeric arrays"):
            build_dataset("arrays", path=str(path))
    np.save(tmp_path / "one.npy", np.zeros(3))
    (tmp_path / "one.npz").write_bytes((tmp_path / "one.npy").read_bytes())
    assert "not a .npz but a single array" in check_dataset("arrays", {"path": str(tmp_path / "one.npz")})[0]


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


@pytest.mark.parametrize("name, params, expected", [
    ("synthetic", {"shape": "8x8"}, "shape must be a list of 1 to 3 positive integers, e.g. [1, 8, 8], got '8x8'"),
    ("synthetic", {"shape": [1, 0, 8]}, "shape must be a list of 1 to 3 positive integers"),
    ("synthetic", {"shape": [1, 2, 3, 4]}, "shape must be a list of 1 to 3 positive integers"),
    ("synthetic", {"n_train": "many"}, "n_train must be a positive integer, got 'many'"),
    ("synthetic", {"n_train": -5}, "n_train must be a positive integer, got -5"),
    ("synthetic", {"n_test": 0}, "n_test must be a positive integer, got 0"),
    ("synthetic", {"n_train": 512.0}, "n_train must be a positive integer, got 512.0"),
    ("synthetic", {"n_train": True}, "n_train must be a positive integer, got True"),
    ("synthetic", {"num_classes": 0}, "num_classes must be an integer >= 2, got 0"),
    ("synthetic", {"num_classes": 1}, "num_classes must be an integer >= 2, got 1"),
    ("synthetic", {"separation": float("nan")}, "separation must be a finite number, got nan"),
    ("synthetic", {"seed": -1}, "seed must be a non-negative integer, got -1"),
    ("digits", {"test_fraction": 1.5}, "test_fraction must be a number in (0, 1)"),
    ("digits", {"test_fraction": 0.001}, "test_fraction must be a number in (0, 1)"),
    ("digits", {"split_seed": 2**32}, "split_seed must be an integer in [0, 2**32 - 1], got 4294967296"),
    ("mnist", {"download": "yes"}, "download must be true or false, got 'yes'"),
    ("cifar10", {"root": 7}, "root must be a local folder (a string), got 7"),
    ("arrays", {"path": ["a.npz"]}, "path must be a local .npz file (a string), got ['a.npz']"),
])
def test_dataset_param_values_are_checked_before_ray(name, params, expected):
    [problem] = check_dataset(name, params)
    assert problem == f"dataset {name!r}: {expected}" or problem.startswith(f"dataset {name!r}: {expected}")
    with pytest.raises(ConfigError, match=re.escape(expected)):
        input_shape(name, **params)  # the driver's model check: a ConfigError, never a traceback
    with pytest.raises(ConfigError, match=re.escape(expected)):
        build_dataset(name, **params)


def test_dataset_param_values_at_their_bounds_pass():
    assert check_dataset("synthetic", {"n_train": 1, "n_test": 1, "num_classes": 2, "shape": [5], "separation": 0,
                                       "seed": 0}) == []
    assert input_shape("synthetic", shape=(2, 3), num_classes=3) == ((2, 3), 3)
    assert check_dataset("digits", {"test_fraction": 0.0051, "split_seed": 2**32 - 1}) == []
    assert check_dataset("digits", {"test_fraction": 0.9944}) == []


@pytest.mark.parametrize("name", sorted(DATASETS))
def test_every_dataset_param_has_a_rule(name):
    assert set(PARAM_RULES[name]) == set(inspect.signature(DATASETS[name][0]).parameters)


@pytest.mark.parametrize("name, key, value", [
    ("mnist", "root", "s3://AKIAKEY:SECRET/X@bucket/mnist"),
    ("mnist", "root", "/home/me/study/s3:/AKIAKEY:SECRET@bucket/mnist"),  # as config resolved it against its folder
    ("cifar10", "root", "gs://user:SECRET@bucket/cifar"),
    ("arrays", "path", "https://user:SECRET@host/x.npz?token=SECRET"),
    ("arrays", "path", "/cwd/https:/host/x.npz?X-Amz-Signature=SECRET"),
])
def test_a_data_uri_is_refused_without_printing_its_credentials(name, key, value):
    [problem] = check_dataset(name, {key: value})
    assert f"dataset {name!r}: {key} must be a path on this machine, not a URI" in problem
    assert "SECRET" not in problem and "AKIAKEY" not in problem
    for call in (lambda: input_shape(name, **{key: value}), lambda: build_dataset(name, **{key: value})):
        with pytest.raises(ConfigError, match="not a URI") as info:
            call()
        assert "SECRET" not in str(info.value)
