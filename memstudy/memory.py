"""What one more member of a fused group costs in GPU memory, measured in a child process.

`batch_trials: true` sizes groups from it. The measurement runs the training step and the
evaluation that trials run (memstudy.train) in a process of its own, so the driver never holds a
CUDA context or cached GPU memory; when it cannot measure, the study is told why and gets groups
of FALLBACK_GROUP. `python -m memstudy.memory` is that child: a trial config (JSON) on stdin, one
line of JSON on stdout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from memstudy.config import TrialConfig, trial_from_dict
from memstudy.groups import fusable_key, plan_groups, plan_groups_for_memory

# Members to a group when the memory cannot be measured: 4 of the paper's widest network fit in
# about 4-5 GiB (measured on an H100: a ResNet-32 member 0.15 GiB; vmap-fused Inception-Lite about
# 1 GiB and ResNet-18 0.75 GiB a member), which any GPU a study trains on has.
FALLBACK_GROUP = 4
PROBE_TIMEOUT_S = 600  # loading CIFAR-10 and two small networks' steps: seconds; a hung driver: never


class MemoryProbeError(RuntimeError):
    """The memory of a fused member could not be measured; the message says why."""


def member_cost(measured: dict) -> tuple[int, int]:
    """(bytes per member, bytes of a group besides its members) from what the probe measured.

    `peaks`: the peak memory of a training step and an evaluation chunk of a 1- and a 2-member
    network (optimiser state, the batch and the activations included; with CUDA graphs, the
    captured step's memory pool, held through the evaluation), as CUDA's allocator reserved it.
    Added from sizes: the dataset on the device (float32 images, int64 clean labels) and the
    epoch's order and crop draws to the group, and to each member its noisy training and test
    labels and online predictions (int64, twice) and its per-epoch logits (float32: the training
    set's twice, as its chunks are joined, and the test set's).
    """
    one, two = measured["peaks"]
    n_train, n_test, classes = measured["num_train"], measured["num_test"], measured["num_classes"]
    labels = (3 * n_train + n_test) * 8  # online predictions twice: the training steps' buffer and the epoch's copy
    logits = (2 * n_train + n_test) * classes * 4
    per_member = max(0, two - one) + labels + logits
    data = (n_train + n_test) * (measured["example_numel"] * 4 + 8) + n_train * 4 * 8
    return per_member, max(0, one - (two - one)) + data


def measure_in_child(cfg: TrialConfig, timeout_s: float = PROBE_TIMEOUT_S) -> dict:
    """What `python -m memstudy.memory` measured for `cfg` on this machine's first CUDA GPU (see
    `measure`); MemoryProbeError when it could not."""
    package_root = str(Path(__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (package_root, os.environ.get("PYTHONPATH")) if p)}
    try:
        done = subprocess.run([sys.executable, "-m", "memstudy.memory"], input=json.dumps(cfg.to_dict()), text=True,
                              capture_output=True, timeout=timeout_s, env=env)
    except subprocess.TimeoutExpired:
        raise MemoryProbeError(f"the measurement took over {timeout_s:g} s") from None
    lines = done.stdout.strip().splitlines()
    try:
        answer = json.loads(lines[-1])
    except (IndexError, ValueError):
        tail = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
        raise MemoryProbeError(f"the measuring process failed: {tail}") from None
    if "error" in answer:
        raise MemoryProbeError(answer["error"])
    return answer


def member_memory(cfg: TrialConfig, probe=measure_in_child) -> tuple[int, int, dict]:
    """(bytes per member, bytes of a group besides, what `probe(cfg)` measured) of `cfg`'s fused network."""
    measured = probe(cfg)
    return (*member_cost(measured), measured)


def plan_groups_on_gpu(cfgs, share_of_gpu, probe=measure_in_child, say=print) -> list[list[int]]:
    """Fused groups of `cfgs` (indices) as large as fit in the share of a GPU's memory each gets.

    One more member's cost is measured once per architecture and recipe (`probe`, in a child
    process); `share_of_gpu(groups)` is the share of a GPU each of that many groups gets
    (groups.plan_groups_for_memory). When a measurement fails, `say` tells why and groups hold at
    most FALLBACK_GROUP members.
    """
    costs, total = {}, []
    try:
        for cfg in cfgs:
            key = fusable_key(cfg)
            if key not in costs:
                per_member, fixed, measured = member_memory(cfg, probe)
                costs[key] = (per_member, fixed)
                total.append(int(measured["total_memory"]))
                say(f"memstudy: batch_trials: a {cfg.model} member ({cfg.dataset}, batch {cfg.batch_size}, "
                    f"{cfg.precision}) takes {per_member / 2**30:.2f} GiB on {measured['device']}, a group "
                    f"{fixed / 2**30:.2f} GiB besides")
    except MemoryProbeError as err:
        say(f"memstudy: batch_trials: could not measure a {cfg.model} member's GPU memory ({err}); fused groups "
            f"of at most {FALLBACK_GROUP} trials")
        return plan_groups(cfgs, FALLBACK_GROUP)
    return plan_groups_for_memory(cfgs, min(total), lambda cfg: costs[fusable_key(cfg)], share_of_gpu)


def measure(cfg: TrialConfig, device="cuda") -> dict:
    """The peak memory CUDA's allocator reserved for a first epoch of WARMUP_STEPS + 1 batches
    (eager warm-up steps, then the step captured as a CUDA graph and replayed, as a trial's Steps
    run them; optimiser state included) followed by an evaluation chunk (predict), on a CUDA
    `device`, for fused networks of one and two members built as trials build them, and the sizes
    member_cost adds to them. On another device the same steps run and the peaks are None."""
    import torch

    from memstudy.data import build_dataset
    from memstudy.losses import build_loss
    from memstudy.steps import WARMUP_STEPS, Steps, graphs_unavailable
    from memstudy.train import build_network, epoch_generator, fused_loss, precision_set, predict, use_channels_last

    device = torch.device(device)
    cuda = device.type == "cuda"
    ds = build_dataset(cfg.dataset, **cfg.dataset_params)  # on the CPU: its sizes, and the batches' shape
    layout = use_channels_last(device, ds)
    memory_format = torch.channels_last if layout else torch.contiguous_format
    peaks = []
    why_eager = graphs_unavailable(cfg.cuda_graphs, device)
    # Enough batches for the warm-up steps and one replayed step, as a trial's first epoch runs them.
    n = (WARMUP_STEPS + 1) * cfg.batch_size
    with precision_set(cfg.precision):
        for members in (1, 2):
            if cuda:
                torch.cuda.synchronize(device)
                torch.cuda.empty_cache()
                torch.cuda.reset_peak_memory_stats(device)
                before = torch.cuda.memory_reserved(device)
            model, optimizer = build_network(cfg, ds.in_shape, ds.num_classes, [cfg.seed] * members, device, layout)
            x = ds.x_train[:n].to(device).contiguous(memory_format=memory_format)
            labels = ds.y_train[:n].to(device).expand(members, -1).contiguous()
            loss = fused_loss([build_loss(cfg.loss, **cfg.loss_params)] * members, [0] * members)
            steps = Steps(model, optimizer, loss, x, labels, cfg.batch_size, cfg.augment, cfg.precision == "bf16",
                          why_eager)
            steps.epoch(epoch_generator(cfg, 1), cfg.lr)
            chunk = ds.x_test[: cfg.eval_batch_size].to(device).contiguous(memory_format=memory_format)
            logits = predict(model, chunk, cfg.eval_batch_size)
            if logits.shape != (members, chunk.shape[0], ds.num_classes):
                raise RuntimeError(f"the evaluation gave logits of shape {tuple(logits.shape)}")
            if cuda:
                # Reserved, not allocated: a captured step's memory pool stays reserved for its replays.
                torch.cuda.synchronize(device)
                peaks.append(torch.cuda.max_memory_reserved(device) - before)
            else:
                peaks.append(None)
            del model, optimizer, x, labels, chunk, logits, steps
    return {"device": torch.cuda.get_device_name(device) if cuda else str(device),
            "total_memory": torch.cuda.get_device_properties(device).total_memory if cuda else None,
            "peaks": peaks, "num_train": int(ds.x_train.shape[0]), "num_test": int(ds.x_test.shape[0]),
            "example_numel": int(ds.x_train[0].numel()), "num_classes": ds.num_classes}


def main() -> int:
    """The child: a trial config on stdin, what `measure` found (or {"error": why}) as one JSON line."""
    try:
        cfg = trial_from_dict(json.loads(sys.stdin.read()))
        import torch

        if cfg.device == "cpu":
            answer = {"error": "the trials run on the CPU (device: cpu)"}
        elif not torch.cuda.is_available():
            answer = {"error": "the driver's machine sees no CUDA GPU (a cluster's head node without one?)"}
        else:
            answer = measure(cfg)
    except Exception as err:  # out of memory, a dataset missing here, a broken CUDA: the study goes on without
        answer = {"error": f"{type(err).__name__}: {str(err).strip().splitlines()[0] if str(err).strip() else ''}"}
    print(json.dumps(answer), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
