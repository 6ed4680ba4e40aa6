"""Several trials of one model on one dataset, trained together as one batched computation.

Trials may differ in loss, loss parameters, noise (kind, eta, noise seed) and initialisation seed;
everything that shapes the computation and the data order must match (`batchable_key`). Each
trial's model is built as `run_trial` builds it; their parameters are stacked along a leading trial
axis (`StackedSequential`) and one forward pass per batch serves all of them. Each trial keeps its
own loss on its own noisy labels, and one optimiser over the stacked parameters is exactly the
trials' separate optimisers (SGD and Adam act per element). Each trial writes the same files as
when run alone, and a trial whose loss stops being finite fails alone.
"""

from __future__ import annotations

import contextlib
import json
import tempfile
import time
from pathlib import Path

import torch

from memstudy import metrics as M
from memstudy.config import TrialConfig, lr_at, trial_dirname, trial_from_dict
from memstudy.data import augment_batch, build_dataset
from memstudy.errors import ConfigError
from memstudy.losses import build_loss
from memstudy.models import StackedSequential, build_model, model_stacking_problem
from memstudy.noise import add_label_noise
from memstudy.train import (NonFiniteLossError, TrialRecord, autocast_for, check_finite, device_data,
                            epoch_generator, make_optimizer, resolve_device, run_trial, tune_reporter,
                            tune_start_state)

# Fields that may differ between trials trained together; every other field must be equal.
MAY_DIFFER = ("loss", "loss_params", "noise", "eta", "noise_seed", "seed", "preset")


def batchable_key(cfg: TrialConfig) -> str:
    """Trials with the same key can be trained as one batched computation."""
    shared = {k: v for k, v in cfg.to_dict().items() if k not in MAY_DIFFER}
    shared["data_order"] = cfg.resolved_data_seed
    shared.pop("data_seed")
    return json.dumps(shared, sort_keys=True, default=list)


def check_batchable(cfgs) -> None:
    if len({batchable_key(c) for c in cfgs}) != 1:
        raise ConfigError("batched trials must share everything but loss, loss_params, noise, eta, noise_seed and "
                          "seed, and their data order (set data_seed to train several seeds together)")
    first = cfgs[0]
    problem = model_stacking_problem(first.model, **first.model_params)
    if problem:
        raise ConfigError(f"model {first.model!r} cannot be batched: {problem}; batched trials need a plain "
                          "sequential model without batch norm (mlp, small_cnn)")


def group_batchable(cfgs, max_group: int = 16) -> list[list[int]]:
    """Indices of `cfgs` in groups of at most `max_group` that can be trained together."""
    groups: dict[str, list[int]] = {}
    for i, cfg in enumerate(cfgs):
        groups.setdefault(batchable_key(cfg), []).append(i)
    return [members[j : j + max_group] for members in groups.values() for j in range(0, len(members), max_group)]


def run_batched(cfgs, trial_dirs=None, *, on_epoch=None, start_state=None, threads=None) -> list[list[dict]]:
    """Train `cfgs` together; returns each trial's per-epoch metrics (epoch 0 included).

    `on_epoch(metrics_per_trial, state)` receives a list with one metrics dict per trial (None for
    a trial that has failed) and, after training epochs, the stacked state to checkpoint.
    """
    check_batchable(cfgs)
    first = cfgs[0]
    trial_dirs = trial_dirs or [None] * len(cfgs)
    if threads:
        torch.set_num_threads(threads)
    # On resume, trials that had failed stay failed: no record is reopened for them.
    alive = [True] * len(cfgs) if start_state is None else list(start_state["alive"])
    with contextlib.ExitStack() as stack:
        records = [stack.enter_context(TrialRecord(c, d)) if d is not None and alive[t] else None
                   for t, (c, d) in enumerate(zip(cfgs, trial_dirs))]
        device = resolve_device(first.device)
        ds = build_dataset(first.dataset, **first.dataset_params)
        x_train, x_test, clean, y_test = device_data(ds, device)
        noisy = []
        for cfg, record in zip(cfgs, records):
            labels = add_label_noise(ds.y_train, ds.num_classes, cfg.eta, kind=cfg.noise, seed=cfg.resolved_noise_seed)
            if record:
                record.describe(ds, labels, device)
            noisy.append(labels.to(device))
        loss_fns = [build_loss(c.loss, **c.loss_params) for c in cfgs]

        # Each trial's model is built exactly as run_trial builds it, then the parameters are stacked.
        models = []
        for cfg in cfgs:
            torch.manual_seed(cfg.seed)
            models.append(build_model(cfg.model, ds.in_shape, ds.num_classes, **cfg.model_params).to(device))
        stacked = StackedSequential(models)
        params = stacked.params
        optimizer = make_optimizer(first, params.values())
        start_epoch = 0
        if start_state is not None:
            with torch.no_grad():
                for name, value in start_state["params"].items():
                    params[name].copy_(value)
            optimizer.load_state_dict(start_state["optimizer"])
            start_epoch = int(start_state["epoch"])
        for record in records:
            if record:
                record.open_log(start_epoch)
        history = [[] for _ in cfgs]

        def logits(x):  # every trial's logits on all of x: [trials, examples, classes]
            with torch.no_grad():
                return torch.cat([stacked(x[i : i + first.eval_batch_size])
                                  for i in range(0, x.shape[0], first.eval_batch_size)], dim=1)

        def measure(epoch, lr, seconds, log=True):
            out = []
            train_logits, test_logits = logits(x_train), logits(x_test)
            for t, (record, fn) in enumerate(zip(records, loss_fns)):
                if not alive[t]:
                    out.append(None)
                    continue
                metrics = {**M.metrics_from_logits(train_logits[t], noisy[t], clean, test_logits[t], y_test, fn),
                           M.LR: lr, M.EPOCH_TIME: seconds}
                metrics = record.log(epoch, metrics) if record and log else {**metrics, "epoch": epoch}
                history[t].append(metrics)
                out.append(metrics)
            return out

        if start_epoch in (0, first.epochs):  # as in run_trial: the untrained models, or a resume at the end
            last = measure(start_epoch, lr_at(first, max(start_epoch, 1)), 0.0, log=start_epoch == 0)
            if on_epoch:
                on_epoch(last, None)
        labels = torch.stack(noisy)
        autocast = autocast_for(first, device)
        n = x_train.shape[0]
        num_batches = (n + first.batch_size - 1) // first.batch_size
        for epoch in range(start_epoch + 1, first.epochs + 1):
            tick = time.perf_counter()
            lr = lr_at(first, epoch)
            for group in optimizer.param_groups:
                group["lr"] = lr
            gen = epoch_generator(first, epoch)
            order = torch.randperm(n, generator=gen).to(device)
            batch_losses = torch.empty(len(cfgs), num_batches, device=device)
            live = [t for t in range(len(cfgs)) if alive[t]]
            # Losses are per example: the trials that share a loss are scored in one call on their
            # stacked logits, so a step makes one loss call per distinct loss, not one per trial.
            by_loss: dict[str, list[int]] = {}
            for t in live:
                by_loss.setdefault(json.dumps([cfgs[t].loss, cfgs[t].loss_params], sort_keys=True), []).append(t)
            groups = [(torch.tensor(ts, device=device), loss_fns[ts[0]]) for ts in by_loss.values()]
            for b in range(num_batches):
                idx = order[b * first.batch_size : (b + 1) * first.batch_size]
                xb = x_train[idx]
                if first.augment:
                    xb = augment_batch(xb, gen)
                total = 0.0
                with autocast:
                    batch_logits = stacked(xb)  # [trials, batch, classes]
                    for ts, fn in groups:
                        per_example = fn(batch_logits[ts].flatten(0, 1), labels[ts][:, idx].flatten())
                        losses = per_example.view(len(ts), -1).mean(dim=1)
                        batch_losses[ts, b] = losses.detach()
                        total = total + losses.sum()
                optimizer.zero_grad(set_to_none=True)
                # Trials share no parameters, so the gradient of the sum is each trial's own gradient.
                total.backward()
                optimizer.step()
            for t in live:
                try:
                    check_finite(batch_losses[t], epoch, lr, cfgs[t])
                except NonFiniteLossError as err:
                    alive[t] = False
                    if records[t]:
                        records[t].close("failed", f"NonFiniteLossError: {err}")
            if not any(alive):
                raise NonFiniteLossError(f"every trial of the batch failed by epoch {epoch}")
            last = measure(epoch, lr, (time.perf_counter() - tick) / len(live))
            if on_epoch:
                on_epoch(last, {"epoch": epoch, "alive": list(alive), "optimizer": optimizer.state_dict(),
                                "params": {k: v.detach() for k, v in params.items()}})
    return history


def member_dirs(study_dir, group: list[dict], trial_id: str) -> list[Path]:
    """Each member's own folder, named as a separate trial's would be."""
    return [Path(study_dir) / trial_dirname(d, f"{trial_id}-{i}") for i, d in enumerate(group)]


def tune_batched_trainable(config: dict):
    """Ray Tune function trainable for a batched group of trials.

    config = {"group": [TrialConfig.to_dict(), ...], "study_dir": path, "threads": torch threads,
              "checkpoint_interval_s": seconds}. Tune sees one trial reporting the best J2 of the group.
    """
    from ray import tune

    cfgs = [trial_from_dict(d) for d in config["group"]]
    report = tune_reporter(float(config.get("checkpoint_interval_s", 0.0)), cfgs[0].epochs)

    def on_epoch(per_trial, state):
        live = [m for m in per_trial if m is not None]
        report({M.J2: max(m[M.J2] for m in live), "epoch": live[0]["epoch"], "trials_alive": len(live)}, state)

    run_batched(cfgs, member_dirs(config["study_dir"], config["group"], tune.get_context().get_trial_id()),
                on_epoch=on_epoch, start_state=tune_start_state(), threads=config.get("threads"))


def run_separately(cfgs, trial_dirs=None) -> list[list[dict]]:
    """The same trials, one after another through run_trial (the reference for run_batched)."""
    out = []
    for cfg, d in zip(cfgs, trial_dirs or [None] * len(cfgs)):
        rows = []
        with contextlib.ExitStack() as stack:
            folder = d or stack.enter_context(tempfile.TemporaryDirectory(prefix="memstudy-"))
            run_trial(cfg, folder, on_epoch=lambda m, s: rows.append(m))
        out.append(rows)
    return out

