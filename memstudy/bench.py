"""Benchmark (not a test): `python -m memstudy.bench` measures side by side in one run and prints ratios.

1. memstudy's training loop against the usual DataLoader loop (same model, data, steps).
2. The digits MLP training step as a share of this machine's measured float32 matmul peak.
3. Ray Tune scheduling overhead of a study of short trials; and at load, a study of a few hundred
   one-epoch trials of a tiny model: the overhead per trial and the driver's peak memory.
4. GPU, per paper architecture at the paper's data size: trial-epochs per second of one trial
   alone, of 4 trials sharing the GPU through Ray, and of fused groups of 4, 8, 16 and the largest
   that fits; the GPU's utilisation; the projected GPU-hours of studies/paper.yaml. Skipped
   without a GPU.
5. Fused trials (one network for trials sharing model, data and data order) against the same
   trials run one after another on this CPU, with their metrics compared epoch by epoch (they
   agree to rounding; training amplifies that over the epochs, as on two machines).
6. Fused searches: the same Optuna search (trials, epochs, ASHA, concurrency) through Ray Tune
   unfused and fused, over a few search seeds in one Ray session (its start timed apart): wall
   time and trial-epochs per second, and whether the search still searches (each seed's best
   alpha and its final J2, the seed-to-seed spread of each mode, the difference of their means):
   the small CNN on digits on this CPU, and where CUDA is, ResNet-32 on CIFAR-shaped data with
   studies/paper_alpha.yaml's GPU-hours. On the CPU also the same search without ASHA, for one
   seed: no member stops, so groups stay full, the most that refilling freed slots could give;
   and its trials without Ray Tune, ASHA or Optuna, in as many processes as the search's
   concurrency, fused against one by one: the most that fusing can give on these cores.

Targets (issues 6, 11 and 23) are printed beside each figure; a JSON copy goes to --json.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import torch
import torch.nn.functional as F

from memstudy import metrics as M
from memstudy.config import PRESETS, TrialConfig
from memstudy.data import build_dataset
from memstudy.losses import build_loss
from memstudy.models import build_model
from memstudy.train import fused_loss, run_trials, train_epoch

TARGETS = {"loop_speedup": 1.4, "peak_share": 0.45, "schedule_efficiency": 0.85, "overhead_per_trial_s": 1.5,
           "fused_speedup_cnn": 1.5, "fused_speedup_resnet32_gpu": 10.0, "paper_gpu_hours": 2.0,
           "fused_search_speedup_cnn": 1.5, "fused_search_speedup_resnet32_gpu": 8.0,
           "graph_epoch_s_resnet32": 1.5}


def _best(times):
    return min(times)


# ---------------------------------------------------------------- 1 and 2: the training step

def _digits_mlp(seed=0):
    torch.manual_seed(seed)
    ds = build_dataset("digits")
    model = build_model("mlp", ds.in_shape, ds.num_classes, hidden=[512, 512])
    return ds, model


def reference_epoch(model, optimizer, loader):
    """The loop most code writes: a DataLoader over a TensorDataset, cross entropy, a standard step."""
    model.train()
    for xb, yb in loader:
        loss = F.cross_entropy(model(xb)[0], yb)  # the network of one trial: logits [1, N, K]
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


def bench_loop(epochs=30, repeats=3, batch_size=128) -> dict:
    """Samples per second of memstudy's train_epoch and of the DataLoader loop, interleaved.

    Ours is set up as a trial sets itself up (make_optimizer: fused Adam); the reference as most
    code is written (DataLoader over a TensorDataset, default Adam).
    """
    from torch.utils.data import DataLoader, TensorDataset

    from memstudy.train import make_optimizer

    ds, model_ours = _digits_mlp()
    _, model_ref = _digits_mlp()
    opt_ours = make_optimizer(TrialConfig(optimizer="adam", lr=1e-3), model_ours.parameters())
    opt_ref = torch.optim.Adam(model_ref.parameters(), lr=1e-3)
    loss = fused_loss([build_loss("cce")], ["cce"])
    loader = DataLoader(TensorDataset(ds.x_train, ds.y_train), batch_size=batch_size, shuffle=True)
    gen = torch.Generator().manual_seed(0)
    n = ds.x_train.shape[0]

    def ours():
        for _ in range(epochs):
            train_epoch(model_ours, opt_ours, loss, ds.x_train, ds.y_train[None], batch_size, gen)

    def ref():
        for _ in range(epochs):
            reference_epoch(model_ref, opt_ref, loader)

    ours(), ref()  # warm-up
    t_ours, t_ref = [], []
    for _ in range(repeats):
        for fn, acc in ((ours, t_ours), (ref, t_ref)):
            tick = time.perf_counter()
            fn()
            acc.append(time.perf_counter() - tick)
    samples = epochs * n
    return {"threads": torch.get_num_threads(), "samples": samples, "batch_size": batch_size, "ours_samples_per_s": samples / _best(t_ours),
            "reference_samples_per_s": samples / _best(t_ref), "loop_speedup": _best(t_ref) / _best(t_ours)}


def matmul_peak(n=1024, repeats=10) -> float:
    """This machine's float32 matmul rate (FLOP/s) on the current threads: best of several n x n products."""
    a, b = torch.randn(n, n), torch.randn(n, n)
    torch.mm(a, b)
    best = min(_timeit(lambda: torch.mm(a, b)) for _ in range(repeats))
    return 2 * n ** 3 / best


def _timeit(fn):
    tick = time.perf_counter()
    fn()
    return time.perf_counter() - tick


def mlp_step_flops(model, batch_size) -> float:
    """FLOPs of one training step of an MLP: forward 2BIO per layer, backward 4BIO (2BIO for the first,
    whose input needs no gradient)."""
    layers = [m for m in model.modules() if isinstance(m, torch.nn.Linear)]
    total = 0.0
    for i, layer in enumerate(layers):
        bio = batch_size * layer.in_features * layer.out_features
        total += 2 * bio + (2 if i == 0 else 4) * bio
    return total


# ---------------------------------------------------------------- 3: Ray Tune scheduling

def _rss_bytes() -> int:
    """This process's resident memory now (Linux /proc; 0 where there is none)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


class _PeakMemory:
    """The driver's peak resident memory while a block runs, sampled every 0.2 s."""

    def __enter__(self):
        self.peak, self._stop = _rss_bytes(), threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()
        return self

    def _poll(self):
        while not self._stop.wait(0.2):
            self.peak = max(self.peak, _rss_bytes())

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def bench_scheduling(num_trials=16, epochs=120, n_train=2048, hidden=128) -> dict:
    """Wall time of a study of short trials through Ray Tune against the trials' own times / concurrency.

    Also splits the overhead: the one-off start (until the first trial runs: Tune's setup and a new
    worker process per concurrent trial, which imports torch), and the steady-state gap between one
    trial's end and the next trial's start on a reused worker; and the driver's peak memory.
    """
    import ray

    from memstudy.config import parse_study
    from memstudy.run import init_ray, run_study

    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    storage = Path(tempfile.mkdtemp(prefix="memstudy-bench-"))
    tick = time.perf_counter()
    started_here = init_ray(None)  # as a study starts it (or the cluster at RAY_ADDRESS)
    ray_start = time.perf_counter() - tick
    concurrency = int(ray.cluster_resources().get("CPU", 1))
    spec = parse_study({
        "name": "bench_schedule", "checkpoint_interval_s": 30,
        "trial": {"dataset": "synthetic", "dataset_params": {"n_train": n_train, "shape": [64]}, "model": "mlp",
                  "model_params": {"hidden": [hidden]}, "epochs": epochs, "optimizer": "adam", "lr": 0.001},
        "grid": {"seed": list(range(num_trials))}, "resources": {"cpu": 1}})
    try:
        t0 = time.time()
        tick = time.perf_counter()
        with _PeakMemory() as memory:
            result = run_study(spec, storage=storage)
        wall = time.perf_counter() - tick
        spans = []
        for d in sorted((storage / spec.name).iterdir()):
            status = d / "status.json"
            if status.is_file():
                s = json.loads(status.read_text())
                spans.append((s["started"] - t0, s["updated"] - t0, s["pid"]))
    finally:
        if started_here:
            ray.shutdown()
        shutil.rmtree(storage, ignore_errors=True)
    own = sum(end - begin for begin, end, _ in spans)
    gaps = []
    for pid in {p for _, _, p in spans}:
        mine = sorted((b, e) for b, e, p in spans if p == pid)
        gaps += [b2 - e1 for (_, e1), (b2, _) in zip(mine, mine[1:])]
    ideal = own / concurrency
    return {"trials": num_trials, "epochs": epochs, "finished": len(result.finished), "concurrency": concurrency,
            "ray_start_s": ray_start, "study_wall_s": wall, "sum_trial_s": own, "ideal_wall_s": ideal,
            "mean_trial_s": own / max(len(spans), 1), "first_trial_start_s": min(b for b, _, _ in spans),
            "steady_gap_s": statistics.median(gaps) if gaps else None,
            "schedule_efficiency": ideal / wall, "overhead_per_trial_s": (wall * concurrency - own) / num_trials,
            "driver_peak_rss_mib": memory.peak / 2**20}


# ---------------------------------------------------------------- 4: GPU, fused trials at the paper's size

# The paper's recipes (studies/paper.yaml): preset, image shape and training-set size.
PAPER = {"resnet32": ("resnet32_cifar10", (3, 32, 32), 50_000),
         "inception_lite": ("inception_lite_cifar10", (3, 32, 32), 50_000),
         "resnet18": ("resnet18_mnist", (1, 28, 28), 60_000)}
PAPER_LOSSES = [("cce", {}), ("mse", {}), ("rll", {"alpha": 0.01}), ("rll", {"alpha": 0.1}), ("rll", {"alpha": 0.45}),
                ("rll", {"alpha": 1.0}), ("nmse", {"scale": 0.1})]
PAPER_ROW = len(PAPER_LOSSES) * 4  # trials per recipe in studies/paper.yaml: 7 losses x 4 etas
GROUP_SIZES = (4, 8, 16)


def paper_trials(model, count, *, n_train=None, n_test=10_000, shape=None, epochs=2, device="cuda",
                 precision="fp32") -> list[TrialConfig]:
    """`count` trials of the paper's recipe for `model` (paper.yaml's losses and etas, in its order)
    on synthetic data of the paper's shape and size (`n_train`, `shape`: smaller, for tests)."""
    preset, paper_shape, paper_n = PAPER[model]
    data = {"n_train": n_train or paper_n, "n_test": n_test, "shape": list(shape or paper_shape), "num_classes": 10}
    cells = [(loss, params, eta) for loss, params in PAPER_LOSSES for eta in (0.0, 0.2, 0.4, 0.6)]
    return [TrialConfig(**{**PRESETS[preset], "dataset": "synthetic", "dataset_params": data, "loss": loss,
                           "loss_params": params, "eta": eta, "epochs": epochs, "device": device,
                           "precision": precision})
            for loss, params, eta in cells[:count]]


class _GpuUtilisation:
    """Samples nvidia-smi's utilisation.gpu in the background while a block runs; `mean(since)`
    averages the samples taken after `since` (a time.perf_counter value)."""

    def __enter__(self):
        self.samples, self._stop = [], threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()
        return self

    def _poll(self):
        while not self._stop.wait(0.2):
            try:
                out = subprocess.run(["nvidia-smi", "--query-gpu=utilization.gpu", "--format=csv,noheader,nounits"],
                                     capture_output=True, text=True, timeout=5).stdout.split()
                self.samples.append((time.perf_counter(), float(out[0])))
            except (OSError, ValueError, IndexError, subprocess.SubprocessError):
                return

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def mean(self, since=0.0):
        values = [v for t, v in self.samples if t >= since]
        return statistics.mean(values) if values else None


def group_rate(cfgs) -> dict:
    """Train `cfgs` as one network (one trial, or a fused group) through run_trials; the last
    epoch's wall time (training and the J1/J2 evaluation: the first epochs warm up), trial-epochs
    per second and the GPU's utilisation during that epoch."""
    stamps, train_s = [], []
    with _GpuUtilisation() as util:
        run_trials(cfgs, on_epoch=lambda metrics, state: (stamps.append(time.perf_counter()), train_s.append(
            next(m[M.EPOCH_TIME] for m in metrics if m))))
    epoch_s = stamps[-1] - stamps[-2]
    return {"trials": len(cfgs), "epoch_s": epoch_s, "train_s": train_s[-1], "trial_epochs_per_s": len(cfgs) / epoch_s,
            "gpu_util_pct": util.mean(since=stamps[-2])}


def _shared_rate(cfg, k: int) -> dict:
    """k separate trials at once, each a Ray task with 1/k of a GPU (as `resources: {gpu: 1/k}` does)."""
    import ray

    task = ray.remote(num_gpus=1 / k, num_cpus=0)(group_rate)
    with _GpuUtilisation() as util:
        each = ray.get([task.remote([cfg]) for _ in range(k)])
    return {"trials": k, "epoch_s_each": [r["epoch_s"] for r in each],
            "trial_epochs_per_s": sum(r["trial_epochs_per_s"] for r in each), "gpu_util_pct": util.mean()}


def bench_gpu(device="cuda", models=tuple(PAPER), sizes=GROUP_SIZES, epochs=2, n_train=None, n_test=10_000,
              shape=None, precision="fp32", declare_gpus=None) -> dict:
    """Item 4 for each of `models`: one trial alone, 4 sharing the GPU through Ray, fused groups of
    `sizes` and of the largest size that fits in the GPU's memory (at most a paper.yaml row), then
    studies/paper.yaml's projected GPU-hours from the best fused rates.

    `device="cpu"` with `declare_gpus=1` (a logical GPU declared to a local Ray), small data and no
    memory measurement runs the same code without a GPU: that checks the code, not the figures.
    """
    if device == "cuda" and not torch.cuda.is_available():
        return {"skipped": "no CUDA GPU on this machine"}
    out = {"device": torch.cuda.get_device_name(0) if device == "cuda" else device, "precision": precision,
           "epochs_timed": "the last of each run's epochs", "n_train": n_train, "models": {}}
    try:
        import ray

        from memstudy.run import init_ray

        started_here = init_ray(declare_gpus)
    except ImportError:
        ray, started_here = None, False
    try:
        for model in models:
            def trials(count):
                return paper_trials(model, count, n_train=n_train, n_test=n_test, shape=shape, epochs=epochs,
                                    device=device, precision=precision)

            row = {"alone": group_rate(trials(1))}
            if device == "cuda":  # the same trial with every step eager: what replaying CUDA graphs buys
                row["alone_eager"] = group_rate([dataclasses.replace(trials(1)[0], cuda_graphs=False)])
            row["shared_4"] = _shared_rate(trials(1)[0], 4) if ray else "skipped: Ray is not installed"
            largest = None
            if device == "cuda":
                from memstudy.groups import MEMORY_USE, members_that_fit
                from memstudy.memory import member_memory

                per_member, fixed, measured = member_memory(trials(1)[0])
                fits = members_that_fit(per_member, fixed, int(measured["total_memory"] * MEMORY_USE))
                largest = min(fits, PAPER_ROW)
                row["memory"] = {"per_member_gib": per_member / 2**30, "group_gib": fixed / 2**30, "members_fit": fits}
            row["fused"] = {}
            for size in sorted({*sizes, *([largest] if largest else [])}):
                row["fused"][size] = group_rate(trials(size))
                if device == "cuda":
                    torch.cuda.empty_cache()
            row["largest"] = largest
            out["models"][model] = row
    finally:
        if started_here:
            ray.shutdown()
    out["paper_gpu_hours"] = paper_gpu_hours(out["models"], n_train)
    return out


def paper_gpu_hours(models: dict, n_train: int | None = None) -> dict:
    """studies/paper.yaml's GPU-hours at the measured rates: each recipe's PAPER_ROW trials for its
    epochs, fused at the best measured rate, and as separate trials four to a GPU (the best of
    alone and shared), groups one after another. Rates measured on `n_train` images an epoch are
    scaled to the paper's epochs (time taken as proportional to the images)."""
    fused = shared = 0.0
    for model, row in models.items():
        paper_n = PAPER[model][2]
        trial_epochs = PAPER_ROW * PRESETS[PAPER[model][0]]["epochs"] * paper_n / (n_train or paper_n)
        fused += trial_epochs / max(r["trial_epochs_per_s"] for r in row["fused"].values())
        separate = [row["alone"]["trial_epochs_per_s"]] + ([row["shared_4"]["trial_epochs_per_s"]]
                                                            if isinstance(row["shared_4"], dict) else [])
        shared += trial_epochs / max(separate)
    complete = set(models) == set(PAPER)
    return {"fused": fused / 3600, "separate": shared / 3600, "all_paper_models": complete}


def gpu_rows(gpu: dict) -> list[tuple]:
    """The report's rows for bench_gpu's result: (name, detail, value, target)."""
    if "skipped" in gpu:
        return [("4. GPU: fused trials at paper size", f"skipped: {gpu['skipped']}", None, "")]

    def util(r):
        return "GPU util " + ("n/a" if r["gpu_util_pct"] is None else f"{r['gpu_util_pct']:.0f}%")

    rows = []
    for model, row in gpu["models"].items():
        alone = row["alone"]["trial_epochs_per_s"]
        images = f" per {gpu['n_train']:,}-image epoch" if gpu.get("n_train") else ""
        if "alone_eager" in row:
            eager = row["alone_eager"]
            rows.append((f"4. {model} one trial alone, eager steps (trial-epochs/s)",
                         f"{eager['train_s']:.2f} s training + {eager['epoch_s'] - eager['train_s']:.2f} s "
                         f"evaluation{images}, {util(eager)}", eager["trial_epochs_per_s"], "as it is"))
        graphed = row["alone"].get("train_s")
        paper_size = model == "resnet32" and not gpu.get("n_train")
        target = f"<= {TARGETS['graph_epoch_s_resnet32']:g} s training" if paper_size else "as it is"
        rows.append((f"4. {model} one trial alone (trial-epochs/s)", f"{row['alone']['epoch_s']:.2f} s{images or '/epoch'} "
                     f"({graphed:.2f} s training{', steps replayed as CUDA graphs' if 'alone_eager' in row else ''}), "
                     f"{util(row['alone'])}", alone, target))
        if isinstance(row["shared_4"], dict):
            rows.append((f"4. {model} 4 trials sharing the GPU through Ray", f"{util(row['shared_4'])}",
                         row["shared_4"]["trial_epochs_per_s"], "as it is"))
        else:
            rows.append((f"4. {model} 4 trials sharing the GPU through Ray", row["shared_4"], None, ""))
        for size, r in row["fused"].items():
            which = " (largest that fits)" if size == row["largest"] else ""
            target = f">= {TARGETS['fused_speedup_resnet32_gpu']:g}x alone" if model == "resnet32" and size == max(
                row["fused"]) else "as it is"
            rows.append((f"4. {model} fused {size}{which} (trial-epochs/s)",
                         f"{r['epoch_s']:.2f} s/epoch, {r['trial_epochs_per_s'] / alone:.1f}x alone, {util(r)}",
                         r["trial_epochs_per_s"], target))
        if "memory" in row:
            m = row["memory"]
            rows.append((f"4. {model} memory per member (GiB)",
                         f"{m['members_fit']} members fit ({m['group_gib']:.2f} GiB besides)", m["per_member_gib"], ""))
    hours = gpu["paper_gpu_hours"]
    scope = "" if hours["all_paper_models"] else " (these models only)"
    rows.append((f"4. studies/paper.yaml projected GPU-hours{scope}", f"{hours['separate']:.1f} h as separate trials",
                 hours["fused"], f"<= {TARGETS['paper_gpu_hours']:g} h"))
    return rows


# ---------------------------------------------------------------- 5: fused trials on this CPU

def bench_fused(model="small_cnn", epochs=6, repeats=2, trials=16) -> dict:
    """Trial-epochs per second of one fused network against the same trials run separately."""
    grid = [TrialConfig(dataset="digits", model=model, loss=loss, loss_params=params, eta=eta, epochs=epochs,
                        optimizer="adam", lr=1e-3, batch_size=64, seed=0)
            for loss, params in (("cce", {}), ("mse", {}), ("rll", {"alpha": 0.1}), ("nmse", {}))
            for eta in (0.0, 0.2, 0.4, 0.6)][:trials]
    run_trials([dataclasses.replace(grid[0], epochs=1)])  # one-off imports (sklearn, torch's optimisers) before timing
    t_sep, t_fused = [], []
    for _ in range(repeats):
        # Both write every trial's files (config, labels, status, TensorBoard), as in a study.
        with tempfile.TemporaryDirectory() as folder:
            tick = time.perf_counter()
            separate = [run_trials([cfg], [Path(folder) / f"sep{i}"])[0] for i, cfg in enumerate(grid)]
            t_sep.append(time.perf_counter() - tick)
            tick = time.perf_counter()
            fused = run_trials(grid, [Path(folder) / f"fused{i}" for i in range(len(grid))])
            t_fused.append(time.perf_counter() - tick)
    # Largest difference of any metric (timings aside) between the two, epoch by epoch (0: untrained).
    worst = [max(abs(a[m] - b[m]) for sa, sb in zip(separate, fused) for a, b in [(sa[e], sb[e])]
                 for m in a if m in b and isinstance(a[m], float) and a[m] == a[m] and not m.startswith("time/"))
             for e in range(epochs + 1)]
    trial_epochs = len(grid) * epochs
    return {"model": model, "trials": len(grid), "epochs": epochs,
            "separate_trial_epochs_per_s": trial_epochs / _best(t_sep),
            "fused_trial_epochs_per_s": trial_epochs / _best(t_fused), "speedup": _best(t_sep) / _best(t_fused),
            "max_metric_difference": max(worst), "max_metric_difference_by_epoch": worst}


# ---------------------------------------------------------------- 6: fused searches

# Item 6's search, unfused, fused and at its ceiling: RLL at eta 0.4 with alpha searched in ALPHA_RANGE.
SEARCH_RECIPE = {"loss": "rll", "eta": 0.4, "optimizer": "adam", "lr": 1e-3, "batch_size": 64}
ALPHA_RANGE = (0.001, 10.0)

def bench_search(model="small_cnn", dataset="digits", dataset_params=None, trials=8, epochs=12, group=4,
                 concurrency=2, asha=(3, 2), device="cpu", gpu=0.0, seeds=(0,), declare_gpus=None) -> dict:
    """The same Optuna search (trials, epochs, ASHA, Tune's concurrency, resources per Tune trial)
    run through run_study unfused and fused (batch_trials: `group`), once per search seed in
    `seeds`, all in one Ray session whose start is timed apart: per run, the wall time (Ray's start
    excluded), the trial-epochs trained (members stopped early count the epochs they trained), the
    epochs at which ASHA stopped trials, and the search's best alpha and its final J2 (Optuna's best
    trial). An untimed search of each mode runs first (the driver's one-off costs), then the two
    modes alternate which runs first from seed to seed. The fused search does not refill the
    slots its stopped members free. `declare_gpus`: GPUs declared to the local Ray (a GPU request
    run on the CPU, for a test)."""
    import optuna
    import ray

    from memstudy.cluster import init_ray
    from memstudy.config import parse_study
    from memstudy.run import run_study
    from memstudy.keeper import optuna_storage_url

    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    out = {"model": model, "dataset": dataset, "trials": trials, "epochs": epochs, "group": group,
           "concurrency": concurrency, "asha": {"grace_period": asha[0], "reduction_factor": asha[1]} if asha else None,
           "seeds": list(seeds), "runs": {"unfused": [], "fused": []}}

    def search_study(kind, seed, num_trials=trials, num_epochs=epochs, search_asha=out["asha"], search_concurrency=concurrency):
        return parse_study({
            "name": f"bench_search_{kind}", "checkpoint_interval_s": 30,
            "batch_trials": group if kind == "fused" else False,
            "trial": {"dataset": dataset, "dataset_params": dataset_params or {}, "model": model, **SEARCH_RECIPE,
                      "epochs": num_epochs, "device": device},
            "search": {"params": {"loss_params.alpha": {"distribution": "loguniform", "low": ALPHA_RANGE[0],
                                                        "high": ALPHA_RANGE[1]}},
                       "objective": "train/j2", "direction": "max",
                       "num_trials": num_trials, "concurrency": search_concurrency, "seed": seed,
                       **({"asha": search_asha} if search_asha else {})},
            "resources": {"cpu": 1, "gpu": gpu}})

    tick = time.perf_counter()
    owns_ray = init_ray(declare_gpus)
    out["ray_start_s"] = time.perf_counter() - tick
    try:
        # Untimed, a search of 2 trials x 1 epoch in each mode first: a driver process's first search
        # pays one-off costs (imports, e.g. Ray Tune's callback integrations, MLflow's among them where
        # it is installed: about 2 s here) that would otherwise fall on the first timed search alone.
        tick = time.perf_counter()
        for kind in ("unfused", "fused"):
            storage = Path(tempfile.mkdtemp(prefix="memstudy-bench-search-"))
            try:
                run_study(search_study(kind, 0, num_trials=2, num_epochs=1, search_asha=None, search_concurrency=1),
                          storage=storage, num_gpus=declare_gpus)
            finally:
                shutil.rmtree(storage, ignore_errors=True)
        out["warm_up_s"] = time.perf_counter() - tick
        for i, seed in enumerate(seeds):
            for kind in (("unfused", "fused") if i % 2 == 0 else ("fused", "unfused")):
                storage = Path(tempfile.mkdtemp(prefix="memstudy-bench-search-"))
                spec = search_study(kind, seed)
                try:
                    tick = time.perf_counter()
                    result = run_study(spec, storage=storage, num_gpus=declare_gpus)
                    wall = time.perf_counter() - tick
                    trained, stops, started, ended = 0, {}, [], []
                    for status in (storage / spec.name).glob("*/*/status.json"):
                        s = json.loads(status.read_text())
                        started.append(s["started"])
                        ended.append(s.get("updated", s["started"]))
                        if s.get("status") in ("finished", "stopped_early"):
                            trained += s.get("epoch") or 0
                        if s.get("status") == "stopped_early":
                            stops[s["epoch"]] = stops.get(s["epoch"], 0) + 1
                    study = optuna.load_study(study_name=None, storage=optuna_storage_url(storage / spec.name))
                    best = study.best_trial
                finally:
                    shutil.rmtree(storage, ignore_errors=True)
                out["runs"][kind].append({
                    "seed": seed, "wall_s": wall, "finished": len(result.finished), "failed": len(result.failed),
                    "trial_epochs": trained, "trial_epochs_per_s": trained / wall,
                    # From the first trial's start to the last one's end: the search's own start
                    # (Tune's, its first worker's) and end left out.
                    "training_s": max(ended) - min(started),
                    "stopped_at": dict(sorted(stops.items())),
                    "best_alpha": best.params["loss_params.alpha"], "best_final_j2": best.value})
    finally:
        if owns_ray:
            ray.shutdown()
    for kind, runs in out["runs"].items():
        best = [r["best_final_j2"] for r in runs]
        out[kind] = {"wall_s": sum(r["wall_s"] for r in runs), "trial_epochs": sum(r["trial_epochs"] for r in runs),
                     "trial_epochs_per_s": sum(r["trial_epochs"] for r in runs) / sum(r["wall_s"] for r in runs),
                     "training_s": sum(r["training_s"] for r in runs),
                     "trial_epochs_per_training_s": sum(r["trial_epochs"] for r in runs)
                     / sum(r["training_s"] for r in runs),
                     "mean_best_final_j2": statistics.fmean(best), "spread_best_final_j2": max(best) - min(best)}
    out["speedup"] = out["unfused"]["wall_s"] / out["fused"]["wall_s"]
    out["rate_speedup"] = out["fused"]["trial_epochs_per_s"] / out["unfused"]["trial_epochs_per_s"]
    out["training_rate_speedup"] = (out["fused"]["trial_epochs_per_training_s"]
                                    / out["unfused"]["trial_epochs_per_training_s"])
    out["best_j2_mean_difference"] = out["fused"]["mean_best_final_j2"] - out["unfused"]["mean_best_final_j2"]
    return out


def _ceiling_worker(index: int, groups: list, folder: str, modes: tuple, barrier, results):
    """bench_ceiling's process: after a warm-up, for each mode in turn (every process at once, from
    a barrier), its groups trained fused or their trials one by one; (index, mode, seconds, each
    trial's epochs trained and final train/j2) go to `results`."""
    torch.set_num_threads(1)  # as a 1-CPU Tune trial
    run_trials([dataclasses.replace(groups[0][0], epochs=1)], [Path(folder) / f"warm{index}"])
    for mode in modes:
        barrier.wait(timeout=600)
        tick = time.perf_counter()
        if mode == "fused":
            histories = [h for k, g in enumerate(groups)
                         for h in run_trials(g, [Path(folder) / f"{mode}{index}_{k}_{i}" for i in range(len(g))])]
        else:
            histories = [run_trials([cfg], [Path(folder) / f"{mode}{index}_{k}_{i}"])[0]
                         for k, g in enumerate(groups) for i, cfg in enumerate(g)]
        seconds = time.perf_counter() - tick
        results.put((index, mode, seconds, [(h[-1]["epoch"], h[-1]["train/j2"]) for h in histories]))


def bench_ceiling(model="small_cnn", trials=16, epochs=20, group=8, concurrency=2) -> dict:
    """The most that fusing can give item 6's search on these cores: its trials (RLL, alphas spread
    over its range, the same seed and data order) without Ray Tune, ASHA or Optuna, in `concurrency`
    processes of one thread at once, each with the same groups of `group` trials: trained as one
    network per group, then one trial after another. Trial-epochs per second of each mode's wall
    (from a common start to the last process's end)."""
    import multiprocessing

    import numpy as np

    cfgs = [TrialConfig(dataset="digits", model=model, **SEARCH_RECIPE, loss_params={"alpha": float(a)}, epochs=epochs,
                        seed=0) for a in np.geomspace(*ALPHA_RANGE, trials)]
    groups = [cfgs[i : i + group] for i in range(0, trials, group)]
    if len(groups) < concurrency:
        raise ValueError(f"{trials} trials in groups of {group} keep fewer than {concurrency} processes busy")
    modes = ("separate", "fused")
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(concurrency), ctx.Queue()
    with tempfile.TemporaryDirectory() as folder:
        workers = [ctx.Process(target=_ceiling_worker, args=(k, groups[k::concurrency], folder, modes, barrier, results))
                   for k in range(concurrency)]
        for w in workers:
            w.start()
        try:
            got = []
            while len(got) < concurrency * len(modes):
                try:
                    got.append(results.get(timeout=5))
                except queue.Empty:
                    failed = [w.exitcode for w in workers if w.exitcode not in (None, 0)]
                    if failed:  # a process that died leaves the others at the barrier: stop them
                        raise RuntimeError(f"a process of the ceiling measurement exited with code {failed[0]}")
        finally:
            for w in workers:
                w.join(timeout=60)
                if w.is_alive():
                    w.terminate()
    out = {"model": model, "trials": trials, "epochs": epochs, "group": group, "concurrency": concurrency}
    finals = {}
    for mode in modes:
        mine = sorted((index, seconds, ends) for index, m, seconds, ends in got if m == mode)
        ends = [e for _, _, each in mine for e in each]
        finals[mode] = [j2 for _, j2 in ends]
        out[mode] = {"process_s": [s for _, s, _ in mine], "trial_epochs": sum(e for e, _ in ends)}
        out[mode]["wall_s"] = max(out[mode]["process_s"])  # the mode ends with its last process
        out[mode]["trial_epochs_per_s"] = out[mode]["trial_epochs"] / out[mode]["wall_s"]
    out["speedup"] = out["fused"]["trial_epochs_per_s"] / out["separate"]["trial_epochs_per_s"]
    out["max_final_j2_difference"] = max(abs(a - b) for a, b in zip(finals["separate"], finals["fused"]))
    return out


def bench_search_gpu(quick: bool, seeds, device: str = "cuda", declare_gpus: float | None = None,
                     n_train: int | None = None, n_test: int = 1_000, shape=(3, 32, 32), trials: int = 16,
                     group: int = 8, concurrency: int = 4) -> tuple[dict, list[tuple]]:
    """Item 6 on a GPU: the ResNet-32 search on CIFAR-shaped data (a tenth of its size; the
    projection of studies/paper_alpha.yaml scales to each recipe's), unfused and fused, with the
    GPU shared by `gpu: auto`; its figures and rows. `device="cpu"` with `declare_gpus=1` and small
    sizes runs the same code without a GPU (a test does)."""
    n_train = n_train or (2_000 if quick else 5_000)
    b = bench_search(model="resnet32", dataset="synthetic",
                     dataset_params={"n_train": n_train, "n_test": n_test, "shape": list(shape)},
                     trials=trials, epochs=2 if quick else 6, group=group, concurrency=concurrency, asha=(2, 3),
                     device=device, gpu="auto", seeds=seeds, declare_gpus=declare_gpus)
    b["paper_alpha"] = paper_alpha_gpu_hours(b["fused"]["trial_epochs_per_s"], n_train)
    rows = search_rows(b, "resnet32, CIFAR-shaped, GPU", f">= {TARGETS['fused_search_speedup_resnet32_gpu']}x")
    rows.append(("   studies/paper_alpha.yaml projected GPU-hours, fused",
                 f"{b['paper_alpha']['trials']} trials in {b['paper_alpha']['cells']} cells, every recipe at "
                 "ResNet-32's measured rate (Inception-Lite's and ResNet-18's differ), no member stopped early",
                 b["paper_alpha"]["gpu_hours"], "as it is"))
    return b, rows


def paper_alpha_gpu_hours(rate: float, n_train: int) -> dict:
    """studies/paper_alpha.yaml's GPU-hours at `rate` trial-epochs per second measured on `n_train`
    examples (scaled to each recipe's data size; no member stopped early: an upper bound)."""
    from memstudy.config import load_study

    # Its shape only: the check that MNIST's and CIFAR-10's files are there is left out (download: true).
    spec = load_study(Path(__file__).resolve().parent.parent / "studies" / "paper_alpha.yaml",
                      overrides=("trial.dataset_params.download=true",))
    seconds = 0.0
    for cfg in spec.trials:
        size = PAPER.get(cfg.model, (None, None, 50_000))[2]
        seconds += spec.search.num_trials * cfg.epochs * (size / n_train) / rate
    return {"cells": len(spec.trials), "trials": len(spec.trials) * spec.search.num_trials, "gpu_hours": seconds / 3600}


def search_rows(b: dict, name: str, target: str, quality: bool = True) -> list[tuple]:
    """The benchmark's rows for a bench_search run; `quality`: also each seed's best and the means."""
    size = (f"{b['trials']} trials x {b['epochs']} epochs, "
            + (f"ASHA {b['asha']['grace_period']}/{b['asha']['reduction_factor']}" if b["asha"] else "no ASHA")
            + f", concurrency {b['concurrency']}")
    seeds = len(b["seeds"])
    rows = [(f"6. {name}: Ray's start (s)", f"once, apart from the {2 * seeds} searches' walls, as is an untimed "
             f"search of 2 trials x 1 epoch per mode after it ({b['warm_up_s']:.1f} s: the driver's one-off costs)",
             b["ray_start_s"], "as it is")]
    for kind in ("unfused", "fused"):
        r = b[kind]
        stops = [r["stopped_at"] for r in b["runs"][kind]]
        rows.append((f"6. {name}: {kind} search (trial-epochs/s)",
                     size + (f", groups of {b['group']}" if kind == "fused" else "")
                     + f"; {seeds} seed{'s' * (seeds > 1)}: wall {r['wall_s']:.1f} s, {r['trial_epochs']} trial-epochs"
                     + f" ({r['trial_epochs_per_training_s']:.2f}/s from the first trial's start to the last's end)"
                     + "; stopped at epoch: " + " | ".join(
                         ", ".join(f"{e}:{n}" for e, n in s.items()) or "none" for s in stops),
                     r["trial_epochs_per_s"], "as it is"))
    rows.append((f"   {name}: fused / unfused (trial-epochs/s ratio)", "per second of wall: the same cores' speed",
                 b["rate_speedup"], target))
    rows.append((f"   {name}: the same, trials' span only", "per second from the first trial's start to the last's end",
                 b["training_rate_speedup"], "as it is"))
    rows.append((f"   {name}: fused / unfused (wall time ratio)",
                 "unfused wall / fused wall: speed and how many epochs each search's ASHA stopped",
                 b["speedup"], target))
    if not quality:
        return rows
    for u, f in zip(b["runs"]["unfused"], b["runs"]["fused"]):
        rows.append((f"   {name}: search seed {u['seed']}, best final J2 unfused / fused",
                     f"best alpha {u['best_alpha']:.3g} / {f['best_alpha']:.3g}; J2 {u['best_final_j2']:.4f} / "
                     f"{f['best_final_j2']:.4f}; wall {u['wall_s']:.1f} / {f['wall_s']:.1f} s",
                     f["best_final_j2"] - u["best_final_j2"], "as it is"))
    spread = max(b["unfused"]["spread_best_final_j2"], b["fused"]["spread_best_final_j2"])
    rows.append((f"   {name}: best final J2, fused mean - unfused mean",
                 f"over {seeds} seeds: means {b['unfused']['mean_best_final_j2']:.4f} / "
                 f"{b['fused']['mean_best_final_j2']:.4f}; seed-to-seed spread (max - min) "
                 f"{b['unfused']['spread_best_final_j2']:.4f} / {b['fused']['spread_best_final_j2']:.4f}",
                 b["best_j2_mean_difference"], f"|x| <= {spread:.4f}"))
    return rows


# ---------------------------------------------------------------- the report

def main(argv=None, prog: str = "python -m memstudy.bench") -> int:
    parser = argparse.ArgumentParser(prog=prog, description=__doc__.splitlines()[0])
    parser.add_argument("--json", default="bench.json", help="where to write the figures (default bench.json)")
    parser.add_argument("--skip", nargs="*", default=[], choices=["loop", "schedule", "gpu", "fused", "search"])
    parser.add_argument("--quick", action="store_true", help="fewer repeats (a smoke run of the benchmark)")
    parser.add_argument("--schedule-trials", type=int, default=16, metavar="N",
                        help="trials in the Ray Tune scheduling study of item 3 (default 16)")
    parser.add_argument("--load-trials", type=int, default=200, metavar="N",
                        help="one-epoch trials of a tiny model in item 3's load study (default 200; 0 leaves it out)")
    parser.add_argument("--search-seeds", type=int, default=None, metavar="N",
                        help="search seeds of item 6, each searched unfused and fused (default 3; --quick: 2)")
    parser.add_argument("--long-search-epochs", type=int, default=100, metavar="E",
                        help="epochs of item 6's long search, ASHA grace E/5, reduction 3 as the study files' "
                             "searches (default 100; 0 leaves it out)")
    parser.add_argument("--gpu-models", nargs="*", default=list(PAPER), choices=list(PAPER),
                        help="paper architectures measured in item 4 (default: all three)")
    parser.add_argument("--gpu-images", type=int, default=None, metavar="N",
                        help="training images per epoch in item 4 (default: the paper's, 50,000 or 60,000)")
    parser.add_argument("--precision", default="fp32", choices=["fp32", "tf32", "bf16"],
                        help="item 4's training precision (default fp32, as studies/paper.yaml)")
    args = parser.parse_args(argv)
    if args.long_search_epochs < 0:
        parser.error(f"--long-search-epochs must be 0 (left out) or a number of epochs, got {args.long_search_epochs}")
    if args.search_seeds is None:
        args.search_seeds = 2 if args.quick else 3
    torch.set_num_threads(1)  # a 1-CPU trial runs one torch thread
    report = {"machine": {"platform": platform.platform(), "cpus": os.cpu_count(), "torch": torch.__version__,
                          "python": sys.version.split()[0]}, "targets": TARGETS}
    rows = []

    if "loop" not in args.skip:
        # Item 1 on all of this machine's cores (the target's "2-core CPU") and on one thread, as a
        # 1-CPU trial runs; item 2 on one thread, against the peak measured on one thread.
        cores = os.cpu_count() or 1
        for threads in sorted({cores, 1}, reverse=True):
            torch.set_num_threads(threads)
            loop = bench_loop(epochs=5 if args.quick else 30, repeats=1 if args.quick else 3)
            report[f"loop_{threads}_threads"] = loop
            rows.append((f"1. training loop vs DataLoader loop (digits MLP, {threads} thread{'s' * (threads > 1)})",
                         f"{loop['ours_samples_per_s']:,.0f} vs {loop['reference_samples_per_s']:,.0f} samples/s",
                         loop["loop_speedup"], f">= {TARGETS['loop_speedup']}x" if threads == cores else "as it is"))
        peak = matmul_peak(repeats=3 if args.quick else 10)
        _, model = _digits_mlp()
        loop = report["loop_1_threads"]
        achieved = mlp_step_flops(model, 1) * loop["ours_samples_per_s"]  # FLOPs are linear in the batch
        report["peak"] = {"matmul_peak_gflops": peak / 1e9, "step_gflops": achieved / 1e9, "peak_share": achieved / peak}
        rows.append(("2. share of float32 matmul peak (1 thread)",
                     f"{achieved / 1e9:.1f} of {peak / 1e9:.1f} GFLOP/s", achieved / peak,
                     f">= {TARGETS['peak_share']:.0%}"))
    if "schedule" not in args.skip:
        sched = bench_scheduling(num_trials=4 if args.quick else args.schedule_trials, epochs=20 if args.quick else 120)
        report["schedule"] = sched
        rows += [("3. Ray Tune study efficiency",
                  f"{sched['trials']} trials of {sched['mean_trial_s']:.1f} s: wall {sched['study_wall_s']:.1f} s vs "
                  f"ideal {sched['ideal_wall_s']:.1f} s (Ray start {sched['ray_start_s']:.1f} s apart)",
                  sched["schedule_efficiency"], f">= {TARGETS['schedule_efficiency']:.0%}"),
                 ("   overhead per trial (s)",
                  f"one-off: first trial runs after {sched['first_trial_start_s']:.1f} s; then "
                  f"{sched['steady_gap_s']:.2f} s between trials on a reused worker", sched["overhead_per_trial_s"],
                  f"<= {TARGETS['overhead_per_trial_s']} s")]
        trials = min(8, args.load_trials) if args.quick else args.load_trials
        if trials:
            load = bench_scheduling(num_trials=trials, epochs=1, n_train=256, hidden=16)
            report["schedule_load"] = load
            rows.append((f"   at load: overhead per trial (s), {load['trials']} one-epoch trials",
                         f"{load['finished']} finished in {load['study_wall_s']:.0f} s, trials' own time "
                         f"{load['mean_trial_s']:.2f} s each; driver peak {load['driver_peak_rss_mib']:.0f} MiB "
                         f"(16 trials: {sched['driver_peak_rss_mib']:.0f} MiB)", load["overhead_per_trial_s"],
                         "as it is"))
    if "gpu" not in args.skip:
        report["gpu"] = bench_gpu(models=args.gpu_models, epochs=2, precision=args.precision,
                                  n_train=5_000 if args.quick else args.gpu_images)
        rows += gpu_rows(report["gpu"])
    if "fused" not in args.skip:
        # (model, trials, epochs): resnet32 stands for the paper's batch-norm networks, few trials on 2 cores.
        for model, trials, epochs in (("small_cnn", 16, 6), ("mlp", 16, 6), ("resnet32", 4, 2)):
            if args.quick:
                trials, epochs = min(trials, 4), 2
            b = bench_fused(model=model, epochs=epochs, repeats=1 if args.quick else 2, trials=trials)
            report[f"fused_{model}"] = b
            rows.append((f"5. fused trials vs separate on this CPU ({model}, {b['trials']} trials)",
                         f"{b['fused_trial_epochs_per_s']:.1f} vs {b['separate_trial_epochs_per_s']:.1f} trial-epochs/s, "
                         f"max metric diff {b['max_metric_difference_by_epoch'][1]:.0e} after epoch 1, "
                         f"{b['max_metric_difference_by_epoch'][-1]:.0e} after epoch {b['epochs']}", b["speedup"],
                         f">= {TARGETS['fused_speedup_cnn']}x" if model == "small_cnn" else "as it is"))

    if "search" not in args.skip:
        # One Ray session for every run of the item; its start (about 10 s here) is timed apart.
        size = {"trials": 4, "epochs": 4, "group": 2} if args.quick else {"trials": 16, "epochs": 20, "group": 8}
        b = bench_search(**size, asha=(1, 2) if args.quick else (4, 2), seeds=range(args.search_seeds))
        report["search_small_cnn"] = b
        rows += search_rows(b, "small_cnn on digits, CPU", f">= {TARGETS['fused_search_speedup_cnn']}x")
        # The same search without ASHA, one seed: no member leaves, so groups stay full to the end.
        # The fused search's training rate with full groups against with groups that ASHA empties:
        # the most that refilling the slots stopped members free could give (not built).
        full = bench_search(**size, asha=None, seeds=range(1))
        report["search_small_cnn_full_groups"] = full
        rows += search_rows(full, "small_cnn, CPU, no ASHA (groups stay full)", "as it is", quality=False)
        full["refill_bound"] = full["fused"]["trial_epochs_per_training_s"] / b["fused"]["trial_epochs_per_training_s"]
        rows.append(("   small_cnn, CPU: fused, groups full / groups ASHA empties",
                     "trial-epochs per second over the trials' span, fused search without ASHA / with it: the most "
                     "refilling freed slots could buy (not built)", full["refill_bound"], "as it is"))
        # The same search trained longer, with ASHA shaped as the study files' searches (grace a fifth
        # of the epochs, reduction 3), one seed: fixed costs weigh less, groups stay full longer.
        long_epochs = min(args.long_search_epochs, 10) if args.quick else args.long_search_epochs
        if long_epochs:
            long = bench_search(**{**size, "epochs": long_epochs}, asha=(max(1, long_epochs // 5), 3), seeds=range(1))
            report["search_small_cnn_long"] = long
            rows += search_rows(long, "small_cnn, CPU, a long search (the study files' ASHA)", "as it is",
                                quality=False)
        # The ceiling: the same trials without Tune, ASHA or Optuna, full groups, every process busy.
        ceiling = bench_ceiling(**size, concurrency=b["concurrency"])
        report["search_small_cnn_ceiling"] = ceiling
        rows.append(("   small_cnn, CPU: fused / separate without Tune (the ceiling)",
                     f"the search's {ceiling['trials']} trials x {ceiling['epochs']} epochs, no ASHA, "
                     f"{ceiling['concurrency']} processes of 1 thread at once: groups of {ceiling['group']} in "
                     f"{ceiling['fused']['wall_s']:.1f} s vs one by one in {ceiling['separate']['wall_s']:.1f} s "
                     f"(final J2 within {ceiling['max_final_j2_difference']:.0e}): the most fusing can give "
                     "these cores", ceiling["speedup"], "as it is"))
        if torch.cuda.is_available():
            b, more = bench_search_gpu(args.quick, range(args.search_seeds))
            report["search_resnet32_gpu"] = b
            rows += more
        else:
            rows.append(("6. resnet32, CIFAR-shaped, GPU: fused search", "skipped: no CUDA here", None, ""))

    width = max(len(r[0]) for r in rows) if rows else 0
    print(f"memstudy benchmark on {report['machine']['platform']}, {report['machine']['cpus']} CPUs, torch {torch.__version__}")
    for name, detail, value, target in rows:
        shown = "" if value is None else (f"{value:.2f}" if abs(value) >= 0.1 or value == 0 else f"{value:.3f}")
        print(f"{name:<{width}}  {shown:>7}  target {target:<10} {detail}")
    Path(args.json).write_text(json.dumps(report, indent=2, default=str))
    print(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
