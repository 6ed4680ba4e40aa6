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
import math
import numbers
import os
import pickle
import re
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from memstudy.errors import ConfigError, lookup, suggest
from memstudy.storage import redact


@dataclass(frozen=True)
class Dataset:
    x_train: torch.Tensor
    y_train: torch.Tensor  # clean labels; noisy copies are made by memstudy.noise, never in place
    x_test: torch.Tensor
    y_test: torch.Tensor
    num_classes: int
    in_shape: tuple


# ---------------------------------------------------------------- data roots and paths

# A URI in a data root or file path, also after config resolved it as a local path (/cwd/s3:/KEY:SECRET@bucket/x).
_URI = re.compile(r"(?:^|/)([A-Za-z][A-Za-z0-9+.-]+):/+(.*)", re.S)


def uri_in(value) -> str | None:
    """The URI that `value` (a root or path) holds, as it may be printed (no KEY:SECRET@, no secret query
    values), or None for a plain local path."""
    m = _URI.search(str(value))
    return None if m is None else redact(f"{m[1]}://{m[2]}")


def shown(path) -> str:
    """`path` as a message may print it: a URI in it without its credentials."""
    text = str(path)
    uri = uri_in(text)
    return text if uri is None else text[: _URI.search(text).start(1)] + uri


def local_path_problem(value, what: str) -> str | None:
    """Why `value` cannot be the local file or folder `what` names (it is a URI), or None."""
    uri = uri_in(value)
    if uri is None:
        return None
    return (f"{what} must be a path on this machine, not a URI; got {uri}. Data and label files are read from "
            "local paths only: copy them to this machine (to every node of a cluster) and give that path")


# ---------------------------------------------------------------- MNIST: IDX files

MNIST_FILES = {
    "x_train": "train-images-idx3-ubyte",
    "y_train": "train-labels-idx1-ubyte",
    "x_test": "t10k-images-idx3-ubyte",
    "y_test": "t10k-labels-idx1-ubyte",
}
_IDX_DTYPES = {0x08: np.uint8, 0x09: np.int8, 0x0B: ">i2", 0x0C: ">i4", 0x0D: ">f4", 0x0E: ">f8"}
_READ_ERRORS = (OSError, EOFError, zlib.error)  # an unreadable file or a cut or damaged .gz (BadGzipFile is an OSError)


def _idx_header(head: bytes, path) -> tuple[np.dtype, tuple, int]:
    """(dtype, dims, header length) from the first bytes of an IDX file: 2 zero bytes, a dtype code,
    ndim, ndim big-endian uint32 dims."""
    if len(head) < 4 or head[:2] != b"\x00\x00" or head[2] not in _IDX_DTYPES:
        raise ConfigError(f"{shown(path)}: not an IDX file (bad magic number)")
    ndim = head[3]
    if len(head) < 4 + 4 * ndim:
        raise ConfigError(f"{shown(path)}: IDX header cut short: {ndim} dims need {4 + 4 * ndim} bytes, the file "
                          f"holds {len(head)} (truncated?)")
    return np.dtype(_IDX_DTYPES[head[2]]), struct.unpack(f">{ndim}I", head[4 : 4 + 4 * ndim]), 4 + 4 * ndim


def _is_gzip(path) -> bool:
    with open(path, "rb") as f:
        return f.read(2) == b"\x1f\x8b"


def _idx_size_problem(path, dtype, dims, offset, size) -> str | None:
    expected = math.prod(dims) * dtype.itemsize
    if size - offset == expected:
        return None
    return (f"{shown(path)}: IDX header says {dims}, {expected} bytes of {dtype} values, but {size - offset} bytes "
            "follow it (truncated?)")


def read_idx(path: Path) -> np.ndarray:
    """Read one IDX file (optionally gzipped): 2 zero bytes, a dtype code, ndim, big-endian dims, data."""
    try:
        raw = Path(path).read_bytes()
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
    except _READ_ERRORS as err:
        raise ConfigError(f"{shown(path)}: cannot be read ({err})") from None
    dtype, dims, offset = _idx_header(raw, path)
    problem = _idx_size_problem(path, dtype, dims, offset, len(raw))
    if problem:
        raise ConfigError(problem)
    return np.frombuffer(raw, dtype=dtype, offset=offset).reshape(dims)


def scan_idx(path: Path) -> tuple[np.dtype, tuple]:
    """(dtype, dims) of an IDX file, its header checked against its length without holding its values:
    a raw file's size is compared, a .gz is decompressed in chunks and counted."""
    path = Path(path)
    try:
        if _is_gzip(path):
            with gzip.open(path, "rb") as f:
                head = f.read(4 + 4 * 255)
                size = len(head) + sum(len(chunk) for chunk in iter(lambda: f.read(1 << 20), b""))
        else:
            with open(path, "rb") as f:
                head = f.read(4 + 4 * 255)
            size = path.stat().st_size
    except _READ_ERRORS as err:
        raise ConfigError(f"{shown(path)}: cannot be read ({err})") from None
    dtype, dims, offset = _idx_header(head, path)
    problem = _idx_size_problem(path, dtype, dims, offset, size)
    if problem:
        raise ConfigError(problem)
    return dtype, dims


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


def _mnist_not_found(root) -> str:
    names = ", ".join(MNIST_FILES.values())
    return (f"MNIST files not found under {shown(root)} (looked in "
            f"{', '.join(shown(d) for d in _mnist_dirs(Path(root)))}); expected {names} (optionally .gz). Copy them "
            "there, or set dataset_params.download: true on a machine with a network")


def _mnist_problems(files: dict) -> list[str]:
    """What is wrong with the four MNIST files found: each IDX header against its file's length and against
    MNIST's shapes (images N x 28 x 28, one label 0..9 per image). Reads the labels only."""
    problems, count = [], {}
    for key, path in files.items():
        try:
            if key.startswith("x_"):
                _, dims = scan_idx(path)
                if len(dims) != 3 or dims[1:] != (28, 28):
                    problems.append(f"{shown(path)}: MNIST images must be N x 28 x 28, the IDX header says "
                                    f"{' x '.join(map(str, dims)) or 'a scalar'}")
                    continue
            else:
                labels = read_idx(path)
                dims = labels.shape
                if labels.ndim != 1 or not np.issubdtype(labels.dtype, np.integer):
                    problems.append(f"{shown(path)}: MNIST labels must be a vector of integers, the IDX header says "
                                    f"shape {labels.shape}, dtype {labels.dtype}")
                    continue
                if labels.size and (labels.min() < 0 or labels.max() > 9):
                    problems.append(f"{shown(path)}: MNIST labels must be classes 0..9, found {labels.min()}.."
                                    f"{labels.max()}")
                    continue
        except ConfigError as err:
            problems.append(str(err))
            continue
        count[key] = dims[0]
    for part in ("train", "test"):
        x, y = f"x_{part}", f"y_{part}"
        if x in count and y in count and count[x] != count[y]:
            problems.append(f"{shown(files[x])} holds {count[x]} images but {shown(files[y])} holds {count[y]} "
                            "labels; they must be one label per image")
    return problems


def _missing_mnist(root, download):
    files = _find_mnist(Path(root))
    if files is None:
        return None if download else _mnist_not_found(root)
    return "; ".join(_mnist_problems(files)) or None


def load_mnist(root="data", download=False):
    root = Path(root)
    if download and not _find_mnist(root):
        import torchvision

        for train in (True, False):
            torchvision.datasets.MNIST(str(root), train=train, download=True)
    files = _find_mnist(root)
    if files is None:
        raise ConfigError(_mnist_not_found(root))
    problems = _mnist_problems(files)
    if problems:
        raise ConfigError("; ".join(problems))
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
    """(images uint8 [N, 3, 32, 32], labels int64 [N]) from one CIFAR-10 python batch, checked: data of
    shape (N, 3072) holding bytes, N labels in 0..9."""
    try:
        batch = _SafeUnpickler(io.BytesIO(Path(path).read_bytes()), encoding="bytes").load()
    except Exception as err:  # cut or random bytes make the unpickler raise almost any type; it runs no code
        raise ConfigError(f"{shown(path)}: not a valid CIFAR-10 batch ({type(err).__name__}: {err})") from None
    if not isinstance(batch, dict) or b"data" not in batch or b"labels" not in batch:
        raise ConfigError(f"{shown(path)}: not a valid CIFAR-10 batch (no b'data' / b'labels')")
    try:
        data, labels = np.asarray(batch[b"data"]), np.asarray(batch[b"labels"])
    except (ValueError, TypeError) as err:  # ragged lists
        raise ConfigError(f"{shown(path)}: not a valid CIFAR-10 batch ({err})") from None
    if data.ndim != 2 or data.shape[1] != 3 * 32 * 32 or not np.issubdtype(data.dtype, np.integer):
        raise ConfigError(f"{shown(path)}: a CIFAR-10 batch's data must be integers of shape (N, 3072), got shape "
                          f"{data.shape}, dtype {data.dtype}")
    if data.size and (data.min() < 0 or data.max() > 255):
        raise ConfigError(f"{shown(path)}: a CIFAR-10 batch's data must be bytes 0..255, found "
                          f"{data.min()}..{data.max()}")
    if labels.shape != (len(data),) or not np.issubdtype(labels.dtype, np.integer):
        raise ConfigError(f"{shown(path)}: a CIFAR-10 batch needs one integer label per image: {len(data)} images, "
                          f"labels of shape {labels.shape}, dtype {labels.dtype}")
    if labels.size and (labels.min() < 0 or labels.max() > 9):
        raise ConfigError(f"{shown(path)}: CIFAR-10 labels must be classes 0..9, found {labels.min()}..{labels.max()}")
    return data.astype(np.uint8, copy=False).reshape(-1, 3, 32, 32), labels.astype(np.int64)


def _cifar_dir(root: Path):
    for folder in (root / CIFAR_DIR, root):
        if all((folder / name).is_file() for name in CIFAR_TRAIN + CIFAR_TEST):
            return folder
    return None


def _cifar_not_found(root) -> str:
    return (f"CIFAR-10 batches not found under {shown(root)}: expected {shown(Path(root) / CIFAR_DIR)}/"
            f"{{{','.join(CIFAR_TRAIN + CIFAR_TEST)}}} (the 'python version' archive, unpacked). "
            f"Unpack cifar-10-python.tar.gz there, or set dataset_params.download: true on a machine with a network")


def _missing_cifar10(root, download):
    # Reads every batch once (about a second for the real 180 MB): a damaged one is found before Ray starts.
    folder = _cifar_dir(Path(root))
    if folder is None:
        return None if download else _cifar_not_found(root)
    problems = []
    for name in CIFAR_TRAIN + CIFAR_TEST:
        try:
            read_cifar_batch(folder / name)
        except ConfigError as err:
            problems.append(str(err))
    return "; ".join(problems) or None


def load_cifar10(root="data", download=False):
    root = Path(root)
    if download and not _cifar_dir(root):
        import torchvision

        torchvision.datasets.CIFAR10(str(root), train=True, download=True)
    folder = _cifar_dir(root)
    if folder is None:
        raise ConfigError(_cifar_not_found(root))
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
        return f"dataset 'arrays': file {shown(path)} does not exist"
    try:
        f = np.load(path, allow_pickle=False)
        if not isinstance(f, np.lib.npyio.NpzFile):
            return f"{shown(path)}: not a .npz but a single array; save the four with np.savez(path, x_train=..., ...)"
        with f:
            missing = [k for k in ARRAYS if k not in f]
            arrays = {} if missing else {k: f[k] for k in ARRAYS}
            files = sorted(f.files)
    except Exception as err:  # a cut or damaged file raises many types (BadZipFile, EOFError, zlib.error, ...)
        return f"{shown(path)}: not a .npz of numeric arrays ({type(err).__name__}: {err})"
    if missing:
        return f"{shown(path)}: missing arrays {missing}; it holds {files}"
    for part in ("train", "test"):
        x, y = arrays[f"x_{part}"], arrays[f"y_{part}"]
        if x.ndim < 2 or not any(np.issubdtype(x.dtype, t) for t in (np.integer, np.floating, np.bool_)):
            return (f"{shown(path)}: x_{part} must be numbers of shape (N, features...) or (N, C, H, W), got shape "
                    f"{x.shape}, dtype {x.dtype}")
        if y.ndim != 1 or len(x) != len(y) or len(y) == 0:
            return (f"{shown(path)}: x_{part} holds {len(x)} examples but y_{part} has shape {y.shape}; labels must "
                    "be one integer per example")
        if not np.issubdtype(y.dtype, np.integer) or y.min() < 0:
            return (f"{shown(path)}: y_{part} must be non-negative integer class labels, got dtype {y.dtype}, "
                    f"min {y.min()}")
    if arrays["x_train"].shape[1:] != arrays["x_test"].shape[1:]:
        return (f"{shown(path)}: x_train examples have shape {arrays['x_train'].shape[1:]}, "
                f"x_test {arrays['x_test'].shape[1:]}")
    if arrays["y_test"].max() > arrays["y_train"].max():
        return (f"{shown(path)}: y_test has class {arrays['y_test'].max()}, which no training example has "
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


def _integer(low, high=None):
    return lambda v: (isinstance(v, numbers.Integral) and not isinstance(v, bool) and v >= low
                      and (high is None or v <= high))


def _number(v) -> bool:
    return isinstance(v, numbers.Real) and not isinstance(v, bool)


def _digits_split(v) -> bool:
    # sklearn's stratified split puts ceil(f * 1797) examples in the test set and needs >= 10 (one per
    # class) on each side.
    return _number(v) and 0 < v < 1 and 10 <= math.ceil(v * 1797) <= 1787


_ROOT = ("a local folder (a string)", lambda v: isinstance(v, (str, os.PathLike)) and str(v) != "")
_DOWNLOAD = ("true or false", lambda v: isinstance(v, bool))
_POSITIVE = ("a positive integer", _integer(1))
_SEED = ("a non-negative integer", _integer(0))
_SHAPE = ("a list of 1 to 3 positive integers, e.g. [1, 8, 8]",
          lambda v: isinstance(v, (list, tuple)) and 1 <= len(v) <= 3 and all(_integer(1)(d) for d in v))

# dataset -> parameter -> (what is allowed, predicate): checked by check_dataset (and input_shape) before any
# file is read. Every parameter of every loader has a rule (tests/test_data.py checks the registry).
PARAM_RULES = {
    "mnist": {"root": _ROOT, "download": _DOWNLOAD},
    "cifar10": {"root": _ROOT, "download": _DOWNLOAD},
    "digits": {"test_fraction": ("a number in (0, 1) that leaves each split one example per class: 0.0051 to "
                                 "0.9944", _digits_split),
               "split_seed": ("an integer in [0, 2**32 - 1]", _integer(0, 2**32 - 1))},
    "arrays": {"path": ("a local .npz file (a string)", lambda v: isinstance(v, (str, os.PathLike)) and str(v) != "")},
    "synthetic": {"n_train": _POSITIVE, "n_test": _POSITIVE, "num_classes": ("an integer >= 2", _integer(2)),
                  "shape": _SHAPE, "separation": ("a finite number", lambda v: _number(v) and math.isfinite(v)),
                  "seed": _SEED},
}


def dataset_param_defaults(name: str) -> dict:
    loader, _ = lookup(DATASETS, name, "dataset")
    return {p.name: p.default for p in inspect.signature(loader).parameters.values()}


def _param_problems(name: str, params: dict) -> list[str]:
    """Unknown parameters, values their rule does not allow, a root or path that is a URI: no file is read."""
    allowed = dataset_param_defaults(name)
    problems = [f"dataset {name!r} has no parameter {k!r}{suggest(k, allowed)}; it takes {', '.join(allowed)}"
                for k in params if k not in allowed]
    rules = PARAM_RULES.get(name, {})
    for key, value in params.items():
        if key not in allowed or (value is None and allowed[key] is None):  # null: as if not given
            continue
        problem = local_path_problem(value, f"dataset {name!r}: {key}") if key == PATH_PARAMS.get(name) else None
        if problem is None and key in rules and not rules[key][1](value):
            shown_value = shown(value) if isinstance(value, (str, os.PathLike)) else value
            problem = f"dataset {name!r}: {key} must be {rules[key][0]}, got {shown_value!r}"
        if problem:
            problems.append(problem)
    return problems


def check_dataset(name: str, params: dict) -> list[str]:
    """Every problem with dataset `name` and `params` (unknown params, values out of range, missing or damaged
    files), without loading it (CIFAR-10's batches are read once to check them)."""
    _, missing = lookup(DATASETS, name, "dataset")
    allowed = dataset_param_defaults(name)
    problems = _param_problems(name, params)
    if not problems and missing is not None:
        wanted = {k: v for k, v in params.items() if k in inspect.signature(missing).parameters}
        defaults = {k: v for k, v in allowed.items() if k in inspect.signature(missing).parameters}
        problem = missing(**{**defaults, **wanted})
        if problem:
            problems.append(problem)
    return problems


def input_shape(name: str, **params) -> tuple[tuple, int]:
    """(one example's shape, number of classes) of dataset `name`, without loading its examples:
    what a model is checked against before any trial starts. Bad params raise ConfigError."""
    problems = _param_problems(name, params)
    if problems:
        raise ConfigError("; ".join(problems))
    params = {**dataset_param_defaults(name), **params}
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
    """Load dataset `name` and normalise it per channel with the training set's statistics. Bad params
    raise ConfigError; so do missing or damaged files, from the loader's own checks (check_dataset's
    would read the files twice)."""
    problems = _param_problems(name, params)
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
