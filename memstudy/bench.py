"""Benchmark (not a test): `python -m memstudy.bench` measures side by side in one run and prints ratios.

1. memstudy's training loop against the usual DataLoader loop (same model, data, steps).
2. The digits MLP training step as a share of this machine's measured float32 matmul peak.
3. Ray Tune scheduling overhead of a study of short trials.
4. GPU epoch times alone and shared (fractional allocation), bf16 and channels-last; skipped without a GPU.
5. Batched trials (one stacked computation for trials sharing model, data and data order) against
   the same trials run one after another, with their metrics compared epoch by epoch (they agree to
   rounding; training amplifies that over the epochs, as on two machines).

Targets (issue 6) are printed beside each figure; a JSON copy goes to --json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
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

from memstudy.config import TrialConfig
from memstudy.data import build_dataset
from memstudy.losses import build_loss
from memstudy.models import build_model
from memstudy.train import train_epoch

TARGETS = {"loop_speedup": 1.4, "peak_share": 0.45, "schedule_efficiency": 0.85, "overhead_per_trial_s": 1.5,
           "batched_speedup_cnn": 1.5}


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
        loss = F.cross_entropy(model(xb), yb)
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
    loss_fn = build_loss("cce")
    loader = DataLoader(TensorDataset(ds.x_train, ds.y_train), batch_size=batch_size, shuffle=True)
    gen = torch.Generator().manual_seed(0)
    n = ds.x_train.shape[0]

    def ours():
        for _ in range(epochs):
            train_epoch(model_ours, opt_ours, loss_fn, ds.x_train, ds.y_train, batch_size, gen)

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

def bench_scheduling(num_trials=16, epochs=120) -> dict:
    """Wall time of a study of short trials through Ray Tune against the trials' own times / concurrency.

    Also splits the overhead: the one-off start (until the first trial runs: Tune's setup and a new
    worker process per concurrent trial, which imports torch), and the steady-state gap between one
    trial's end and the next trial's start on a reused worker.
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
        "trial": {"dataset": "synthetic", "dataset_params": {"n_train": 2048, "shape": [64]}, "model": "mlp",
                  "model_params": {"hidden": [128]}, "epochs": epochs, "optimizer": "adam", "lr": 0.001},
        "grid": {"seed": list(range(num_trials))}, "resources": {"cpu": 1}})
    try:
        t0 = time.time()
        tick = time.perf_counter()
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
            "schedule_efficiency": ideal / wall, "overhead_per_trial_s": (wall * concurrency - own) / num_trials}


# ---------------------------------------------------------------- 4: GPU

def _gpu_epoch(n=10000, bf16=False, channels_last=False, epochs=2, device="cuda", model="resnet32") -> float:
    """Seconds per epoch of a model (resnet32) on CIFAR-10-shaped data already on the device (best of
    `epochs` after one warm-up epoch)."""
    device = torch.device(device)
    sync = torch.cuda.synchronize if device.type == "cuda" else (lambda: None)
    torch.manual_seed(0)
    x = torch.randn(n, 3, 32, 32, device=device)
    y = torch.randint(0, 10, (n,), device=device)
    model = build_model(model, (3, 32, 32), 10).to(device)
    if channels_last:
        model = model.to(memory_format=torch.channels_last)
        x = x.contiguous(memory_format=torch.channels_last)
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    autocast = torch.autocast(device.type, dtype=torch.bfloat16, enabled=bf16)
    gen = torch.Generator().manual_seed(0)
    times = []
    for _ in range(epochs + 1):
        sync()
        tick = time.perf_counter()
        train_epoch(model, opt, build_loss("cce"), x, y, 128, gen, autocast=autocast)
        sync()
        times.append(time.perf_counter() - tick)
    return min(times[1:])


class _GpuUtilisation:
    """Samples nvidia-smi's utilisation.gpu in the background while a block runs."""

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
                self.samples.append(float(out[0]))
            except (OSError, ValueError, IndexError, subprocess.SubprocessError):
                return

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    @property
    def mean(self):
        return statistics.mean(self.samples) if self.samples else None


GPU_SETTINGS = [(bf16, cl) for bf16 in (False, True) for cl in (False, True)]  # (bfloat16 autocast, channels-last)


def _setting(bf16, cl) -> str:
    return f"bf16={bf16},channels_last={cl}"


def bench_gpu(device="cuda", n=10000, epochs=2, declare_gpus=None, model="resnet32") -> dict:
    """Epoch times of `model` alone in each setting, then 2 and 4 trials sharing one GPU through
    Ray's fractional allocation (as a study's `resources: {gpu: 0.5}` does), in the slowest and the
    fastest setting; nvidia-smi's utilisation is sampled throughout.

    `device="cpu"` with `declare_gpus=1` (a logical GPU declared to a local Ray) and a small model
    runs the same code without a GPU: that checks the code, not the figures.
    """
    if device == "cuda" and not torch.cuda.is_available():
        return {"skipped": "no CUDA GPU on this machine"}
    out = {"device": torch.cuda.get_device_name(0) if device == "cuda" else device, "model": model, "images": n,
           "alone": {}}
    for bf16, cl in GPU_SETTINGS:
        with _GpuUtilisation() as util:
            seconds = _gpu_epoch(n, bf16, cl, epochs, device, model)
        out["alone"][_setting(bf16, cl)] = {"epoch_s": seconds, "gpu_util_pct": util.mean}
    try:
        import ray
    except ImportError:
        out["shared"] = "skipped: Ray is not installed"
        return out
    from memstudy.run import init_ray

    started_here = init_ray(declare_gpus)
    try:
        out["shared"] = {}
        for k in (2, 4):
            task = ray.remote(num_gpus=1 / k, num_cpus=0)(_gpu_epoch)
            for bf16, cl in (GPU_SETTINGS[0], GPU_SETTINGS[-1]):
                with _GpuUtilisation() as util:
                    tick = time.perf_counter()
                    each = ray.get([task.remote(n, bf16, cl, epochs, device, model) for _ in range(k)])
                    wall = time.perf_counter() - tick
                out["shared"][f"{k} trials at {1 / k:g} GPU, {_setting(bf16, cl)}"] = {
                    "epoch_s_each": each, "wall_s": wall, "gpu_util_pct": util.mean,
                    "epochs_per_s_total": k / max(each)}
    finally:
        if started_here:
            ray.shutdown()
    return out


def gpu_rows(gpu: dict) -> list[tuple]:
    """The report's rows for bench_gpu's result: (name, detail, value, unit or target)."""
    if "skipped" in gpu:
        return [("4. GPU epoch times", f"skipped: {gpu['skipped']}", None, "")]

    def util(r):
        return "GPU util " + ("n/a" if r["gpu_util_pct"] is None else f"{r['gpu_util_pct']:.0f}%")

    rows = [(f"4. {gpu['model']} epoch alone, {name}", util(r), r["epoch_s"], "s") for name, r in gpu["alone"].items()]
    if isinstance(gpu["shared"], str):  # skipped, and why
        return rows + [("4. trials sharing one GPU", gpu["shared"], None, "")]
    return rows + [(f"4. {name}", util(r), r["epochs_per_s_total"], "epochs/s total") for name, r in gpu["shared"].items()]


# ---------------------------------------------------------------- 5: batched trials

def bench_batched(model="small_cnn", epochs=6, repeats=2) -> dict:
    """Trial-epochs per second of one batched computation against the same trials run separately."""
    from memstudy.batched import batchable_key, run_batched, run_separately

    grid = [TrialConfig(dataset="digits", model=model, loss=loss, loss_params=params, eta=eta, epochs=epochs,
                        optimizer="adam", lr=1e-3, batch_size=64, seed=0)
            for loss, params in (("cce", {}), ("mse", {}), ("rll", {"alpha": 0.1}), ("nmse", {}))
            for eta in (0.0, 0.2, 0.4, 0.6)]
    assert len({batchable_key(c) for c in grid}) == 1
    t_sep, t_bat = [], []
    for _ in range(repeats):
        # Both write every trial's files (config, labels, status, TensorBoard), as in a study.
        with tempfile.TemporaryDirectory() as folder:
            dirs = [Path(folder) / f"sep{i}" for i in range(len(grid))]
            tick = time.perf_counter()
            separate = run_separately(grid, dirs)
            t_sep.append(time.perf_counter() - tick)
            dirs = [Path(folder) / f"bat{i}" for i in range(len(grid))]
            tick = time.perf_counter()
            batched = run_batched(grid, dirs)
            t_bat.append(time.perf_counter() - tick)
    # Largest difference of any metric (timings aside) between the two, epoch by epoch (0: untrained).
    worst = [max(abs(a[m] - b[m]) for sa, sb in zip(separate, batched) for a, b in [(sa[e], sb[e])]
                 for m in a if m in b and isinstance(a[m], float) and a[m] == a[m] and not m.startswith("time/"))
             for e in range(epochs + 1)]
    trial_epochs = len(grid) * epochs
    return {"model": model, "trials": len(grid), "epochs": epochs,
            "separate_trial_epochs_per_s": trial_epochs / _best(t_sep),
            "batched_trial_epochs_per_s": trial_epochs / _best(t_bat), "speedup": _best(t_sep) / _best(t_bat),
            "max_metric_difference": max(worst), "max_metric_difference_by_epoch": worst}


# ---------------------------------------------------------------- the report

def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m memstudy.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--json", default="bench.json", help="where to write the figures (default bench.json)")
    parser.add_argument("--skip", nargs="*", default=[], choices=["loop", "schedule", "gpu", "batched"])
    parser.add_argument("--quick", action="store_true", help="fewer repeats (a smoke run of the benchmark)")
    parser.add_argument("--schedule-trials", type=int, default=16, metavar="N",
                        help="trials in the Ray Tune scheduling study of item 3 (default 16)")
    args = parser.parse_args(argv)
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
    if "gpu" not in args.skip:
        report["gpu"] = bench_gpu()
        rows += gpu_rows(report["gpu"])
    if "batched" not in args.skip:
        for model in ("small_cnn", "mlp"):
            b = bench_batched(model=model, epochs=2 if args.quick else 6, repeats=1 if args.quick else 2)
            report[f"batched_{model}"] = b
            rows.append((f"5. batched trials vs separate ({model}, {b['trials']} trials)",
                         f"{b['batched_trial_epochs_per_s']:.1f} vs {b['separate_trial_epochs_per_s']:.1f} trial-epochs/s, "
                         f"max metric diff {b['max_metric_difference_by_epoch'][1]:.0e} after epoch 1, "
                         f"{b['max_metric_difference_by_epoch'][-1]:.0e} after epoch {b['epochs']}", b["speedup"],
                         f">= {TARGETS['batched_speedup_cnn']}x" if model == "small_cnn" else "as it is"))

    width = max(len(r[0]) for r in rows) if rows else 0
    print(f"memstudy benchmark on {report['machine']['platform']}, {report['machine']['cpus']} CPUs, torch {torch.__version__}")
    for name, detail, value, target in rows:
        shown = "" if value is None else (f"{value:.2f}" if value >= 0.1 or value == 0 else f"{value:.3f}")
        print(f"{name:<{width}}  {shown:>7}  target {target:<10} {detail}")
    Path(args.json).write_text(json.dumps(report, indent=2, default=str))
    print(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
