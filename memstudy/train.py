"""One trial, top to bottom: data + noise + model + loss + optimiser + epoch loop -> per-epoch metrics.

`run_trial` needs no Ray: it writes TensorBoard scalars, the resolved config and the noisy labels
into its directory and hands each epoch's metrics and state to `on_epoch`. `tune_trainable` is the
thin Ray Tune adapter around it (checkpoints through `tune.report`, resume through
`tune.get_checkpoint`).
"""

from __future__ import annotations

import functools
import json
import os
import platform
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Callable

import numpy as np
import torch

import memstudy
from memstudy import metrics as M
from memstudy.config import TrialConfig, lr_at, trial_dirname, trial_from_dict
from memstudy.data import augment_batch, build_dataset
from memstudy.errors import ConfigError
from memstudy.losses import LOSSES, build_loss
from memstudy.models import build_model
from memstudy.noise import add_label_noise, flip_rate

CONFIG_FILE = "config.json"   # resolved trial config, versions, noise record
LABELS_FILE = "labels.npz"    # clean and noisy training labels, to rebuild the noisy set exactly
STATUS_FILE = "status.json"   # running | finished | stopped_early | failed, last epoch, error
TB_DIR = "tb"
STATE_FILE = "state.pt"


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


def _write_json(path: Path, payload: dict):
    # Write then rename, so a reader never sees half a file.
    with tempfile.NamedTemporaryFile("w", dir=path.parent, suffix=".tmp", delete=False) as f:
        f.write(json.dumps(payload, indent=2, default=str))
    os.replace(f.name, path)


def make_optimizer(cfg: TrialConfig, params):
    # Fused kernels update every parameter in one pass (about 1.2x per step for the digits MLP on a CPU).
    if cfg.optimizer == "adam":
        return torch.optim.Adam(params, lr=cfg.lr, weight_decay=cfg.weight_decay, fused=True)
    return torch.optim.SGD(params, lr=cfg.lr, momentum=cfg.momentum, weight_decay=cfg.weight_decay, fused=True)


def autocast_for(cfg: TrialConfig, device: torch.device):
    """The training forward pass's autocast context: bfloat16 for precision bf16 (losses still
    compute in float32), disabled for fp32."""
    return torch.autocast(device.type, dtype=torch.bfloat16, enabled=cfg.precision == "bf16")


def epoch_generator(cfg: TrialConfig, epoch: int) -> torch.Generator:
    # Data order and augmentation depend only on (seed, epoch): a resumed trial replays them exactly.
    return torch.Generator().manual_seed(cfg.resolved_data_seed * 1_000_003 + epoch)


def train_epoch(model, optimizer, loss_fn, x, labels, batch_size: int, generator: torch.Generator,
                augment: bool = False, autocast=None) -> torch.Tensor:
    """One pass over the on-device (x, labels) in an order drawn from `generator`; the batch losses.

    Batches are cut by index from tensors already on the device: no DataLoader, no per-example
    Python. The batch losses stay on the device, so the caller checks them once per epoch instead
    of synchronising every batch.
    """
    n = x.shape[0]
    order = torch.randperm(n, generator=generator).to(x.device)
    num_batches = (n + batch_size - 1) // batch_size
    batch_losses = torch.empty(num_batches, device=x.device)
    autocast = autocast if autocast is not None else torch.autocast(x.device.type, enabled=False)
    model.train()
    for b in range(num_batches):
        idx = order[b * batch_size : (b + 1) * batch_size]
        xb = x[idx]
        if augment:
            xb = augment_batch(xb, generator)
        with autocast:
            loss = loss_fn(model(xb), labels[idx]).mean()
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        batch_losses[b] = loss.detach()
    return batch_losses


class TrialRecord:
    """The files of one trial: status.json, then config.json and labels.npz, then TensorBoard scalars.

    Used as a context manager around the training: on the way out it writes the final status
    (finished, stopped_early when Ray Tune stopped the trial before its last epoch, or failed with
    the error) and closes the event file.
    """

    def __init__(self, cfg: TrialConfig, trial_dir: str | os.PathLike):
        self.cfg, self.dir = cfg, Path(trial_dir)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.status = {"status": "running", "epoch": None, "started": time.time(), "pid": os.getpid(),
                       "host": platform.node(), "cuda_visible_devices": os.environ.get("CUDA_VISIBLE_DEVICES")}
        self.writer, self.closed = None, False
        _write_json(self.dir / STATUS_FILE, self.status)

    def describe(self, ds, noisy, device):
        """Save the resolved config, versions and the noise record with both label vectors."""
        cfg, noisy = self.cfg, noisy.cpu()
        np.savez_compressed(self.dir / LABELS_FILE, clean=ds.y_train.numpy(), noisy=noisy.numpy())
        _write_json(self.dir / CONFIG_FILE, {
            "trial": cfg.to_dict(),
            "code_version": code_version(),
            "torch_version": torch.__version__,
            "device": str(device),
            "eval_protocol": M.EVAL_PROTOCOL,
            "loss_symmetric": LOSSES[cfg.loss].symmetric,
            "noise": {"kind": cfg.noise, "eta": cfg.eta, "seed": cfg.resolved_noise_seed,
                      "realised_rate": flip_rate(ds.y_train, noisy),
                      "num_flipped": int((noisy != ds.y_train).sum()), "labels_file": LABELS_FILE,
                      "generator": "numpy PCG64"},
            "data": {"num_train": int(ds.x_train.shape[0]), "num_test": int(ds.x_test.shape[0]),
                     "num_classes": ds.num_classes, "in_shape": list(ds.in_shape)},
        })

    def open_log(self, start_epoch: int):
        from torch.utils.tensorboard import SummaryWriter

        # purge_step drops any steps a crashed earlier attempt wrote past the checkpoint we resume from.
        self.writer = SummaryWriter(str(self.dir / TB_DIR), purge_step=start_epoch + 1 if start_epoch else 0)
        if start_epoch:
            self.status.update(resumed_from=start_epoch, epoch=start_epoch)
        else:
            self.writer.add_text("config", "```\n" + json.dumps(self.cfg.to_dict(), indent=2) + "\n```", 0)

    def log(self, epoch: int, metrics: dict) -> dict:
        for name, value in metrics.items():
            self.writer.add_scalar(name, value, epoch)
        self.writer.flush()
        if epoch > 0:
            self.status.update(epoch=epoch, updated=time.time())
            _write_json(self.dir / STATUS_FILE, self.status)
        return {**metrics, "epoch": epoch}

    def close(self, state: str, error: str | None = None):
        if self.closed:
            return
        self.closed = True
        final = {**self.status, "status": state, "updated": time.time()}
        if error:
            final["error"] = error
        _write_json(self.dir / STATUS_FILE, final)
        if self.writer is not None:
            self.writer.close()

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


def channels_last(device, ds) -> bool:
    """Images on CUDA are laid out channels-last (faster convolutions); models follow their data."""
    return device.type == "cuda" and ds.x_train.dim() == 4


def device_data(ds, device):
    """The dataset's tensors on `device` (channels-last where channels_last says): x_train, x_test, clean, y_test."""
    x_train, x_test = ds.x_train.to(device), ds.x_test.to(device)
    if channels_last(device, ds):
        x_train, x_test = (t.contiguous(memory_format=torch.channels_last) for t in (x_train, x_test))
    return x_train, x_test, ds.y_train.to(device), ds.y_test.to(device)


def check_finite(batch_losses, epoch, lr, cfg):
    finite = torch.isfinite(batch_losses)
    if not bool(finite.all()):
        bad = int((~finite).nonzero()[0])
        raise NonFiniteLossError(f"non-finite training loss {float(batch_losses[bad])} at epoch {epoch}, "
                                 f"batch {bad} of {len(batch_losses)} (lr {lr:g}, loss {cfg.loss})")


def run_trial(cfg: TrialConfig, trial_dir: str | os.PathLike, *, on_epoch: Callable[[dict, dict | None], None] | None = None,
              start_state: dict | None = None, threads: int | None = None) -> dict:
    """Train one trial and return the last epoch's metrics.

    Epoch 0 is the evaluation at initialisation; epoch e is measured after e passes over the data.
    `on_epoch(metrics, state)` receives every epoch's metrics and, after training epochs, the state
    to checkpoint; `start_state` (such a state) resumes after its epoch.
    """
    with TrialRecord(cfg, trial_dir) as record:
        if threads:
            torch.set_num_threads(threads)
        device = resolve_device(cfg.device)
        ds = build_dataset(cfg.dataset, **cfg.dataset_params)
        noisy = add_label_noise(ds.y_train, ds.num_classes, cfg.eta, kind=cfg.noise, seed=cfg.resolved_noise_seed)
        record.describe(ds, noisy, device)
        # The whole dataset lives on the device; batches are cut by index.
        x_train, x_test, clean, y_test = device_data(ds, device)
        noisy = noisy.to(device)

        torch.manual_seed(cfg.seed)
        model = build_model(cfg.model, ds.in_shape, ds.num_classes, **cfg.model_params).to(device)
        if channels_last(device, ds):
            model = model.to(memory_format=torch.channels_last)
        loss_fn = build_loss(cfg.loss, **cfg.loss_params)
        optimizer = make_optimizer(cfg, model.parameters())
        start_epoch = 0
        if start_state is not None:
            model.load_state_dict(start_state["model"])
            optimizer.load_state_dict(start_state["optimizer"])
            start_epoch = int(start_state["epoch"])
        record.open_log(start_epoch)
        autocast = autocast_for(cfg, device)

        def measure(epoch, lr, seconds, log=True):
            out = {**M.evaluate(model, x_train, noisy, clean, x_test, y_test, loss_fn, cfg.eval_batch_size),
                   M.LR: lr, M.EPOCH_TIME: seconds}
            return record.log(epoch, out) if log else {**out, "epoch": epoch}

        if start_epoch in (0, cfg.epochs):
            # At 0, the untrained model. At the end: a run interrupted after its last checkpoint but
            # before Ray Tune saw the trial end; the restored model's metrics, logged before, are
            # reported again so that the trial ends with them.
            last = measure(start_epoch, lr_at(cfg, max(start_epoch, 1)), 0.0, log=start_epoch == 0)
            if on_epoch:
                on_epoch(last, None)
        for epoch in range(start_epoch + 1, cfg.epochs + 1):
            tick = time.perf_counter()
            lr = lr_at(cfg, epoch)
            for group in optimizer.param_groups:
                group["lr"] = lr
            batch_losses = train_epoch(model, optimizer, loss_fn, x_train, noisy, cfg.batch_size,
                                       epoch_generator(cfg, epoch), cfg.augment, autocast)
            check_finite(batch_losses, epoch, lr, cfg)
            last = measure(epoch, lr, time.perf_counter() - tick)
            if on_epoch:
                on_epoch(last, {"epoch": epoch, "model": model.state_dict(), "optimizer": optimizer.state_dict()})
    return last


def tune_start_state():
    """The state saved with the trial's last Tune checkpoint, or None for a fresh start."""
    from ray import tune

    checkpoint = tune.get_checkpoint()
    if not checkpoint:
        return None
    with checkpoint.as_directory() as folder:
        return torch.load(Path(folder) / STATE_FILE, map_location="cpu", weights_only=True)


def tune_reporter(interval_s: float, last_epoch: int):
    """An on_epoch for Ray Tune: reports every epoch; a checkpoint goes with it at most every
    `interval_s` seconds and after the last epoch, so short epochs do not spend their time writing state."""
    from ray import tune

    last_saved = time.monotonic()

    def report(metrics, state):
        nonlocal last_saved
        due = state is not None and (state["epoch"] == last_epoch or time.monotonic() - last_saved >= interval_s)
        if not due:
            tune.report(metrics)
            return
        last_saved = time.monotonic()
        with tempfile.TemporaryDirectory() as folder:
            torch.save(state, Path(folder) / STATE_FILE)
            tune.report(metrics, checkpoint=tune.Checkpoint.from_directory(folder))

    return report


def tune_trainable(config: dict):
    """Ray Tune function trainable.

    config = {"trial": TrialConfig.to_dict(), "study_dir": path, "threads": torch threads,
              "checkpoint_interval_s": seconds}.
    """
    from ray import tune

    cfg = trial_from_dict(config["trial"])
    trial_dir = Path(config["study_dir"]) / trial_dirname(config["trial"], tune.get_context().get_trial_id())
    run_trial(cfg, trial_dir, on_epoch=tune_reporter(float(config.get("checkpoint_interval_s", 0.0)), cfg.epochs),
              start_state=tune_start_state(), threads=config.get("threads"))
