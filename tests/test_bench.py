"""The benchmark runs end to end (--quick) and writes every item; speeds are reported, not asserted."""

import json

import torch

from memstudy import bench


def test_quick_benchmark_writes_every_item(tmp_path, capsys):
    out = tmp_path / "bench.json"
    threads = torch.get_num_threads()
    try:
        assert bench.main(["--quick", "--json", str(out)]) == 0
    finally:
        torch.set_num_threads(threads)
    report = json.loads(out.read_text())
    assert report["loop_1_threads"]["loop_speedup"] > 0 and 0 < report["peak"]["peak_share"] < 1.5
    sched = report["schedule"]
    assert sched["finished"] == sched["trials"] == 4 and sched["schedule_efficiency"] > 0
    assert ("skipped" in report["gpu"]) == (not torch.cuda.is_available())
    for model in ("small_cnn", "mlp"):
        batched = report[f"batched_{model}"]
        # Equal to rounding after an epoch; later epochs amplify it (reported, not asserted).
        assert batched["speedup"] > 0 and batched["max_metric_difference_by_epoch"][1] < 1e-5
    printed = capsys.readouterr().out
    for item in ("1. training loop", "2. share of float32", "3. Ray Tune study efficiency", "4. GPU", "5. batched"):
        assert item in printed


def test_gpu_item_runs_its_code_on_the_cpu_with_a_declared_gpu():
    # No GPU here: the same code (epochs alone in every setting, then 2 and 4 trials sharing one GPU
    # through Ray's fractional allocation) runs on the CPU, for a small model, against a logical GPU
    # declared to Ray.
    out = bench.bench_gpu(device="cpu", n=32, epochs=1, declare_gpus=1, model="small_cnn")
    assert set(out["alone"]) == {bench._setting(b, c) for b, c in bench.GPU_SETTINGS}
    assert all(r["epoch_s"] > 0 and r["gpu_util_pct"] is None for r in out["alone"].values())
    shared = out["shared"]
    assert len(shared) == 4
    for k in (2, 4):
        runs = [r for name, r in shared.items() if name.startswith(f"{k} trials at {1 / k:g} GPU")]
        assert len(runs) == 2 and all(len(r["epoch_s_each"]) == k and r["epochs_per_s_total"] > 0 for r in runs)
    rows = bench.gpu_rows(out)  # as the report prints them
    assert len(rows) == 8 and all(value > 0 and "GPU util n/a" == detail for _, detail, value, _ in rows)
    assert bench.gpu_rows({**out, "shared": "skipped: Ray is not installed"})[-1][1] == "skipped: Ray is not installed"
