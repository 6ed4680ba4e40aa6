"""The benchmark runs end to end (--quick) and writes every item; speeds are reported, not asserted."""

import json

import pytest
import torch

from memstudy import bench
from memstudy.config import PRESETS


@pytest.mark.slow  # about 105 s: the default run keeps test_gpu_item_runs_its_code_on_the_cpu...
@pytest.mark.subprocess
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
    load = report["schedule_load"]
    assert load["finished"] == load["trials"] == 8 and load["epochs"] == 1 and load["driver_peak_rss_mib"] > 50
    assert ("skipped" in report["gpu"]) == (not torch.cuda.is_available())
    for model in ("small_cnn", "mlp"):
        fused = report[f"fused_{model}"]
        # Equal to rounding after an epoch; later epochs amplify it (reported, not asserted).
        assert fused["speedup"] > 0 and fused["max_metric_difference_by_epoch"][1] < 1e-4
    # Batch norm and Adam amplify float32 rounding within the first epoch already (as running the same
    # trial on 1 or 2 threads does): reported, not asserted; test_fused.py pins the contract.
    assert report["fused_resnet32"]["speedup"] > 0
    # Item 6: the same search unfused and fused, per search seed, in one Ray session timed apart.
    search = report["search_small_cnn"]
    assert search["seeds"] == [0, 1] and search["ray_start_s"] > 0 and search["warm_up_s"] > 0
    for kind in ("unfused", "fused"):
        runs = search["runs"][kind]
        assert [r["seed"] for r in runs] == [0, 1]
        for r in runs:
            assert r["finished"] + r["failed"] == 4 and r["failed"] == 0
            # Every trial trained at least to the first rung (epoch 1) and at most the 4 epochs.
            assert 4 <= r["trial_epochs"] <= 16 and {int(e) for e in r["stopped_at"]} <= {1, 2}  # JSON: str keys
            assert 0.001 <= r["best_alpha"] <= 10 and 0 < r["best_final_j2"] <= 1
        assert search[kind]["spread_best_final_j2"] == pytest.approx(
            max(r["best_final_j2"] for r in runs) - min(r["best_final_j2"] for r in runs))
    # Each seed is its own search: different proposals, so (almost surely) a different best alpha.
    assert len({r["best_alpha"] for r in search["runs"]["unfused"]}) == 2
    assert search["best_j2_mean_difference"] == pytest.approx(
        search["fused"]["mean_best_final_j2"] - search["unfused"]["mean_best_final_j2"])
    # The same search without ASHA (one seed): every member trains every epoch, groups stay full.
    full = report["search_small_cnn_full_groups"]
    assert full["asha"] is None and full["seeds"] == [0]
    assert [(r["trial_epochs"], r["stopped_at"]) for kind in ("unfused", "fused") for r in full["runs"][kind]] == \
        [(16, {}), (16, {})]
    assert full["refill_bound"] == pytest.approx(
        full["fused"]["trial_epochs_per_training_s"] / search["fused"]["trial_epochs_per_training_s"])
    # The same search trained longer (10 epochs in --quick) with the study files' ASHA: grace a fifth of them, 3.
    long = report["search_small_cnn_long"]
    assert (long["epochs"], long["asha"], long["seeds"]) == (10, {"grace_period": 2, "reduction_factor": 3}, [0])
    for r in long["runs"]["unfused"] + long["runs"]["fused"]:
        assert r["finished"] == 4 and 8 <= r["trial_epochs"] <= 40 and {int(e) for e in r["stopped_at"]} <= {2, 6}
    ceiling = report["search_small_cnn_ceiling"]
    assert (ceiling["trials"], ceiling["epochs"], ceiling["group"], ceiling["concurrency"]) == (4, 4, 2, 2)
    assert ceiling["fused"]["trial_epochs"] == ceiling["separate"]["trial_epochs"] == 16
    printed = capsys.readouterr().out
    for item in ("1. training loop", "2. share of float32", "3. Ray Tune study efficiency", "at load: overhead per trial", "4. GPU", "5. fused",
                 "6. small_cnn on digits, CPU: Ray's start", "fused / unfused (trial-epochs/s ratio)",
                 "search seed 1, best final J2 unfused / fused", "best final J2, fused mean - unfused mean",
                 "no ASHA (groups stay full): fused search", "fused, groups full / groups ASHA empties",
                 "fused / separate without Tune (the ceiling)", "a long search (the study files' ASHA): fused / unfused"):
        assert item in printed


@pytest.mark.subprocess
def test_gpu_item_runs_its_code_on_the_cpu_with_a_declared_gpu():
    # No GPU here: the same code (one trial alone, 4 sharing one GPU through Ray's fractional
    # allocation, fused groups, the paper projection) runs on the CPU, for small images, against a
    # logical GPU declared to Ray. The memory fit needs CUDA and is left out.
    out = bench.bench_gpu(device="cpu", models=["resnet32"], sizes=(2, 4), epochs=2, n_train=48, n_test=16,
                          shape=(3, 8, 8), declare_gpus=1)
    row = out["models"]["resnet32"]
    assert row["alone"]["trials"] == 1 and row["alone"]["trial_epochs_per_s"] > 0
    assert len(row["shared_4"]["epoch_s_each"]) == 4 and row["shared_4"]["trial_epochs_per_s"] > 0
    assert sorted(row["fused"]) == [2, 4] and all(r["trials"] == size for size, r in row["fused"].items())
    assert all(r["gpu_util_pct"] is None for r in row["fused"].values())  # no nvidia-smi here
    # The projection: each paper row (28 trials x the recipe's 200 epochs of 50,000 images) at the
    # best measured rate, measured on epochs of 48 images.
    best = max(r["trial_epochs_per_s"] for r in row["fused"].values())
    assert out["paper_gpu_hours"]["fused"] == pytest.approx(28 * 200 * (50_000 / 48) / best / 3600)
    assert out["paper_gpu_hours"]["all_paper_models"] is False
    rows = bench.gpu_rows(out)  # as the report prints them
    assert [name for name, *_ in rows] == [
        "4. resnet32 one trial alone (trial-epochs/s)", "4. resnet32 4 trials sharing the GPU through Ray",
        "4. resnet32 fused 2 (trial-epochs/s)", "4. resnet32 fused 4 (trial-epochs/s)",
        "4. studies/paper.yaml projected GPU-hours (these models only)"]
    assert rows[3][3] == ">= 10x alone" and rows[-1][3] == "<= 2 h"
    assert bench.gpu_rows({"skipped": "no CUDA GPU on this machine"})[0][1] == "skipped: no CUDA GPU on this machine"


@pytest.mark.subprocess
def test_gpu_search_item_runs_its_code_on_the_cpu_with_a_declared_gpu():
    # Item 6's GPU rows (a ResNet-32 search, unfused and fused, `gpu: auto`, and the projection of
    # studies/paper_alpha.yaml) on the CPU, for small images, against a logical GPU declared to Ray.
    b, rows = bench.bench_search_gpu(True, range(1), device="cpu", declare_gpus=1, n_train=48, n_test=16,
                                     shape=(3, 8, 8), trials=2, group=2, concurrency=1)
    assert b["model"] == "resnet32" and b["group"] == 2 and b["warm_up_s"] > 0  # untimed, before the runs
    for kind in ("unfused", "fused"):
        assert [(r["finished"], r["failed"], r["trial_epochs"]) for r in b["runs"][kind]] == [(2, 0, 4)]
    # The projection needs neither MNIST nor CIFAR-10 here: 9 cells x 16 trials, each recipe's epochs
    # and data size at the measured rate.
    epochs = {m: PRESETS[bench.PAPER[m][0]]["epochs"] for m in ("inception_lite", "resnet32", "resnet18")}
    sizes = {m: bench.PAPER[m][2] for m in epochs}
    hours = sum(3 * 16 * epochs[m] * sizes[m] / 48 for m in epochs) / b["fused"]["trial_epochs_per_s"] / 3600
    assert (b["paper_alpha"]["cells"], b["paper_alpha"]["trials"]) == (9, 144)
    assert b["paper_alpha"]["gpu_hours"] == pytest.approx(hours)
    assert [name for name, *_ in rows][-1] == "   studies/paper_alpha.yaml projected GPU-hours, fused"
    assert any(name == "   resnet32, CIFAR-shaped, GPU: fused / unfused (wall time ratio)" and target == ">= 8.0x"
               for name, _, _, target in rows)


def test_paper_trials_are_the_paper_rows():
    trials = bench.paper_trials("resnet32", bench.PAPER_ROW, device="cpu")
    assert len(trials) == 28 and len({(t.loss, json.dumps(t.loss_params), t.eta) for t in trials}) == 28
    assert {(t.lr, t.epochs, t.weight_decay, t.lr_milestones) for t in trials} == {(0.1, 2, 1e-4, (100, 150))}
    assert trials[0].dataset_params == {"n_train": 50_000, "n_test": 10_000, "shape": [3, 32, 32], "num_classes": 10}


@pytest.mark.subprocess
def test_ceiling_trains_the_same_trials_fused_and_one_by_one_in_parallel_processes():
    # Item 6's ceiling: 4 trials in groups of 2, two processes at once, each with one group; the
    # figures are what the processes trained (their histories), not what they were given.
    c = bench.bench_ceiling(trials=4, epochs=2, group=2, concurrency=2)
    for mode in ("separate", "fused"):
        assert c[mode]["trial_epochs"] == 4 * 2 and len(c[mode]["process_s"]) == 2
        assert c[mode]["wall_s"] == max(c[mode]["process_s"]) > 0  # from the common start to the last one's end
        assert c[mode]["trial_epochs_per_s"] == pytest.approx(8 / c[mode]["wall_s"])
    assert c["speedup"] == pytest.approx(c["separate"]["wall_s"] / c["fused"]["wall_s"])
    # The same trials both ways: each one's final J2 as fused trials agree, to rounding.
    assert c["max_final_j2_difference"] < 1e-3
    with pytest.raises(ValueError, match="fewer than 2 processes busy"):
        bench.bench_ceiling(trials=2, epochs=1, group=2, concurrency=2)
