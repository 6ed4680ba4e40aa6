"""On a CUDA GPU only (skipped elsewhere): what `memstudy check` checks, as tests. For each paper
architecture at the paper's shapes: steps replayed as CUDA graphs against eager ones, fused against
alone, within the precision's tolerance (cuDNN's kernels, channels-last, the fused CUDA optimisers),
a member leaving, a resume; the memory measured in a child process against what a group really used;
the driver left without a CUDA context."""

import copy
import dataclasses
import json
import subprocess
import sys

import pytest
import torch

from helpers import REPO
from memstudy import metrics as M
from memstudy.check import (GRAPH_TOLERANCE, PAPER, SIZES, check_model, deterministic_cudnn, member_network,
                            network_gap, recipe)
from memstudy.config import parse_study
from memstudy.memory import member_memory
from memstudy.run import fused_groups
from memstudy.train import STATUS_FILE, run_trials

pytestmark = pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")

RESNET32 = {"dataset": "synthetic", "dataset_params": {"n_train": 2048, "n_test": 512, "shape": [3, 32, 32],
                                                        "num_classes": 10},
            "model": "resnet32", "epochs": 2, "batch_size": 128, "eval_batch_size": 1024, "device": "cuda",
            "data_seed": 0}


@pytest.mark.parametrize("precision", ["fp32", "bf16"])
@pytest.mark.parametrize("model", list(PAPER))
def test_check_passes_for_each_paper_architecture(model, precision):
    row = check_model(model, "paper", precision, members=4)
    assert row["ok"], row["problems"]
    assert isinstance(row["group_size"], int) and row["group_size"] >= 4


def test_member_memory_is_measured_in_a_child_and_bounds_a_real_group():
    cfg = parse_study({"name": "m", "trial": RESNET32}).trials[0]
    per_member, fixed, measured = member_memory(cfg)
    assert 1 << 20 < per_member < 4 << 30 and fixed > 0 and measured["total_memory"] > 0
    torch.cuda.synchronize()
    torch.cuda.empty_cache()
    torch.cuda.reset_peak_memory_stats()
    before = torch.cuda.memory_reserved()  # a CUDA graph's pool is reserved, not allocated
    run_trials([dataclasses.replace(cfg, seed=s) for s in range(4)])
    used = torch.cuda.max_memory_reserved() - before
    assert used <= (fixed + 4 * per_member) / 0.9, (used, fixed, per_member)


def test_sizing_groups_leaves_the_driver_without_a_cuda_context():
    code = ("import torch; from memstudy.config import parse_study; from memstudy.run import fused_groups; "
            f"spec = parse_study({{'name': 'g', 'trial': {RESNET32!r}, 'batch_trials': True, "
            "'resources': {'gpu': 'auto'}, 'grid': {'loss': ['cce', 'mse'], 'eta': [0.0, 0.2, 0.4, 0.6]}}); "
            "print([len(g) for g in fused_groups(spec, 1.0)], torch.cuda.is_initialized())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=600)
    assert out.stdout.strip().splitlines()[-1] == "[8] False", out.stdout + out.stderr


def test_batch_trials_true_fills_the_gpu():
    spec = parse_study({"name": "g", "trial": RESNET32, "batch_trials": True, "resources": {"gpu": "auto"},
                        "grid": {"loss": ["cce", "mse"], "eta": [0.0, 0.2, 0.4, 0.6]}})
    groups = fused_groups(spec, float(torch.cuda.device_count()))
    assert [len(g) for g in groups] == [8]  # eight small resnet32 members fit in any GPU's memory


def test_tf32_changes_cudnn_convolutions_and_fp32_does_not():
    # precision fp32 turns PyTorch's TF32 default for cuDNN convolutions off: on GPUs with TF32
    # (Ampere and later) an fp32 run and a tf32 run differ.
    cfg = parse_study({"name": "p", "trial": {**RESNET32, "epochs": 1}}).trials[0]
    fp32 = run_trials([cfg])[0][-1]
    tf32 = run_trials([dataclasses.replace(cfg, precision="tf32")])[0][-1]
    if torch.cuda.get_device_capability()[0] >= 8:
        assert fp32[M.TRAIN_LOSS] != tf32[M.TRAIN_LOSS]


@pytest.mark.parametrize("model", list(PAPER))
def test_a_trial_alone_replays_its_steps_as_a_cuda_graph_and_trains_as_eager_epoch_by_epoch(tmp_path, model):
    # Few steps (520 images: 3 eager warm-up steps, replays, a last batch of 8), deterministic cuDNN:
    # the same kernels on the same numbers (see memstudy.check's SIZES for why few steps).
    cfg = recipe(model, "paper", "fp32", "cuda")
    cfg = dataclasses.replace(cfg, epochs=3, loss="rll", loss_params={"alpha": 0.5}, eta=0.4,
                              dataset_params={**cfg.dataset_params, "n_train": SIZES["paper"]["equal_n"]})
    runs = {}
    for graphs in (True, False):
        states = {}
        with deterministic_cudnn():
            run_trials([dataclasses.replace(cfg, cuda_graphs=graphs)], [tmp_path / str(graphs)],
                       on_epoch=lambda m, s: s and states.__setitem__(s["epoch"], copy.deepcopy(s)))
        runs[graphs] = states
        step = json.loads((tmp_path / str(graphs) / STATUS_FILE).read_text())["training_step"]
        assert step["mode"] == ("cuda_graph" if graphs else "eager"), step
        assert step["gpu_peak_bytes"] > 0
    for epoch in (1, 2, 3):
        gap = network_gap(member_network(runs[False][epoch], 0), member_network(runs[True][epoch], 0))
        assert gap <= GRAPH_TOLERANCE, (epoch, gap)
