"""Which trials train together as one fused network, and how many fit in a group.

Trials may be fused when they differ only in their loss, loss parameters, noise (kind, eta, noise
seed) and initialisation seed, and share their data order: everything else shapes the network, the
data or the recipe, which the members of a group share. On a GPU, `member_memory` measures what one
more member costs, so that `batch_trials: true` can fill the GPU's memory.
"""

from __future__ import annotations

import json
import math

from memstudy.config import TrialConfig
from memstudy.errors import ConfigError

# Fields that may differ between the members of a fused group; every other field must be equal.
MAY_DIFFER = ("loss", "loss_params", "noise", "noise_params", "eta", "noise_seed", "seed", "preset")
CPU_GROUP = 16  # `batch_trials: true` without a GPU: up to 16 trials to a group (1.5x+ for the small CNN here)
MEMORY_USE = 0.9  # of a GPU's memory (times the group's share of the GPU) that a group may fill


def fusable_key(cfg: TrialConfig) -> str:
    """Trials with the same key can be trained as one fused network."""
    shared = {k: v for k, v in cfg.to_dict().items() if k not in MAY_DIFFER}
    shared["data_order"] = cfg.resolved_data_seed
    shared.pop("data_seed")
    return json.dumps(shared, sort_keys=True, default=list)


def loss_key(cfg: TrialConfig) -> str:
    return json.dumps([cfg.loss, cfg.loss_params], sort_keys=True)


def check_fusable(cfgs) -> None:
    if len({fusable_key(c) for c in cfgs}) != 1:
        raise ConfigError("trials fused into one network must share everything but loss, loss_params, noise, "
                          "noise_params, eta, noise_seed and seed, and their data order (set data_seed to fuse "
                          "several seeds)")


def plan_groups(cfgs, max_size) -> list[list[int]]:
    """Indices of `cfgs` in fused groups.

    Trials that can be fused are split into as few groups of at most `max_size` (a number, or a
    function of a group's first trial config) as possible, of near-equal sizes; within a group,
    trials with the same loss are next to each other, so that a step scores each loss once.
    """
    by_key: dict[str, list[int]] = {}
    for i, cfg in enumerate(cfgs):
        by_key.setdefault(fusable_key(cfg), []).append(i)
    groups = []
    for members in by_key.values():
        members = sorted(members, key=lambda i: loss_key(cfgs[i]))  # stable: grid order within a loss
        size = max_size(cfgs[members[0]]) if callable(max_size) else max_size
        count = math.ceil(len(members) / max(1, size))
        base, extra = divmod(len(members), count)
        start = 0
        for g in range(count):
            stop = start + base + (g < extra)
            groups.append(members[start:stop])
            start = stop
    return groups


def members_that_fit(per_member: int, fixed: int, budget: int) -> int:
    """How many members fit in `budget` bytes when a group takes `fixed` bytes plus `per_member` each (at least 1)."""
    return max(1, (budget - fixed) // max(1, per_member))


def plan_groups_for_memory(cfgs, memory: int, cost, share_of_gpu) -> list[list[int]]:
    """plan_groups with each group as large as fits in its share of a GPU of `memory` bytes.

    `cost(cfg)` gives (bytes per member, bytes of a group besides) for cfg's architecture (as
    member_memory measures it) and `share_of_gpu(groups)` the share of a GPU each of that many
    groups gets (as `resources.gpu` decides). More, smaller groups may share a GPU more finely and
    so get less memory each: the sizes are recomputed until the shares settle.
    """
    share = 1.0
    while True:
        budget = int(memory * MEMORY_USE * min(share, 1.0))
        plan = plan_groups(cfgs, lambda cfg: members_that_fit(*cost(cfg), budget))
        finer = share_of_gpu(len(plan))
        if finer >= share:
            return plan
        share = finer


def member_memory(cfg: TrialConfig, device="cuda") -> tuple[int, int]:
    """(bytes per member, bytes of a group besides its members) of `cfg`'s fused network on a CUDA device.

    Measured: the peak memory of a training step (optimiser state included) followed by an
    evaluation chunk, for networks of one and two members; the dataset on the device and the
    per-epoch logits are added from their sizes.
    """
    import torch

    from memstudy.data import build_dataset
    from memstudy.losses import build_loss
    from memstudy.models import build_model
    from memstudy.train import autocast_for, fused_loss, make_optimizer

    device = torch.device(device)
    ds = build_dataset(cfg.dataset, **cfg.dataset_params)
    peaks = []
    for trials in (1, 2):
        torch.cuda.synchronize(device)
        torch.cuda.empty_cache()
        before = torch.cuda.memory_allocated(device)
        torch.cuda.reset_peak_memory_stats(device)
        model = build_model(cfg.model, ds.in_shape, ds.num_classes, seeds=[0] * trials, device=device,
                            **cfg.model_params)
        layout = torch.channels_last if len(ds.in_shape) == 3 else torch.contiguous_format
        model = model.to(memory_format=layout)
        optimizer = make_optimizer(cfg, model.parameters())
        x = torch.randn(cfg.batch_size, *ds.in_shape, device=device).contiguous(memory_format=layout)
        labels = torch.zeros(trials, cfg.batch_size, dtype=torch.long, device=device)
        loss = fused_loss([build_loss(cfg.loss, **cfg.loss_params)] * trials, [0] * trials)
        with autocast_for(cfg, device):
            total = loss(model(x), labels).sum()
        total.backward()
        optimizer.step()
        model.eval()
        with torch.no_grad():
            model(torch.randn(cfg.eval_batch_size, *ds.in_shape, device=device).contiguous(memory_format=layout))
        torch.cuda.synchronize(device)
        peaks.append(torch.cuda.max_memory_allocated(device) - before)
        del model, optimizer, x, labels, total
    examples = ds.x_train.shape[0] + ds.x_test.shape[0]
    logits = examples * ds.num_classes * 4  # each member's per-epoch logits, float32
    data = (ds.x_train.numel() + ds.x_test.numel()) * 4 + examples * 8 * 2
    per_member = peaks[1] - peaks[0] + logits
    return per_member, max(0, peaks[0] - per_member) + data
