"""Datasets as whole tensors: MNIST (IDX files), CIFAR-10 (python batches), sklearn digits, .npz arrays, synthetic.

`build_dataset(name, **params)` returns a `Dataset` with per-channel normalised float32 images
(N, C, H, W) or features (N, D), clean integer labels, the number of classes and the input shape.
Trials move the whole thing to their device once and cut batches by index; an epoch's crops and
flips are drawn at once (`augment_draws`, one copy to the device) and applied to whole batches there
(`augmented`).
"""

from __future__ import annotations

import gzip
import inspect
import io
import pickle
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from memstudy.errors import ConfigError, lookup, suggest


@dataclass(frozen=True)
class Dataset:
    x_train: torch.Tensor
    y_train: torch.Tensor  # clean labels; noisy copies are made by memstudy.noise, never in place
    x_test: torch.Tensor
    y_test: torch.Tensor
    num_classes: int
    in_shape: tuple


# ---------------------------------------------------------------- MNIST: IDX files

MNIST_FILES = {
    "x_train": "train-images-idx3-ubyte",
    "y_train": "train-labels-idx1-ubyte",
    "x_test": "t10k-images-idx3-ubyte",
    "y_test": "t10k-labels-idx1-ubyte",
}
_IDX_DTYPES = {0x08: np.uint8, 0x09: np.int8, 0x0B: ">i2", 0x0C: ">i4", 0x0D: ">f4", 0x0E: ">f8"}


def read_idx(path: Path) -> np.ndarray:
    """Read one IDX file (optionally gzipped): 2 zero bytes, a dtype code, ndim, big-endian dims, data."""
    raw = Path(path).read_bytes()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    if len(raw) < 4 or raw[:2] != b"\x00\x00" or raw[2] not in _IDX_DTYPES:
        raise ConfigError(f"{path}: not an IDX file (bad magic number)")
    ndim = raw[3]
    dims = struct.unpack(f">{ndim}I", raw[4 : 4 + 4 * ndim])
    dtype = np.dtype(_IDX_DTYPES[raw[2]])
    data = np.frombuffer(raw, dtype=dtype, offset=4 + 4 * ndim)
    if data.size != int(np.prod(dims)):
        raise ConfigError(f"{path}: IDX header says {dims} but holds {data.size} values (truncated?)")
    return data.reshape(dims)


def _mnist_dirs(root: Path):
    # Our own layout (files directly under root) and torchvision's (root/MNIST/raw).
    return [root, root / "MNIST" / "raw"]


def _find_mnist(root: Path):
    for folder in _mnist_dirs(root):
        found = {}
        for key, stem in MNIST_FILES.items():
            for name in (stem, stem + ".gz"):
                if (folder / name).is_file():
                    found[key] = folder / name
                    break
        if len(found) == len(MNIST_FILES):
            return found
    return None


def _missing_mnist(root, download):
    if download or _find_mnist(Path(root)):
        return None
    names = ", ".join(MNIST_FILES.values())
    return (f"MNIST files not found under {root} (looked in {', '.join(str(d) for d in _mnist_dirs(Path(root)))}); "
            f"expected {names} (optionally .gz). Copy them there, or set dataset_params.download: true "
            f"on a machine with a network")


def load_mnist(root="data", download=False):
    root = Path(root)
    if download and not _find_mnist(root):
        import torchvision

        for train in (True, False):
            torchvision.datasets.MNIST(str(root), train=train, download=True)
    problem = _missing_mnist(root, download=False)
    if problem:
        raise ConfigError(problem)
    files = _find_mnist(root)
    x_train, y_train, x_test, y_test = (read_idx(files[k]) for k in MNIST_FILES)
    return x_train[:, None], y_train, x_test[:, None], y_test, 10


# ---------------------------------------------------------------- CIFAR-10: python batches

CIFAR_DIR = "cifar-10-batches-py"
CIFAR_TRAIN = [f"data_batch_{i}" for i in range(1, 6)]
CIFAR_TEST = ["test_batch"]


class _SafeUnpickler(pickle.Unpickler):
    """Admits only what a CIFAR batch holds (dicts, lists, numpy arrays): a tampered file cannot run code."""

    _ALLOWED = {
        ("numpy.core.multiarray", "_reconstruct"),
        ("numpy._core.multiarray", "_reconstruct"),
        ("numpy", "ndarray"),
        ("numpy", "dtype"),
        ("numpy.core.multiarray", "scalar"),
        ("numpy._core.multiarray", "scalar"),
        ("_codecs", "encode"),
    }

    def find_class(self, module, name):
        if (module, name) in self._ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"refusing to load {module}.{name} from a CIFAR batch")


def read_cifar_batch(path: Path):
    """(images uint8 [N, 3, 32, 32], labels int64 [N]) from one CIFAR-10 python batch."""
    try:
        batch = _SafeUnpickler(io.BytesIO(Path(path).read_bytes()), encoding="bytes").load()
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError) as err:
        raise ConfigError(f"{path}: not a valid CIFAR-10 batch ({err})") from None
    if not isinstance(batch, dict) or b"data" not in batch or b"labels" not in batch:
        raise ConfigError(f"{path}: not a valid CIFAR-10 batch (no b'data' / b'labels')")
    data = np.asarray(batch[b"data"], dtype=np.uint8)
    return data.reshape(-1, 3, 32, 32), np.asarray(batch[b"labels"], dtype=np.int64)


def _cifar_dir(root: Path):
    for folder in (root / CIFAR_DIR, root):
        if all((folder / name).is_file() for name in CIFAR_TRAIN + CIFAR_TEST):
            return folder
    return None


def _missing_cifar10(root, download):
    if download or _cifar_dir(Path(root)):
        return None
    return (f"CIFAR-10 batches not found under {root}: expected {Path(root) / CIFAR_DIR}/"
            f"{{{','.join(CIFAR_TRAIN + CIFAR_TEST)}}} (the 'python version' archive, unpacked). "
            f"Unpack cifar-10-python.tar.gz there, or set dataset_params.download: true on a machine with a network")


def load_cifar10(root="data", download=False):
    root = Path(root)
    if download and not _cifar_dir(root):
        import torchvision

        torchvision.datasets.CIFAR10(str(root), train=True, download=True)
    problem = _missing_cifar10(root, download=False)
    if problem:
        raise ConfigError(problem)
    folder = _cifar_dir(root)
    train = [read_cifar_batch(folder / name) for name in CIFAR_TRAIN]
    x_test, y_test = read_cifar_batch(folder / CIFAR_TEST[0])
    return (np.concatenate([x for x, _ in train]), np.concatenate([y for _, y in train]), x_test, y_test, 10)


# ---------------------------------------------------------------- offline data

def load_digits(test_fraction=0.25, split_seed=0):
    """scikit-learn's bundled 1,797 8x8 digits (values 0..16), with a fixed stratified split."""
    from sklearn.datasets import load_digits as sk_digits
    from sklearn.model_selection import train_test_split

    bunch = sk_digits()
    x = bunch.images.astype(np.float32)[:, None]
    x_train, x_test, y_train, y_test = train_test_split(
        x, bunch.target, test_size=test_fraction, stratify=bunch.target, random_state=split_seed)
    return x_train, y_train, x_test, y_test, 10


ARRAYS = ("x_train", "y_train", "x_test", "y_test")


def _read_arrays(path):
    """The four arrays of a researcher's .npz, or the reason they cannot be used (a message)."""
    if path is None:
        return "dataset 'arrays' needs dataset_params.path: a .npz with x_train, y_train, x_test, y_test"
    if not Path(path).is_file():
        return f"dataset 'arrays': file {path} does not exist"
    try:
        with np.load(path, allow_pickle=False) as f:
            missing = [k for k in ARRAYS if k not in f]
            if missing:
                return f"{path}: missing arrays {missing}; it holds {sorted(f.files)}"
            arrays = {k: f[k] for k in ARRAYS}
    except (OSError, ValueError) as err:  # not a zip, or arrays of Python objects
        return f"{path}: not a .npz of numeric arrays ({err})"
    for part in ("train", "test"):
        x, y = arrays[f"x_{part}"], arrays[f"y_{part}"]
        if y.ndim != 1 or len(x) != len(y) or len(y) == 0:
            return (f"{path}: x_{part} holds {len(x)} examples but y_{part} has shape {y.shape}; labels must be one "
                    "integer per example")
        if not np.issubdtype(y.dtype, np.integer) or y.min() < 0:
            return f"{path}: y_{part} must be non-negative integer class labels, got dtype {y.dtype}, min {y.min()}"
    if arrays["x_train"].shape[1:] != arrays["x_test"].shape[1:]:
        return f"{path}: x_train examples have shape {arrays['x_train'].shape[1:]}, x_test {arrays['x_test'].shape[1:]}"
    if arrays["y_test"].max() > arrays["y_train"].max():
        return (f"{path}: y_test has class {arrays['y_test'].max()}, which no training example has "
                f"(y_train's classes: 0..{arrays['y_train'].max()})")
    return arrays


def _missing_arrays(path=None):
    problem = _read_arrays(path)
    return problem if isinstance(problem, str) else None


def load_arrays(path=None):
    """A researcher's own .npz holding x_train, y_train, x_test, y_test (images or flat features);
    the classes are 0..max(y_train)."""
    arrays = _read_arrays(path)
    if isinstance(arrays, str):
        raise ConfigError(arrays)
    return (*(arrays[k] for k in ARRAYS), int(arrays["y_train"].max()) + 1)



def load_synthetic(n_train=512, n_test=256, num_classes=4, shape=(1, 8, 8), separation=2.0, seed=0):
    """Seeded Gaussian class clusters: learnable in a few epochs, for tests."""
    rng = np.random.Generator(np.random.PCG64(seed))
    shape = tuple(shape)
    dim = int(np.prod(shape))
    centres = rng.standard_normal((num_classes, dim)) * separation / np.sqrt(dim) * 4

    def draw(n):
        y = np.arange(n) % num_classes
        rng.shuffle(y)
        x = centres[y] + rng.standard_normal((n, dim))
        return x.reshape((n, *shape)).astype(np.float32), y

    x_train, y_train = draw(n_train)
    x_test, y_test = draw(n_test)
    return x_train, y_train, x_test, y_test, num_classes


# name -> (loader, check for missing files before any expensive work, or None)
DATASETS = {
    "mnist": (load_mnist, _missing_mnist),
    "cifar10": (load_cifar10, _missing_cifar10),
    "digits": (load_digits, None),
    "arrays": (load_arrays, _missing_arrays),
    "synthetic": (load_synthetic, None),
}

# Datasets whose params include a data root that is resolved against the caller's directory.
PATH_PARAMS = {"mnist": "root", "cifar10": "root", "arrays": "path"}


def dataset_param_defaults(name: str) -> dict:
    loader, _ = lookup(DATASETS, name, "dataset")
    return {p.name: p.default for p in inspect.signature(loader).parameters.values()}


def check_dataset(name: str, params: dict) -> list[str]:
    """Every problem with dataset `name` and `params` (unknown params, missing files), without loading it."""
    loader, missing = lookup(DATASETS, name, "dataset")
    allowed = dataset_param_defaults(name)
    problems = [f"dataset {name!r} has no parameter {k!r}{suggest(k, allowed)}; it takes {', '.join(allowed)}"
                for k in params if k not in allowed]
    if not problems and missing is not None:
        wanted = {k: v for k, v in params.items() if k in inspect.signature(missing).parameters}
        defaults = {k: v for k, v in allowed.items() if k in inspect.signature(missing).parameters}
        problem = missing(**{**defaults, **wanted})
        if problem:
            problems.append(problem)
    return problems


def input_shape(name: str, **params) -> tuple[tuple, int]:
    """(one example's shape, number of classes) of dataset `name`, without loading its examples:
    what a model is checked against before any trial starts."""
    defaults = dataset_param_defaults(name)
    params = {**defaults, **params}
    if name == "mnist":
        return (1, 28, 28), 10
    if name == "cifar10":
        return (3, 32, 32), 10
    if name == "digits":
        return (1, 8, 8), 10
    if name == "synthetic":
        return tuple(int(d) for d in params["shape"]), int(params["num_classes"])
    if name == "arrays":
        arrays = _read_arrays(params["path"])
        if isinstance(arrays, str):
            raise ConfigError(arrays)
        return tuple(arrays["x_train"].shape[1:]), int(arrays["y_train"].max()) + 1
    x_train, y_train, _, _, num_classes = DATASETS[name][0](**params)  # a dataset added later: load it
    return tuple(np.asarray(x_train).shape[1:]), int(num_classes)


def _normalise(x_train: np.ndarray, x_test: np.ndarray):
    # Per channel: axis 1 of (N, C, ...) images; each feature of flat (N, D) data is its own channel.
    x_train = torch.as_tensor(np.asarray(x_train, dtype=np.float32))
    x_test = torch.as_tensor(np.asarray(x_test, dtype=np.float32))
    dims = [0] + list(range(2, x_train.dim()))
    mean = x_train.mean(dim=dims, keepdim=True)
    std = x_train.std(dim=dims, keepdim=True)
    std = torch.where(std > 1e-8, std, torch.ones_like(std))
    return (x_train - mean) / std, (x_test - mean) / std


def build_dataset(name: str, **params) -> Dataset:
    """Load dataset `name` and normalise it per channel with the training set's statistics."""
    problems = check_dataset(name, params)
    if problems:
        raise ConfigError("; ".join(problems))
    loader, _ = DATASETS[name]
    x_train, y_train, x_test, y_test, num_classes = loader(**params)
    x_train, x_test = _normalise(x_train, x_test)
    return Dataset(
        x_train=x_train,
        y_train=torch.as_tensor(np.asarray(y_train, dtype=np.int64)),
        x_test=x_test,
        y_test=torch.as_tensor(np.asarray(y_test, dtype=np.int64)),
        num_classes=int(num_classes),
        in_shape=tuple(x_train.shape[1:]),
    )


def augment_draws(n: int, generator: torch.Generator, device, pad: int = 4, flip: bool = True) -> torch.Tensor:
    """Crops and flips for n images, [3, n] (row offsets, column offsets, flip flags), drawn on the
    CPU from `generator` in that order and moved to `device` in one copy."""
    zeros = torch.zeros(n, dtype=torch.long)
    dy = torch.randint(0, 2 * pad + 1, (n,), generator=generator) if pad else zeros
    dx = torch.randint(0, 2 * pad + 1, (n,), generator=generator) if pad else zeros
    mirror = (torch.rand(n, generator=generator) < 0.5).long() if flip else zeros
    return torch.stack([dy, dx, mirror]).to(device)


def augmented(x: torch.Tensor, draws: torch.Tensor, pad: int = 4) -> torch.Tensor:
    """The images x [N, C, H, W] padded with `pad` zeros, cropped and flipped as `draws` [3, N] (on
    x's device) say: no host-to-device copy."""
    n, c, h, w = x.shape
    dev = x.device
    dy, dx, mirror = draws
    if pad:
        padded = torch.nn.functional.pad(x, (pad, pad, pad, pad))
        rows = (dy[:, None] + torch.arange(h, device=dev))[:, None, :, None]
        cols = (dx[:, None] + torch.arange(w, device=dev))[:, None, None, :]
        batch = torch.arange(n, device=dev)[:, None, None, None]
        chans = torch.arange(c, device=dev)[None, :, None, None]
        x = padded[batch, chans, rows, cols]
    return torch.where(mirror.bool()[:, None, None, None], x.flip(3), x)


def augment_batch(x: torch.Tensor, generator: torch.Generator, pad: int = 4, flip: bool = True) -> torch.Tensor:
    """Random crop with zero padding and random horizontal flip, on a whole (N, C, H, W) batch on its
    device; flat features are returned as they are. Training draws a whole epoch's at once
    (augment_draws) and gives each batch its slice (augmented)."""
    if x.dim() != 4:
        return x
    return augmented(x, augment_draws(x.shape[0], generator, x.device, pad, flip), pad)
