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
        assert batched["speedup"] > 0 and batched["max_metric_difference"] < 3e-3
    printed = capsys.readouterr().out
    for item in ("1. training loop", "2. share of float32", "3. Ray Tune study efficiency", "4. GPU", "5. batched"):
        assert item in printed
