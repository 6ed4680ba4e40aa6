"""`memstudy check`: on this machine, whether fused trials train as their trials alone, and how fast.

For each paper architecture, on synthetic images of the paper's shapes, with deterministic cuDNN
kernels over a few steps: how the training steps ran (replayed CUDA graphs on a GPU, eager
elsewhere), a group whose steps are replayed against the same group with every step eager (equal
within GRAPH_TOLERANCE), the group against its members run alone (within the tolerance of the
precision, or LAYOUT_FACTOR times what the trials alone differ by in the other memory layout; the
gaps after a single step and across layouts are shown beside it), a member whose loss overflows
leaving the group without touching the others, a resume from the saved state. Then, on more
images: the group size `batch_trials: true` would pick with the memory it measured against what a
group really used, and seconds per trial-epoch alone (also with every step eager, where steps are
replayed) and fused. One table; exit status 1 on any failure. On a CUDA GPU it runs the paper's
shapes in about two minutes; elsewhere small images in seconds.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import dataclasses
import json
import sys
import tempfile
from pathlib import Path

from memstudy import metrics as M
from memstudy.config import PRECISIONS, PRESETS, TrialConfig

# The paper's architectures, their recipes and their images (channels, height, width).
PAPER = {"inception_lite": ("inception_lite_cifar10", (3, 32, 32)),
         "resnet32": ("resnet32_cifar10", (3, 32, 32)),
         "resnet18": ("resnet18_mnist", (1, 28, 28))}
# Sizes: "paper" (the paper's images and batch, 5,000 of them: a few minutes on a GPU for all
# three) and "small" (8x8 images, batches of 16: seconds on a CPU).
# `equal_n`: the training images of the equality runs (fused against alone, replayed against eager,
# resumed against not), a few steps each epoch: over many steps at the paper's learning rates,
# rounding differences grow until two runs of one trial are different networks (on an H200, two
# eager ResNet-32 runs whose cuDNN kernels are not deterministic differed by 2e-2 after an epoch of 40 steps).
SIZES = {"paper": dict(side=None, n_train=5000, n_test=1000, batch_size=128, eval_batch_size=1024, members=8,
                       equal_n=4 * 128 + 8),  # 3 eager warm-up steps, replays, a last batch of 8
         "small": dict(side=8, n_train=32, n_test=16, batch_size=16, eval_batch_size=32, members=4, equal_n=32)}
EPOCHS = 2  # the first warms up (cuDNN picks its kernels); times are the last epoch's
# Largest relative difference between a member's network (parameters and batch-norm running
# statistics, all together) and its trial's alone after each of EPOCHS epochs, per precision.
# Networks, not losses: evaluation losses after a few steps at the paper's rates swing by tens of
# percent from one rounding difference (batch norm's running statistics are young), while the
# weights drift smoothly. Measured on this CPU (small sizes, 2 epochs, each architecture, both
# layouts): fp32 1e-8 to 1.5e-3 (the largest with Adam, whose first steps are near lr * sign(g));
# bf16 up to 2.8e-2. A member swapped or mixed with another is off by about 1. On a GPU these
# are unmeasured here: the check is what measures them.
TOLERANCE = {"fp32": 1e-2, "tf32": 5e-2, "bf16": 1e-1}
# How far a member may drift from its trial alone, as a multiple of how far that trial drifts from
# itself in the other memory layout (measured on this CPU at the paper's sizes, 10 steps: layout
# 3.5e-2 and fused 2.7e-2 for ResNet-32, 5.1e-2 and 4.3e-2 for ResNet-18, after one step 1e-9).
LAYOUT_FACTOR = 2.0
# Replayed CUDA graphs against eager steps, both with deterministic cuDNN kernels: the same kernels
# on the same numbers, so equal but for kernels that capture picks differently.
GRAPH_TOLERANCE = 1e-4


@contextlib.contextmanager
def deterministic_cudnn():
    """cuDNN's deterministic kernels for the block (two runs of one trial then agree exactly)."""
    import torch

    before = torch.backends.cudnn.deterministic
    torch.backends.cudnn.deterministic = True
    try:
        yield
    finally:
        torch.backends.cudnn.deterministic = before


def recipe(model: str, size: str = "small", precision: str = "fp32", device: str = "auto") -> TrialConfig:
    """The paper's recipe for `model` on synthetic images of its shape (8x8 for size small)."""
    preset, shape = PAPER[model]
    s = SIZES[size]
    if s["side"]:
        shape = (shape[0], s["side"], s["side"])
    values = {**PRESETS[preset], "preset": None}
    values.update(dataset="synthetic", dataset_params={"n_train": s["n_train"], "n_test": s["n_test"], "shape": list(shape),
                                                       "num_classes": 10},
                  epochs=EPOCHS, batch_size=s["batch_size"], eval_batch_size=s["eval_batch_size"], data_seed=0,
                  device=device, precision=precision, record_predictions=False)
    return TrialConfig(**values)


def network_gap(a: dict, b: dict) -> float:
    """The relative difference |a - b| / |a| between two networks' state dicts, over every float tensor."""
    import torch

    keys = [k for k, v in a.items() if v.is_floating_point()]
    a, b = (torch.cat([d[k].double().flatten() for k in keys]) for d in (a, b))
    return float((a - b).norm() / a.norm())


def check_model(model: str, size: str = "small", precision: str = "fp32", device: str = "auto",
                channels_last: bool | None = None, members: int | None = None, tolerance: float | None = None,
                probe=None) -> dict:
    """One row of the table for `model` (see the module's docstring); `ok` says whether it passed.

    `probe` measures a member's memory as memstudy.memory.measure_in_child does (the default on CUDA).
    """
    import torch

    from memstudy.groups import CPU_GROUP, MEMORY_USE, members_that_fit
    from memstudy.memory import MemoryProbeError, member_memory
    from memstudy.train import resolve_device, run_trials

    tolerance = TOLERANCE[precision] if tolerance is None else tolerance
    base = recipe(model, size, precision, device)
    on_cuda = resolve_device(base.device).type == "cuda"
    members = members or SIZES[size]["members"]
    row = {"model": model, "precision": precision, "tolerance": tolerance, "problems": []}

    # The memory of a member, measured as batch_trials: true measures it (before this process holds any).
    predicted = None
    if on_cuda or probe:
        try:
            per_member, fixed, measured = member_memory(base, probe) if probe else member_memory(base)
            row["group_size"] = members_that_fit(per_member, fixed, int(measured["total_memory"] * MEMORY_USE))
            predicted = fixed + members * per_member
            row["memory_predicted"] = predicted
        except MemoryProbeError as err:
            row["group_size"] = f"unmeasured ({err})"
            row["problems"].append(f"memory not measured: {err}")
    else:
        row["group_size"] = f"{CPU_GROUP} (no GPU)"

    small = dataclasses.replace(base, dataset_params={**base.dataset_params, "n_train": SIZES[size]["equal_n"]})
    with deterministic_cudnn():
        equality_checks(row, small, channels_last, on_cuda, tolerance)

    # Speed: one trial alone, then a group of `members` healthy trials; each epoch's training time.
    group = [dataclasses.replace(base, loss=("cce", "mse")[t % 2], eta=0.4, seed=t) for t in range(members)]
    row["alone_s"] = run_trials(group[:1], channels_last=channels_last)[0][-1][M.EPOCH_TIME]
    row["alone_eager_s"] = None  # the same trial with every step eager, where its steps are replayed graphs
    if row["steps"] == "cuda_graph":
        row["alone_eager_s"] = run_trials([dataclasses.replace(group[0], cuda_graphs=False)],
                                          channels_last=channels_last)[0][-1][M.EPOCH_TIME]
    if on_cuda:  # what the group holds of the GPU: reserved (a CUDA graph's pool is reserved, not allocated)
        torch.cuda.synchronize()
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats()
        before = torch.cuda.memory_reserved()
    timed = run_trials(group, channels_last=channels_last)
    row["members"] = members
    row["fused_s"] = timed[0][-1][M.EPOCH_TIME] / members
    row["speedup"] = row["alone_s"] / row["fused_s"]
    if on_cuda:
        row["memory_used"] = torch.cuda.max_memory_reserved() - before
        if predicted is not None and row["memory_used"] > predicted / MEMORY_USE:
            row["problems"].append(f"a group of {members} used {row['memory_used'] / 2**30:.2f} GiB, more than the "
                                   f"{predicted / 2**30:.2f} GiB measured (+{1 / MEMORY_USE - 1:.0%})")
    row["ok"] = not row["problems"]
    return row


def equality_checks(row: dict, base: TrialConfig, channels_last, on_cuda: bool, tolerance: float):
    """Fill `row` with how the steps ran and the gaps of replayed against eager, fused against
    alone and resumed against not, for `base`'s recipe; problems go to row["problems"]."""
    from memstudy.train import STATUS_FILE

    # Fused against alone: a cce member, one whose loss overflows at once, an mse member on noisy labels,
    # on few images (SIZES' equal_n) with deterministic cuDNN kernels.
    a = dataclasses.replace(base, loss="cce", eta=0.0, seed=0)
    boom = dataclasses.replace(base, loss="nce_rce", loss_params={"beta": 1e38}, eta=0.2, seed=1)
    b = dataclasses.replace(base, loss="mse", eta=0.4, seed=2)
    with tempfile.TemporaryDirectory() as folder:  # the members' status.json: how their steps ran
        dirs = [Path(folder) / str(t) for t in range(3)]
        fused, histories = run_states([a, boom, b], channels_last, trial_dirs=dirs)
        steps = [json.loads((d / STATUS_FILE).read_text()).get("training_step") or {} for d in (dirs[0], dirs[2])]
    row["steps"] = steps[0].get("mode", "?")
    if on_cuda and base.cuda_graphs and any(s.get("mode") != "cuda_graph" for s in steps):
        row["problems"].append(f"steps ran eagerly: {steps[0].get('why_eager') or steps[1].get('why_eager')}")
    alone = [run_states([cfg], channels_last) for cfg in (a, b)]
    # The same group with every step eager: replayed CUDA graphs must train as eager steps do.
    eager, _ = run_states([dataclasses.replace(c, cuda_graphs=False) for c in (a, boom, b)], channels_last)
    row["graph_gap"] = max(network_gap(member_network(eager[e], t), member_network(fused[e], t))
                           for t in (0, 2) for e in range(1, EPOCHS + 1))
    if not row["graph_gap"] <= GRAPH_TOLERANCE:
        row["problems"].append(f"replayed steps differ from eager ones by {row['graph_gap']:.2g} "
                               f"(tolerance {GRAPH_TOLERANCE:g})")
    row["fused_gap"] = max(network_gap(one[e]["model"], member_network(fused[e], t))
                           for (one, _), t in zip(alone, (0, 2)) for e in range(1, EPOCHS + 1))
    # The same trials alone in the other memory layout: the same arithmetic summed in another order,
    # which training amplifies as it does the fused network's (at the paper's sizes and rates, to a
    # few percent in 10 steps). A member may differ from its trial alone by LAYOUT_FACTOR times that.
    layout = on_cuda if channels_last is None else channels_last
    row["layout_gap"] = max(network_gap(one[e]["model"], other[e]["model"])
                            for (one, _), (other, _) in zip(alone, (run_states([c], not layout) for c in (a, b)))
                            for e in range(1, EPOCHS + 1))
    row["fused_allowed"] = max(tolerance, LAYOUT_FACTOR * row["layout_gap"])
    if not row["fused_gap"] <= row["fused_allowed"]:
        row["problems"].append(f"fused differs from alone by {row['fused_gap']:.2g} (tolerance {tolerance:g}, or "
                               f"{LAYOUT_FACTOR:g}x the {row['layout_gap']:.2g} its trials differ by in the other layout)")
    # After a single step: the kernels' own rounding, before training amplifies it (a gap far above
    # float32's rounding here is a defect; one that grows from it over the steps is rounding).
    one = dataclasses.replace(base, epochs=1, dataset_params={**base.dataset_params, "n_train": base.batch_size})
    pair = [dataclasses.replace(one, loss=c.loss, loss_params=c.loss_params, eta=c.eta, seed=c.seed) for c in (a, b)]
    first, _ = run_states(pair, channels_last)
    row["fused_gap_one_step"] = max(network_gap(run_states([c], channels_last)[0][1]["model"],
                                                member_network(first[1], t)) for t, c in enumerate(pair))
    row["member_out"] = len(histories[1]) == 1 and fused[EPOCHS]["alive"] == [True, False, True]
    if not row["member_out"]:
        row["problems"].append("the overflowing member did not leave the group alone")

    # Resume from the state after epoch 1: the rest as never interrupted.
    resumed, _ = run_states([a, boom, b], channels_last, start_state=fused[1])
    row["resume_gap"] = max(network_gap(member_network(fused[EPOCHS], t), member_network(resumed[EPOCHS], t))
                            for t in (0, 2))
    if not row["resume_gap"] <= tolerance:
        row["problems"].append(f"a resumed group differs by {row['resume_gap']:.2g} (tolerance {tolerance:g})")


def run_states(cfgs, channels_last=None, start_state=None, trial_dirs=None):
    """({epoch: a copy of the group's state after it}, the histories) of run_trials."""
    from memstudy.train import run_trials

    states = {}
    histories = run_trials(cfgs, trial_dirs, on_epoch=lambda m, s: s and states.__setitem__(s["epoch"], copy.deepcopy(s)),
                           start_state=start_state, channels_last=channels_last)
    return states, histories


def member_network(state: dict, t: int) -> dict:
    """Trial t's network (t indexes the group's trials) in a fused group's state."""
    from memstudy.layers import member_state

    alive = state["alive"]
    return member_state(state["model"], sum(alive), sum(alive[:t]))


def _gib(value) -> str:
    return f"{value / 2**30:.2f}" if isinstance(value, (int, float)) else "-"


def table(rows: list[dict]) -> str:
    head = ("model", "steps", "graph-eager", "fused-alone", "member out", "resume", "group (true)", "GiB measured/used", "s/trial-ep alone",
            "fused (G)", "speed-up", "result")
    lines = [head]
    for r in rows:
        lines.append((r["model"], r["steps"], f"{r['graph_gap']:.1e}", f"{r['fused_gap']:.1e} <= {r['fused_allowed']:.0e} (1 step {r['fused_gap_one_step']:.0e}, layout "
                      f"{r['layout_gap']:.0e})", "ok" if r["member_out"] else "FAIL",
                      f"{r['resume_gap']:.1e}", str(r["group_size"]).split(" (")[0],
                      f"{_gib(r.get('memory_predicted'))}/{_gib(r.get('memory_used'))}",
                      f"{r['alone_s']:.3f}" + (f" (eager {r['alone_eager_s']:.3f})" if r.get("alone_eager_s") else ""),
                      f"{r['fused_s']:.3f} ({r['members']})", f"{r['speedup']:.2f}x",
                      "ok" if r["ok"] else "FAIL"))
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    out = ["  ".join(cell.ljust(w) for cell, w in zip(line, widths)).rstrip() for line in lines]
    notes = {}  # a group size with its reason -> the models it is for
    for r in rows:
        out += [f"{r['model']}: {p}" for p in r["problems"]]
        if "(" in str(r["group_size"]):
            notes.setdefault(str(r["group_size"]), []).append(r["model"])
    out += [f"{', '.join(models)}: batch_trials: true would make groups of {size}" for size, models in notes.items()]
    return "\n".join(out)


def main(argv=None, prog: str = "memstudy check") -> int:
    import torch

    parser = argparse.ArgumentParser(prog=prog, description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="+", default=list(PAPER), choices=list(PAPER))
    parser.add_argument("--size", choices=list(SIZES), default=None,
                        help="paper (the paper's image shapes; the default on a CUDA GPU) or small (8x8; elsewhere)")
    parser.add_argument("--precision", choices=PRECISIONS, default="fp32")
    parser.add_argument("--device", choices=("auto", "cpu", "cuda"), default="auto")
    parser.add_argument("--channels-last", action=argparse.BooleanOptionalAction, default=None,
                        help="lay images and networks out channels-last (default: on CUDA only, as trials do)")
    parser.add_argument("--members", type=int, default=None, help="the timed group's size (default 8, small: 4)")
    parser.add_argument("--tolerance", type=float, default=None,
                        help=f"largest relative loss difference allowed (default by precision: {TOLERANCE})")
    args = parser.parse_args(argv)
    cuda = args.device == "cuda" or (args.device == "auto" and torch.cuda.is_available())
    size = args.size or ("paper" if cuda else "small")
    where = torch.cuda.get_device_name(0) if cuda else f"CPU ({torch.get_num_threads()} threads)"
    layout = "channels-last" if (cuda if args.channels_last is None else args.channels_last) else "contiguous"
    print(f"memstudy check: {where}, {size} sizes, precision {args.precision}, {layout}, {EPOCHS} epochs", flush=True)
    rows = []
    for model in args.models:
        rows.append(check_model(model, size, args.precision, args.device, args.channels_last, args.members,
                                args.tolerance))
        print(f"  {model}: {'ok' if rows[-1]['ok'] else 'FAIL'}", flush=True)
    print(table(rows))
    return 0 if all(r["ok"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
