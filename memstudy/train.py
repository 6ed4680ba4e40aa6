"""Trials, top to bottom: data + noise + model + loss + optimiser + epoch loop -> per-epoch metrics.

`run_trials` trains one trial, or a fused group of trials as one network (memstudy.layers), in the
same loop, and needs no Ray: each trial writes TensorBoard scalars, its resolved config and its
noisy labels into its own folder, and each epoch's metrics and the state go to `on_epoch`.
`run_trial` is its one-trial form. `tune_trainable` is the thin Ray Tune adapter around it: it
reports each epoch through `tune.report` and saves the state into the trial's own folder (beside
the logs it matches, in the study's store), and a restarted or resumed trial goes on from there.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import itertools
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

import numpy as np
import torch

import memstudy
from memstudy import metrics as M
from memstudy.config import TrialConfig, lr_at, trial_dirname, trial_from_dict, trial_name
from memstudy.data import build_dataset
from memstudy.errors import ConfigError
from memstudy.groups import check_fusable, loss_key
from memstudy.layers import select_members
from memstudy.losses import build_loss, loss_symmetry, resolved_loss_params, stacked_loss
from memstudy.models import build_model, empty_model
from memstudy.noise import GIVEN, add_label_noise, flip_rate, read_given_labels
from memstudy.steps import Steps, graphs_unavailable
from memstudy.storage import STATE_FILE, STORE_WAIT_S, TrialFolders, is_uri
from memstudy.trackers import Trackers, flat_params

CONFIG_FILE = "config.json"   # resolved trial config, versions, noise record
LABELS_FILE = "labels.npz"    # clean and noisy training labels, to rebuild the noisy set exactly
FAILED = "failed"  # the key of a Tune trial's last result when it failed for good (its error)
SUMMARY_EVENTS = ".summary"  # the suffix of the event file with a trial's HParams records and summary
STATUS_FILE = "status.json"   # running | finished | stopped_early | failed, last epoch, error
TB_DIR = "tb"
PREDICTIONS_FILE = "predictions.npz"  # each training example's predicted class per epoch; clean-label losses at epoch 1
PREDICTIONS_RAW = "predictions.raw"   # the same while the trial runs: one row of bytes per epoch, appended
CLEAN_LOSSES_RAW = "clean_loss_epoch1.npy"  # and the clean-label losses, until packed
ONLINE_RAW = "predictions_online.raw"  # the training steps' own predictions, one row per epoch 1..E, until packed


class NonFiniteLossError(RuntimeError):
    """A training loss became NaN or infinite; the message names the epoch and the batch."""


@functools.lru_cache(maxsize=1)
def code_version() -> str:
    """memstudy's version and, when run from a git checkout, the commit (.dirty if modified).

    Cached: a process runs the code it imported, whatever the checkout says later.
    """
    here = Path(memstudy.__file__).resolve().parent.parent
    try:
        rev = subprocess.run(["git", "-C", str(here), "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True, timeout=5).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(here), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        rev, dirty = "", ""
    return memstudy.__version__ + (f"+g{rev}" if rev else "") + (".dirty" if rev and dirty else "")


def resolve_device(name: str) -> torch.device:
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if name == "cuda" and not torch.cuda.is_available():
        raise ConfigError("device 'cuda' was asked for but this process sees no CUDA GPU")
    return torch.device(name)


def write_json(path: Path, payload: dict):
    # Write then rename, so a reader never sees half a file.
    with tempfile.NamedTemporaryFile("w", dir=path.parent, suffix=".tmp", delete=False) as f:
        f.write(json.dumps(payload, indent=2, default=str))
    os.replace(f.name, path)


def make_optimizer(cfg: TrialConfig, params):
    # Fused kernels update every parameter in one pass (about 1.2x per step for the digits MLP on a CPU).
    if cfg.optimizer == "adam":
        return torch.optim.Adam(params, lr=cfg.lr, weight_decay=cfg.weight_decay, fused=True)
    return torch.optim.SGD(params, lr=cfg.lr, momentum=cfg.momentum, weight_decay=cfg.weight_decay, fused=True)


# torch's float32 precision of CUDA matrix products and cuDNN convolutions: "ieee" (true float32)
# or "tf32" (TensorFloat-32: a 10-bit mantissa on Ampere and later GPUs). PyTorch's own default is
# TF32 for cuDNN convolutions and IEEE for matrix products; a trial sets both from its precision.
# (torch 2.9's fp32_precision flags: mixing them with the older allow_tf32 flags is an error.)
FP32_FLAGS = {"cuda.matmul": lambda: torch.backends.cuda.matmul, "cudnn.conv": lambda: torch.backends.cudnn.conv}


def precision_flags(precision: str) -> dict:
    """The fp32_precision of each FP32_FLAGS backend that `precision` sets: tf32 for tf32, else ieee
    (bf16 autocasts convolutions and products to bfloat16; what stays in float32 stays exact)."""
    return {name: "tf32" if precision == "tf32" else "ieee" for name in FP32_FLAGS}


@contextlib.contextmanager
def precision_set(precision: str):
    """The backend flags of `precision` for the block only; the caller's come back afterwards."""
    before = {name: backend().fp32_precision for name, backend in FP32_FLAGS.items()}
    try:
        for name, value in precision_flags(precision).items():
            FP32_FLAGS[name]().fp32_precision = value
        yield
    finally:
        for name, value in before.items():
            FP32_FLAGS[name]().fp32_precision = value


def precision_record(cfg: TrialConfig) -> dict:
    """What a trial's precision meant where it ran, for config.json."""
    return {"precision": cfg.precision, "autocast": "bfloat16" if cfg.precision == "bf16" else None,
            "fp32_precision": precision_flags(cfg.precision)}  # set everywhere; they act on CUDA only


def epoch_generator(cfg: TrialConfig, epoch: int) -> torch.Generator:
    # Data order and augmentation depend only on (seed, epoch): a resumed trial replays them exactly.
    return torch.Generator().manual_seed(cfg.resolved_data_seed * 1_000_003 + epoch)


def fused_loss(losses, keys, stack=None):
    """(logits [G, N, K], labels [G, N]) -> each member's mean loss [G], for members with per-example
    `losses`. Members with equal `keys` that sit next to each other are scored in one call.
    `stack`: each member's (loss name, parameters); then members of one loss with different
    parameters (a search's, an alpha grid's) that sit next to each other are scored in one call
    too, each with its own parameters, where the loss allows it (memstudy.losses.stacked_loss)."""
    runs = []  # [first member, end, key, loss]
    for i, (key, fn) in enumerate(zip(keys, losses)):
        if runs and runs[-1][2] == key:
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1, key, fn])
    if stack:  # next-door runs of one loss: one call, if the loss takes its parameters per example
        merged = []
        for name, same in itertools.groupby(runs, key=lambda run: stack[run[0]][0]):
            same = list(same)
            first, end = same[0][0], same[-1][1]
            one = len(same) > 1 and stacked_loss(name, [params for _, params in stack[first:end]])
            merged += [[first, end, None, one]] if one else same
        runs = merged

    def loss(logits, labels):
        if len(runs) == 1:  # one loss for all (always so for one trial): no slicing, fewer kernels
            return runs[0][3](logits.flatten(0, 1), labels.flatten()).view(len(keys), -1).mean(dim=1)
        return torch.cat([fn(logits[a:b].flatten(0, 1), labels[a:b].flatten()).view(b - a, -1).mean(dim=1)
                          for a, b, _, fn in runs])

    return loss


def train_epoch(model, optimizer, loss, x, labels, batch_size: int, generator: torch.Generator,
                augment: bool = False, bf16: bool = False, online: torch.Tensor | None = None) -> torch.Tensor:
    """One eager pass over the on-device x and each member's labels [G, n], in an order drawn from
    `generator`; returns the batch losses [G, batches] (`loss` as fused_loss makes it).

    Batches are cut by index from tensors already on the device: no DataLoader, no per-example
    Python. The batch losses stay on the device, so the caller checks them once per epoch instead
    of synchronising every batch. Members share no parameters, so the gradient of the summed losses
    is each member's own gradient. `online` [G, n], when given, receives each example's predicted
    class from the training step that saw it (train mode, before that step's update): the
    online predictions the paper's authors computed J1 and J2 from. Trials train through
    memstudy.steps.Steps, which does the same and replays its steps as CUDA graphs where it can.
    """
    steps = Steps(model, optimizer, loss, x, labels, batch_size, augment, bf16, why_eager="train_epoch is eager")
    batch_losses, predicted = steps.epoch(generator, optimizer.param_groups[0]["lr"])
    if online is not None:
        online.copy_(predicted)
    return batch_losses


def hparams_of(cfg: TrialConfig) -> dict:
    """A trial's hyperparameters as TensorBoard's HParams view shows them (numbers, text, flags)."""
    return {"dataset": cfg.dataset, "model": cfg.model, "loss": cfg.loss,
            **{f"loss_params.{k}": v for k, v in sorted(resolved_loss_params(cfg.loss, cfg.loss_params).items())},
            "noise": cfg.noise, "eta": cfg.eta, "seed": cfg.seed, "optimizer": cfg.optimizer, "lr": cfg.lr,
            "epochs": cfg.epochs, "batch_size": cfg.batch_size}


def _ray_node() -> str | None:
    """The id of the Ray node this process runs on (None outside Ray): which machine of a cluster
    trained the trial, and where it went after a node was lost."""
    ray = sys.modules.get("ray")
    if ray is None or not ray.is_initialized():
        return None
    return ray.get_runtime_context().get_node_id()


class TrialRecord:
    """The files of one trial: status.json, then config.json and labels.npz, then TensorBoard scalars.

    Used as a context manager around the training: on the way out it writes the final status
    (finished, stopped_early when Ray Tune stopped the trial before its last epoch, or failed with
    the error), the trial's hyperparameters and summary metrics for TensorBoard's HParams view,
    and closes the event file. The summary (final and peak J1, J2, test accuracy) is kept in
    status.json each epoch, so a resumed trial's peaks include the epochs before it stopped.
    """

    def __init__(self, cfg: TrialConfig, trial_dir: str | os.PathLike, loggers: dict | None = None):
        self.cfg, self.dir = cfg, Path(trial_dir)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.trackers, self.group = Trackers(loggers, self.dir), None  # MLflow, W&B (study key `loggers`)
        try:
            earlier = json.loads((self.dir / STATUS_FILE).read_text()).get("summary")
        except (OSError, ValueError):
            earlier = None
        self.status = {"status": "running", "epoch": None, "started": time.time(), "pid": os.getpid(),
                       "host": platform.node(), "ray_node": _ray_node(),
                       "cuda_visible_devices": os.environ.get("CUDA_VISIBLE_DEVICES"),
                       "summary": earlier}
        self.writer, self.closed = None, False
        write_json(self.dir / STATUS_FILE, self.status)

    def describe(self, ds, noisy, test_noisy, device, group: dict | None = None, channels_last: bool = False):
        """Save the resolved config, versions, the loss's symmetry and the noise records with the
        label vectors (training labels and the independent noisy copy of the test labels); `group`:
        the trials of the fused group this one trained in and its place there."""
        cfg, noisy, test_noisy = self.cfg, noisy.cpu(), test_noisy.cpu()
        self.group = group
        np.savez_compressed(self.dir / LABELS_FILE, clean=ds.y_train.numpy(), noisy=noisy.numpy(),
                            test_clean=ds.y_test.numpy(), test_noisy=test_noisy.numpy())
        symmetric, constant = loss_symmetry(cfg.loss, cfg.loss_params, ds.num_classes)
        self.num_train = int(ds.x_train.shape[0])
        self.prediction_dtype = np.dtype(np.uint8 if ds.num_classes <= 256 else np.uint16)
        write_json(self.dir / CONFIG_FILE, {
            "trial": cfg.to_dict(),
            "code_version": code_version(),
            "torch_version": torch.__version__,
            "device": str(device),
            "precision": precision_record(cfg),
            "channels_last": channels_last,
            "eval_protocol": M.EVAL_PROTOCOL,
            "loss_params_resolved": resolved_loss_params(cfg.loss, cfg.loss_params),
            "loss_symmetric": symmetric,             # as parameterised, measured (memstudy.losses.loss_symmetry)
            "loss_symmetry_constant": constant,     # C = sum_j L(g, j) of a symmetric loss, else null
            "noise": {"kind": cfg.noise, "eta": cfg.eta, "seed": cfg.resolved_noise_seed, **cfg.noise_params,
                      "realised_rate": flip_rate(ds.y_train, noisy),
                      "num_flipped": int((noisy != ds.y_train).sum()), "labels_file": LABELS_FILE,
                      "generator": "numpy PCG64",
                      # Theorem 1's noisy risk is measured on this copy: same kind and eta, a draw
                      # independent of the training noise (and so of the network trained on it).
                      "test_copy": {"seed": cfg.test_noise_seed, "realised_rate": flip_rate(ds.y_test, test_noisy),
                                    "num_flipped": int((test_noisy != ds.y_test).sum())}},
            "data": {"num_train": int(ds.x_train.shape[0]), "num_test": int(ds.x_test.shape[0]),
                     "num_classes": ds.num_classes, "in_shape": list(ds.in_shape)},
            "fused_group": group,
        })

    def open_log(self, start_epoch: int):
        from torch.utils.tensorboard import SummaryWriter

        if not start_epoch:
            # A fresh start in a folder an earlier attempt wrote (stopped before it saved a state):
            # its event files go, so that each epoch is in what a user reads once.
            for old in (self.dir / TB_DIR).glob("events.out.tfevents.*"):
                old.unlink()
        # purge_step drops any steps a crashed earlier attempt wrote past the state we resume from.
        self.writer = SummaryWriter(str(self.dir / TB_DIR), purge_step=start_epoch + 1 if start_epoch else None)
        if self.cfg.record_predictions:
            self._reopen_predictions(start_epoch)
        if start_epoch:
            self.status.update(resumed_from=start_epoch, epoch=start_epoch)
        else:
            self.status["summary"] = None
            self.writer.add_text("config", "```\n" + json.dumps(self.cfg.to_dict(), indent=2) + "\n```", 0)
        tags = {"memstudy.trial": self.dir.name, "memstudy.code_version": code_version()}
        if self.group:
            tags.update({"memstudy.fused_group": self.group["members"][0], "memstudy.member": str(self.group["member"])})
        self.trackers.open(start_epoch, {**flat_params(self.cfg.to_dict()), **hparams_of(self.cfg)}, tags)

    def log(self, epoch: int, metrics: dict) -> dict:
        for name, value in metrics.items():
            self.writer.add_scalar(name, value, epoch)
        self.writer.flush()
        self.trackers.log(epoch, metrics)
        self.status["summary"] = M.summary_update(self.status["summary"], metrics)
        if epoch > 0:
            self.status.update(epoch=epoch, updated=time.time())
            write_json(self.dir / STATUS_FILE, self.status)
        return {**metrics, "epoch": epoch}

    def _reopen_predictions(self, start_epoch: int):
        """The rows of epochs 0..start_epoch (online: 1..start_epoch) to append to: none for a fresh
        start; those a stopped run left (a crashed run may have written more), unpacked again if it
        had packed them."""
        raw, online, packed = self.dir / PREDICTIONS_RAW, self.dir / ONLINE_RAW, self.dir / PREDICTIONS_FILE
        if start_epoch and not raw.exists() and packed.exists():
            with np.load(packed) as f:
                np.ascontiguousarray(f["predicted"].T[: start_epoch + 1]).tofile(raw)
                if "online" in f:
                    np.ascontiguousarray(f["online"].T[:start_epoch]).tofile(online)
                if "clean_loss_epoch1" in f:
                    np.save(self.dir / CLEAN_LOSSES_RAW, f["clean_loss_epoch1"])
        row = self.num_train * self.prediction_dtype.itemsize
        for path, rows in ((raw, start_epoch + 1), (online, start_epoch)):
            if path.exists() or not start_epoch:
                path.touch()
                os.truncate(path, rows * row if start_epoch else 0)

    def record_predictions(self, epoch: int, predicted: torch.Tensor, clean_losses: torch.Tensor | None = None,
                           online: torch.Tensor | None = None):
        """Append the epoch's predicted class of every training example (one row of bytes), and
        `online`, the class the training steps predicted for each when they saw it (epochs 1..E:
        what forgetting events count); at epoch 1 also keep each example's loss against its clean
        label (a difficulty signal)."""
        if not self.cfg.record_predictions:
            return
        with open(self.dir / PREDICTIONS_RAW, "ab") as f:
            f.write(predicted.cpu().numpy().astype(self.prediction_dtype).tobytes())
        if online is not None:
            with open(self.dir / ONLINE_RAW, "ab") as f:
                f.write(online.cpu().numpy().astype(self.prediction_dtype).tobytes())
        if clean_losses is not None:
            np.save(self.dir / CLEAN_LOSSES_RAW, clean_losses.cpu().numpy().astype(np.float16))

    def _pack_predictions(self):
        """predictions.raw (epoch by epoch) into predictions.npz, example by example and compressed
        (an example's class changes rarely from one epoch to the next: runs compress well)."""
        raw = self.dir / PREDICTIONS_RAW
        if not raw.exists():
            return
        rows = np.fromfile(raw, dtype=self.prediction_dtype).reshape(-1, self.num_train)
        losses, online = self.dir / CLEAN_LOSSES_RAW, self.dir / ONLINE_RAW
        extra = {"clean_loss_epoch1": np.load(losses)} if losses.exists() else {}
        if online.exists() and online.stat().st_size:
            extra["online"] = np.ascontiguousarray(
                np.fromfile(online, dtype=self.prediction_dtype).reshape(-1, self.num_train).T)
        np.savez_compressed(self.dir / PREDICTIONS_FILE, predicted=np.ascontiguousarray(rows.T), **extra)
        raw.unlink()
        losses.unlink(missing_ok=True)
        online.unlink(missing_ok=True)

    def _write_hparams(self):
        """The HParams plugin's records in the trial's TensorBoard folder: the hyperparameters, the
        summary metrics (as scalars at the last epoch) and the trial's end. No experiment record:
        TensorBoard then builds the experiment from every trial's hyperparameters, so a study's
        table has a column for each (RLL's alpha included) and marks those that differ.

        They go to an event file of their own (SUMMARY_EVENTS), which replaces the one an earlier
        attempt wrote when it ended (a trial interrupted, then resumed): the epochs' file keeps
        earlier steps up to the resumed state, and those would otherwise show each summary twice."""
        from torch.utils.tensorboard import SummaryWriter
        from torch.utils.tensorboard.summary import hparams

        summary = self.status.get("summary")
        if not summary:
            return
        for old in (self.dir / TB_DIR).glob(f"events.out.tfevents.*{SUMMARY_EVENTS}"):
            old.unlink()
        _, start, end = hparams(hparams_of(self.cfg), summary)
        with SummaryWriter(str(self.dir / TB_DIR), filename_suffix=SUMMARY_EVENTS) as writer:
            for record in (start, end):
                writer.file_writer.add_summary(record)
            for name, value in summary.items():
                writer.add_scalar(name, value, self.status.get("epoch") or 0)

    def close(self, state: str, error: str | None = None):
        if self.closed:
            return
        self.closed = True
        final = {**self.status, "status": state, "updated": time.time()}
        if error:
            final["error"] = error
        write_json(self.dir / STATUS_FILE, final)
        if self.writer is not None:
            self._write_hparams()
            self.writer.close()
            self.trackers.close(state, self.status.get("summary"))
            if self.cfg.record_predictions:
                self._pack_predictions()

    def __enter__(self):
        return self

    def __exit__(self, kind, err, tb):
        if kind is None:
            self.close("finished")
        elif issubclass(kind, SystemExit):
            # Ray Tune stops a trial by raising SystemExit in tune.report: a scheduler's decision
            # (ASHA), or its max_t reached at the last epoch.
            self.close("finished" if self.status["epoch"] == self.cfg.epochs else "stopped_early")
        else:
            self.close("failed", f"{kind.__name__}: {err}")
        return False


def use_channels_last(device, ds, asked: bool | None = None) -> bool:
    """Whether images are laid out channels-last: as `asked`, by default on CUDA (faster
    convolutions there). Flat features never are. Models follow their data."""
    return ds.x_train.dim() == 4 and (device.type == "cuda" if asked is None else asked)


def device_data(ds, device, channels_last: bool = False):
    """The dataset's tensors on `device`, images channels-last if asked: x_train, x_test, clean, y_test."""
    x_train, x_test = ds.x_train.to(device), ds.x_test.to(device)
    if channels_last:
        x_train, x_test = (t.contiguous(memory_format=torch.channels_last) for t in (x_train, x_test))
    return x_train, x_test, ds.y_train.to(device), ds.y_test.to(device)


def check_finite(batch_losses, epoch, lr, cfg):
    finite = torch.isfinite(batch_losses)
    if not bool(finite.all()):
        bad = int((~finite).nonzero()[0])
        raise NonFiniteLossError(f"non-finite training loss {float(batch_losses[bad])} at epoch {epoch}, "
                                 f"batch {bad} of {len(batch_losses)} (lr {lr:g}, loss {cfg.loss})")


def predict(model, x, batch_size: int) -> torch.Tensor:
    """Every member's logits on all of `x`, [G, n, K], in eval mode without gradients (mode restored after)."""
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            return torch.cat([model(x[i : i + batch_size]) for i in range(0, x.shape[0], batch_size)], dim=1)
    finally:
        model.train(was_training)


def _match_layouts(optimizer):
    # Loaded optimiser state is contiguous; a channels-last parameter's state takes its layout again
    # (fused and foreach kernels want the same strides).
    for p, state in optimizer.state.items():
        for key, value in state.items():
            if isinstance(value, torch.Tensor) and value.shape == p.shape and value.stride() != p.stride():
                state[key] = torch.empty_like(p).copy_(value)


def build_network(cfg: TrialConfig, in_shape, num_classes: int, seeds, device, channels_last: bool = False,
                  state: dict | None = None):
    """The fused network of len(seeds) members and its optimiser, as a trial trains them: each
    member as build_model makes it with its seed, or the tensors of `state` (model and optimiser)."""
    args = (cfg.model, in_shape, num_classes)
    if state is None:
        model = build_model(*args, seeds=list(seeds), device=device, **cfg.model_params)
    else:
        model = empty_model(*args, len(seeds), device, **cfg.model_params)
        model.load_state_dict(state["model"])
    model = model.to(memory_format=torch.channels_last if channels_last else torch.preserve_format)
    optimizer = make_optimizer(cfg, model.parameters())
    if state is not None:
        # A copy: torch keeps loaded state tensors as they are and updates them in place, which
        # would change the caller's state.
        optimizer.load_state_dict(copy.deepcopy(state["optimizer"]))
        _match_layouts(optimizer)
    return model, optimizer


def noisy_labels(cfg: TrialConfig, ds) -> tuple[torch.Tensor, torch.Tensor]:
    """The trial's noisy training labels and the noisy copy of its test labels (Theorem 1's
    independent noise). Given noise: the file's labels, and the test labels stay clean (there is
    no noise model to draw a copy from)."""
    if cfg.noise == GIVEN:
        given = read_given_labels(cfg.noise_params["path"], cfg.noise_params.get("key"), len(ds.y_train), ds.num_classes)
        return torch.as_tensor(given, dtype=ds.y_train.dtype), ds.y_test.clone()
    return (add_label_noise(ds.y_train, ds.num_classes, cfg.eta, kind=cfg.noise, seed=cfg.resolved_noise_seed),
            add_label_noise(ds.y_test, ds.num_classes, cfg.eta, kind=cfg.noise, seed=cfg.test_noise_seed))


def run_trials(cfgs, trial_dirs=None, *, on_epoch=None, start_state=None, threads=None,
               channels_last: bool | None = None, loggers: dict | None = None, judge=None) -> list[list[dict]]:
    """Train `cfgs` as one network (one trial, or a fused group); each trial's per-epoch metrics.

    Epoch 0 is the evaluation at initialisation; epoch e is measured after e passes over the data.
    `on_epoch(metrics, state)` receives one metrics dict per trial (None for a trial that has
    failed) and, after training epochs, the state to checkpoint (the live tensors: save or copy it
    before the next epoch); `start_state` (such a state) resumes after its epoch. A trial whose loss stops being finite fails alone: its status says
    why, and it leaves the network, whose other members go on untouched. When every trial has
    failed, the last failure is raised. `channels_last`: lay images and networks out channels-last
    (default: on CUDA only); the trials' precision sets torch's float32 flags for the run only.
    `loggers`: the trackers each trial also logs to besides TensorBoard (memstudy.trackers.prepare).
    `judge(epoch, metrics)`, after each trained epoch (and at the end of a run resumed there), gets
    the metrics of each trial that entered the epoch in the network (None for one that failed in it)
    and returns the trials to stop early (an early-stopping search's pruned members): they leave the
    network as failed ones do, their status says stopped_early, and the state given to on_epoch
    after that epoch no longer has them (with "left": True, so that the caller saves it now).
    """
    check_fusable(cfgs)
    first = cfgs[0]
    trial_dirs = trial_dirs or [None] * len(cfgs)
    # On resume, trials that had failed stay failed: no record is reopened for them.
    alive = [True] * len(cfgs) if start_state is None else list(start_state["alive"])
    if not any(alive):  # a state saved after every member had left (stopped early or failed): nothing to train
        return [[] for _ in cfgs]
    group = [trial_name(c.to_dict()) for c in cfgs] if len(cfgs) > 1 else None
    with contextlib.ExitStack() as stack:
        if threads:  # for this run only: a caller's own thread count comes back afterwards
            stack.callback(torch.set_num_threads, torch.get_num_threads())
            torch.set_num_threads(threads)
        stack.enter_context(precision_set(first.precision))
        records = [stack.enter_context(TrialRecord(c, d, loggers)) if d is not None and alive[t] else None
                   for t, (c, d) in enumerate(zip(cfgs, trial_dirs))]
        device = resolve_device(first.device)
        ds = build_dataset(first.dataset, **first.dataset_params)
        # The whole dataset lives on the device; batches are cut by index.
        layout = use_channels_last(device, ds, channels_last)
        x_train, x_test, clean, y_test = device_data(ds, device, layout)
        noisy, test_noisy = [], []
        for t, (cfg, record) in enumerate(zip(cfgs, records)):
            labels, test_labels = noisy_labels(cfg, ds)
            if record:
                record.describe(ds, labels, test_labels, device, group=group and {"members": group, "member": t},
                                channels_last=layout)
            noisy.append(labels.to(device))
            test_noisy.append(test_labels.to(device))
        losses = [build_loss(c.loss, **c.loss_params) for c in cfgs]

        why_eager = graphs_unavailable(first.cuda_graphs, device)

        def network(members, state=None):
            """The network of `members` (indices into cfgs), its optimiser, and its training Steps
            (its loss and labels; a new CUDA graph is captured for each network)."""
            model, optimizer = build_network(first, ds.in_shape, ds.num_classes, [cfgs[t].seed for t in members],
                                             device, layout, state)
            step_loss = fused_loss([losses[t] for t in members], [loss_key(cfgs[t]) for t in members],
                                   [(cfgs[t].loss, cfgs[t].loss_params) for t in members])
            return model, optimizer, Steps(model, optimizer, step_loss, x_train, torch.stack([noisy[t] for t in members]),
                                           first.batch_size, first.augment, first.precision == "bf16", why_eager)

        def without(members, model, optimizer, keep):
            """The network of members[i] for i in `keep`: the others leave, the rest keep their
            tensors and optimiser state."""
            state = {"model": select_members(model.state_dict(), len(members), keep),
                     "optimizer": optimizer.state_dict()}
            state["optimizer"]["state"] = {k: select_members(v, len(members), keep)
                                           for k, v in state["optimizer"]["state"].items()}
            members = [members[i] for i in keep]
            return (members, *network(members, state))

        def stop_early(epoch, last, entered):
            """Ask `judge` which of the trials that `entered` the epoch stop; close their records.
            True when some did."""
            stop = set(judge(epoch, {t: last[t] for t in entered})) & set(members) if judge else set()
            for t in stop:
                alive[t] = False
                if records[t]:
                    records[t].close("stopped_early")
            return bool(stop)

        members = [t for t in range(len(cfgs)) if alive[t]]
        model, optimizer, steps = network(members, start_state)
        start_epoch = 0 if start_state is None else int(start_state["epoch"])
        for record in records:
            if record:
                record.open_log(start_epoch)
        history = [[] for _ in cfgs]

        def measure(epoch, lr, seconds, log=True, online=None, keep=True):
            train_logits = predict(model, x_train, first.eval_batch_size)
            test_logits = predict(model, x_test, first.eval_batch_size)
            out = [None] * len(cfgs)
            for i, t in enumerate(members):
                metrics = {**M.metrics_from_logits(train_logits[i], noisy[t], clean, test_logits[i], y_test, losses[t],
                                                   test_noisy[t]),
                           **(M.online_metrics(online[i], noisy[t], clean) if online is not None else {}),
                           M.LR: lr, M.EPOCH_TIME: seconds}
                out[t] = records[t].log(epoch, metrics) if records[t] and log else {**metrics, "epoch": epoch}
                if records[t] and log:
                    records[t].record_predictions(epoch, train_logits[i].argmax(dim=1), losses[t](
                        train_logits[i], clean) if epoch == 1 else None, online[i] if online is not None else None)
                if keep:
                    history[t].append(out[t])
            return out

        if start_epoch in (0, first.epochs):
            # At 0, the untrained networks. At the end: a run interrupted after its last checkpoint
            # but before Ray Tune saw the trial end; the restored networks' metrics, logged before,
            # are reported again so that the trial ends with them.
            last = measure(start_epoch, lr_at(first, max(start_epoch, 1)), 0.0, log=start_epoch == 0)
            if start_epoch:
                stop_early(start_epoch, last, list(members))
            if on_epoch:
                on_epoch(last, None)
        elif on_epoch:
            # Resumed mid-run: the restored networks' metrics, logged before, are reported again (not
            # logged, not in the history): the run that saved them may have been stopped before that
            # report reached Ray Tune, and an unfused search would then lack the epoch's value.
            on_epoch(measure(start_epoch, lr_at(first, start_epoch), 0.0, log=False, keep=False), None)
        for epoch in range(start_epoch + 1, first.epochs + 1):
            tick = time.perf_counter()
            lr = lr_at(first, epoch)
            for param_group in optimizer.param_groups:
                param_group["lr"] = lr
            batch_losses, online = steps.epoch(epoch_generator(first, epoch), lr)
            seconds = time.perf_counter() - tick
            step = {"mode": steps.mode, "why_eager": steps.why_eager}
            if device.type == "cuda":  # this process's peak so far: what the group really used
                step["gpu_peak_bytes"] = torch.cuda.max_memory_allocated(device)
            for t in members:
                if records[t]:
                    records[t].status["training_step"] = step
            entered = list(members)
            failures = []
            for i, t in enumerate(members):
                try:
                    check_finite(batch_losses[i], epoch, lr, cfgs[t])
                except NonFiniteLossError as err:
                    failures.append((i, t, err))
            for _, t, err in failures:
                alive[t] = False
                if records[t]:
                    records[t].close("failed", f"NonFiniteLossError: {err}")
            if failures:
                if not any(alive):
                    raise failures[-1][2] if len(cfgs) == 1 else NonFiniteLossError(
                        f"every trial of the fused group failed by epoch {epoch}; the last: {failures[-1][2]}")
                # The failed members leave the network; the others keep their tensors and optimiser state.
                keep = [i for i, t in enumerate(members) if alive[t]]
                online = online[keep]
                members, model, optimizer, steps = without(members, model, optimizer, keep)
            last = measure(epoch, lr, seconds, online=online)
            left = stop_early(epoch, last, entered)
            if left and not any(alive):  # every member stopped (or failed): the group ends here
                if on_epoch:
                    on_epoch(last, {"epoch": epoch, "alive": list(alive), "model": None, "optimizer": None,
                                    "left": True})
                break
            if left:
                members, model, optimizer, steps = without(
                    members, model, optimizer, [i for i, t in enumerate(members) if alive[t]])
            if on_epoch:
                on_epoch(last, {"epoch": epoch, "alive": list(alive), "model": model.state_dict(),
                                "optimizer": optimizer.state_dict(), **({"left": True} if left else {})})
    return history


def run_trial(cfg: TrialConfig, trial_dir: str | os.PathLike, *, on_epoch: Callable[[dict, dict | None], None] | None = None,
              start_state: dict | None = None, threads: int | None = None) -> dict:
    """Train one trial (run_trials of one) and return the last epoch's metrics; `on_epoch(metrics, state)`."""
    each = (lambda per_trial, state: on_epoch(per_trial[0], state)) if on_epoch else None
    return run_trials([cfg], [trial_dir], on_epoch=each, start_state=start_state, threads=threads)[0][-1]


def load_state(folder) -> dict | None:
    """The state a trial saved in `folder` (save_state), or None for a fresh start."""
    path = Path(folder) / STATE_FILE
    if not path.is_file():
        return None
    return torch.load(path, map_location="cpu", weights_only=True)


def save_state(folder, state: dict):
    """Write the state atomically: a trial killed while saving leaves the one before intact."""
    path = Path(folder) / STATE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".tmp")
    torch.save(state, partial)
    os.replace(partial, path)


def tune_reporter(interval_s: float, last_epoch: int, save: Callable[[dict], object], saves: int = 0):
    """An on_epoch for Ray Tune: reports every epoch; `save(state)` runs at most every `interval_s`
    seconds and after the last epoch, so short epochs do not spend their time writing state (each
    state counts the saves so far, from `saves`).

    The state is the trial's own (not a Tune checkpoint): Tune deletes old checkpoints from the
    store before its experiment state names the new one, so a driver or store that stopped between
    the two left a state naming a checkpoint that was gone, and the trial could never resume."""
    from ray import tune

    last_saved = time.monotonic()

    def report(metrics, state):
        nonlocal last_saved, saves
        # A state after members left (stopped early) is saved at once: a resumed group must not train them again.
        if state is not None and (state["epoch"] == last_epoch or state.get("left")
                                  or time.monotonic() - last_saved >= interval_s):
            saves += 1
            save({**state, "saves": saves})
            last_saved = time.monotonic()
        tune.report(metrics)

    return report


def tune_dirname(trials: list[dict], trial_id: str) -> str:
    """A Tune trial's folder name: the trial's own, or for a fused group `group<G>_<first member>`
    (its saved state lives there; its members write beside it)."""
    if len(trials) > 1:
        return f"group{len(trials)}_{trial_dirname(trials[0], trial_id)}"
    return trial_dirname(trials[0], trial_id)


def member_dirs(study_dir, trials: list[dict], trial_id: str) -> list[Path]:
    """Each trial's own folder: a lone trial's is Ray Tune's trial folder; the members of a fused
    group are named as separate trials would be, `<trial>_<id>-<i>`."""
    if len(trials) == 1:
        return [Path(study_dir) / trial_dirname(trials[0], trial_id)]
    return [Path(study_dir) / trial_dirname(d, f"{trial_id}-{i}") for i, d in enumerate(trials)]


def tune_trainable(config: dict):
    """Ray Tune function trainable for one trial or a fused group.

    config = {"trial": TrialConfig.to_dict()} or {"group": [TrialConfig.to_dict(), ...]}, with
    "study_dir": a folder, or a URI (memstudy.storage), "threads": torch threads,
    "checkpoint_interval_s": seconds between saved states, "store_wait_s": how long to wait for a
    store that does not answer; a group proposed by a fused search (memstudy.search) also has
    "search": where its members' Optuna trials are, which decides each epoch who stops early. A
    lone trial reports its metrics; a group reports the best J2 of its members and how many are
    alive (a search's members that stopped early count: they ended as their search decided).
    """
    from ray import tune

    trials = config["group"] if "group" in config else [config["trial"]]
    cfgs = [trial_from_dict(d) for d in trials]
    trial_id = tune.get_context().get_trial_id()
    folders = member_dirs(config["study_dir"], trials, trial_id)
    state_dir = Path(config["study_dir"]) / tune_dirname(trials, trial_id)
    remote = None
    if is_uri(config["study_dir"]):  # the study lives in an object store: train here, copy there
        remote = TrialFolders(config["study_dir"], [f.name for f in folders], state=tune_dirname(trials, trial_id),
                              wait_s=float(config.get("store_wait_s", STORE_WAIT_S)))
        folders, state_dir = remote.dirs, remote.state_dir

    def save(state):
        save_state(state_dir, state)
        if remote:
            remote.push()

    start_state = load_state(state_dir)
    report = tune_reporter(float(config.get("checkpoint_interval_s", 0.0)), cfgs[0].epochs, save,
                           saves=int((start_state or {}).get("saves", 0)))

    judge, stopped = None, set()
    if config.get("search"):
        from memstudy.search import search_judge, settle_group

        if start_state is not None:  # what a resuming driver's Optuna storage may lack, from the members' folders
            settle_group(config["search"], config["study_dir"], folders, start_state)

        judge = search_judge(config["search"], config["study_dir"], cfgs[0].epochs, stopped)

    def on_epoch(per_trial, state):
        live = [m for m in per_trial if m is not None]
        if len(cfgs) == 1:
            report(live[0], state)
        else:
            noisy = [m[M.J2] for m, c in zip(per_trial, cfgs) if m is not None and c.eta > 0]
            report({M.J2: max(m[M.J2] for m in live), "epoch": live[0]["epoch"],
                    "trials_alive": len(live) + len(stopped & {t for t, m in enumerate(per_trial) if m is None}),
                    **({M.BEST_NOISY_J2: max(noisy)} if noisy else {})}, state)

    failure = None
    try:
        run_trials(cfgs, folders, on_epoch=on_epoch, start_state=start_state, threads=config.get("threads"),
                   loggers=config.get("loggers"),
                   judge=judge)
    except (NonFiniteLossError, ConfigError) as err:
        # It would fail the same way again: the trial ends here, its status says why. Ray Tune retries
        # what it sees fail (a worker or node lost, a store that stopped answering) from the saved state.
        failure = f"{type(err).__name__}: {err}"
    finally:
        if remote:  # however it ended (ASHA's stop is a SystemExit): the final status, HParams, predictions
            try:
                remote.push()
            finally:
                remote.remove()
    if failure:
        tune.report({FAILED: failure})
