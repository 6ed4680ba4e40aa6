"""How far a fused member drifts from its trial alone, against how far that trial drifts from itself
in the other memory layout, at the paper's image sizes on this machine's CPU (what `memstudy check`
judges fused groups against; docs/performance.md quotes it).

    python tools/fused-gap.py [MODEL ...]      (default: resnet32 resnet18 inception_lite)

For each model, the check's cce trial (eta 0) and mse trial (eta 0.4) on 520 synthetic images of the
paper's shape, 2 epochs (10 steps): relative network gaps after epochs 1 and 2 of the trial
contiguous against channels-last ("layout") and of the trial alone against the same trial as member
0 of a fused pair ("fused"); 2 torch threads.
"""

import dataclasses
import sys

import torch

from memstudy.check import SIZES, member_network, network_gap, recipe, run_states

torch.set_num_threads(2)
for model in sys.argv[1:] or ["resnet32", "resnet18", "inception_lite"]:
    base = recipe(model, "paper", "fp32", "cpu")
    small = dataclasses.replace(base, dataset_params={**base.dataset_params, "n_train": SIZES["paper"]["equal_n"]})
    for cfg in (dataclasses.replace(small, loss="cce", eta=0.0, seed=0), dataclasses.replace(small, loss="mse", eta=0.4, seed=2)):
        contiguous, _ = run_states([cfg], False)
        channels_last, _ = run_states([cfg], True)
        pair, _ = run_states([cfg, dataclasses.replace(cfg, seed=cfg.seed + 5)], False)
        layout = [network_gap(contiguous[e]["model"], channels_last[e]["model"]) for e in (1, 2)]
        fused = [network_gap(contiguous[e]["model"], member_network(pair[e], 0)) for e in (1, 2)]
        print(f"{model:<15} {cfg.loss:<4} layout {layout[0]:.1e} {layout[1]:.1e}   fused {fused[0]:.1e} {fused[1]:.1e}",
              flush=True)
