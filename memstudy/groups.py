"""Which trials train together as one fused network, and how many fit in a group.

Trials may be fused when they differ only in their loss, loss parameters, noise (kind, eta, noise
seed) and initialisation seed, and share their data order: everything else shapes the network, the
data or the recipe, which the members of a group share. On a GPU, groups are sized from what one
more member costs (memstudy.memory measures it), so that `batch_trials: true` can fill its memory.
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
    memstudy.memory.member_memory measures it) and `share_of_gpu(groups)` the share of a GPU each of that many
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
