"""batch_trials: true on a GPU, without one: the arithmetic of a member's memory, groups sized from an
injected measurement, and the fallback when the real child process cannot measure (as here: no CUDA)."""

import dataclasses

import pytest

from memstudy.config import TrialConfig, parse_study
from memstudy.memory import FALLBACK_GROUP, MemoryProbeError, measure_in_child, member_cost, member_memory, plan_groups_on_gpu
from memstudy.run import fused_groups, gpu_share

GIB = 2**30
RESNET32 = {"dataset": "synthetic", "dataset_params": {"n_train": 64, "n_test": 32, "shape": [3, 8, 8]},
            "model": "resnet32", "epochs": 1, "batch_size": 16, "data_seed": 0}


def measured(one=3 * GIB, two=4 * GIB, total=80 * GIB, n_train=50_000, n_test=10_000, numel=3072, classes=10):
    """What the child reports for peaks of `one` and `two` members."""
    return {"device": "a GPU", "total_memory": total, "peaks": [one, two], "num_train": n_train, "num_test": n_test,
            "example_numel": numel, "num_classes": classes}


def test_a_members_cost_is_the_measured_step_plus_its_labels_and_logits():
    per_member, fixed = member_cost(measured())
    # One more member: 1 GiB of step and evaluation, its int64 noisy labels and online predictions
    # (train three times: labels, the steps' buffer and the epoch's copy; test once: 160,000 x 8 B)
    # and its float32 logits (train twice, test once: 110,000 x 10 classes x 4 B).
    assert per_member == GIB + 160_000 * 8 + 110_000 * 10 * 4
    # The group besides: the 1-member peak less one member's step, the dataset (float32 images of
    # 3,072 values and an int64 clean label each) and the epoch's order and crop draws (4 x int64).
    assert fixed == 2 * GIB + 60_000 * (3072 * 4 + 8) + 50_000 * 32
    # A second member that costs nothing measurable still costs its labels and logits.
    assert member_cost(measured(two=3 * GIB))[0] == 160_000 * 8 + 110_000 * 40


def test_groups_are_sized_from_the_measurement_once_per_architecture():
    spec = parse_study({"name": "g", "trial": RESNET32, "batch_trials": True, "resources": {"gpu": "auto"},
                        "grid": {"loss": ["cce", "mse"], "seed": list(range(20))}})
    calls, lines = [], []

    def probe(cfg):
        calls.append(cfg.model)
        return measured(one=2 * GIB, two=3 * GIB, total=16 * GIB, n_train=64, n_test=32, numel=192)

    plan = plan_groups_on_gpu(spec.trials, lambda n: gpu_share("auto", n, 1.0), probe, lines.append)
    assert calls == ["resnet32"]  # 40 trials of one recipe: measured once
    # (0.9 x 16 GiB - 1 GiB) / (1 GiB + a little) = 13 members; 40 trials in 4 groups sharing the GPU
    # (auto: up to 4) get 0.9 x 4 GiB each: 2 members, so 20 groups of 2 (then 4 share per GPU, the
    # same 2 fit, and the shares settle).
    assert [len(g) for g in plan] == [2] * 20
    assert lines == ["memstudy: batch_trials: a resnet32 member (synthetic, batch 16, fp32) takes 1.00 GiB on a GPU, "
                     "a group 1.00 GiB besides"]


def test_a_failed_measurement_is_said_and_groups_fall_back_to_a_stated_size():
    spec = parse_study({"name": "g", "trial": RESNET32, "batch_trials": True, "resources": {"gpu": "auto"},
                        "grid": {"seed": list(range(10))}})

    def out_of_memory(cfg):
        raise MemoryProbeError("OutOfMemoryError: CUDA out of memory")

    lines = []
    plan = plan_groups_on_gpu(spec.trials, lambda n: 1.0, out_of_memory, lines.append)
    assert [len(g) for g in plan] == [4, 3, 3] and FALLBACK_GROUP == 4
    assert lines == ["memstudy: batch_trials: could not measure a resnet32 member's GPU memory (OutOfMemoryError: "
                     "CUDA out of memory); fused groups of at most 4 trials"]


def test_the_real_child_says_it_sees_no_cuda_and_a_study_falls_back(capsys):
    # No injection: the measuring process runs (here, without CUDA) and answers why it cannot measure;
    # a driver on a GPU-less head node of a cluster gets the same fallback, and the study goes on.
    cfg = TrialConfig(**RESNET32)
    with pytest.raises(MemoryProbeError, match="sees no CUDA GPU"):
        measure_in_child(cfg)
    with pytest.raises(MemoryProbeError, match="trials run on the CPU"):
        measure_in_child(dataclasses.replace(cfg, device="cpu"))
    spec = parse_study({"name": "g", "trial": RESNET32, "batch_trials": True, "resources": {"gpu": "auto"},
                        "grid": {"seed": list(range(6))}})
    groups = fused_groups(spec, gpus=0.0, cluster=True)
    assert [len(g) for g in groups] == [3, 3]
    assert "could not measure a resnet32 member's GPU memory (the driver's machine sees no CUDA GPU" in capsys.readouterr().out
    # Without a GPU anywhere (no cluster), the CPU's groups, and nothing is measured.
    assert [len(g) for g in fused_groups(spec, gpus=0.0)] == [6]


def test_a_child_that_dies_is_a_probe_error(monkeypatch):
    # A crash of the measuring process (here: it cannot even start Python's module) is reported, not raised as is.
    monkeypatch.setattr("memstudy.memory.sys.executable", "/bin/false")
    with pytest.raises(MemoryProbeError, match="the measuring process failed: exit status 1"):
        measure_in_child(TrialConfig(**RESNET32))


def test_member_memory_gives_the_cost_and_what_was_measured():
    per_member, fixed, raw = member_memory(TrialConfig(**RESNET32), lambda cfg: measured())
    assert (per_member, fixed) == member_cost(measured()) and raw["total_memory"] == 80 * GIB


@pytest.mark.parametrize("model", ["inception_lite", "resnet32", "resnet18"])
def test_the_measured_step_is_the_trials_own_and_runs_here(model):
    # What the child runs on a GPU, run on the CPU (CUDA's allocator is what counts the bytes, so
    # the peaks are None here): the trials' own network, step and evaluation, for 1 and 2 members.
    from memstudy.memory import measure

    shape = [1, 8, 8] if model == "resnet18" else [3, 8, 8]
    cfg = TrialConfig(**{**RESNET32, "model": model, "augment": True, "precision": "bf16", "eval_batch_size": 8,
                         "dataset_params": {"n_train": 24, "n_test": 12, "shape": shape, "num_classes": 5}})
    out = measure(cfg, device="cpu")
    assert out == {"device": "cpu", "total_memory": None, "peaks": [None, None], "num_train": 24, "num_test": 12,
                   "example_numel": 64 * shape[0], "num_classes": 5}
