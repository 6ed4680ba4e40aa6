"""On a CUDA GPU only (skipped elsewhere): the memory one more fused member costs, and groups sized to fit."""

import dataclasses

import pytest
import torch

from memstudy.config import parse_study
from memstudy.groups import member_memory
from memstudy.run import fused_groups
from memstudy.train import run_trials

pytestmark = pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")

RESNET32 = {"dataset": "synthetic", "dataset_params": {"n_train": 2048, "n_test": 512, "shape": [3, 32, 32],
                                                        "num_classes": 10},
            "model": "resnet32", "epochs": 2, "batch_size": 128, "eval_batch_size": 1024, "device": "cuda"}


def test_member_memory_is_measured_and_grows_with_the_group():
    cfg = parse_study({"name": "m", "trial": RESNET32}).trials[0]
    per_member, fixed = member_memory(cfg)
    assert 1 << 20 < per_member < 4 << 30 and fixed > 0
    # A real group of 4 stays within what the measurement predicts (with the allocator's slack).
    torch.cuda.reset_peak_memory_stats()
    before = torch.cuda.memory_allocated()
    run_trials([dataclasses.replace(cfg, seed=s, data_seed=0) for s in range(4)])
    assert torch.cuda.max_memory_allocated() - before <= 1.5 * (fixed + 4 * per_member)


def test_batch_trials_true_fills_the_gpu():
    spec = parse_study({"name": "g", "trial": RESNET32, "batch_trials": True, "resources": {"gpu": "auto"},
                        "grid": {"loss": ["cce", "mse"], "eta": [0.0, 0.2, 0.4, 0.6]}})
    groups = fused_groups(spec, float(torch.cuda.device_count()))
    assert [len(g) for g in groups] == [8]  # eight small resnet32 members fit in any GPU's memory


def test_fused_cuda_group_equals_its_members_after_an_epoch():
    cfg = parse_study({"name": "m", "trial": {**RESNET32, "epochs": 1}}).trials[0]
    group = [dataclasses.replace(cfg, loss=loss, seed=s, data_seed=0) for s, loss in enumerate(["cce", "mse"])]
    fused = run_trials(group)
    for cfg, history in zip(group, fused):
        alone = run_trials([cfg])[0]
        assert history[-1]["train/loss"] == pytest.approx(alone[-1]["train/loss"], rel=1e-3)
