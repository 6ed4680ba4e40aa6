"""The GPU's code paths, run on the CPU: channels-last networks, bf16 autocast and the fused
optimisers inside run_trials for every architecture (fused against alone, a member removed, a
resume); the precision's backend flags; the augmentation's one copy per epoch; groups.py free of
the training code. What only CUDA runs (cuDNN's kernels, the memory measurement) is in test_gpu.py."""

import dataclasses
import json
import subprocess
import sys

import pytest
import torch
from torch.overrides import TorchFunctionMode

from helpers import REPO
from memstudy.check import member_network, network_gap, run_states
from memstudy.config import TrialConfig, parse_study
from memstudy.errors import ConfigError
from memstudy.losses import build_loss
from memstudy.models import MODELS, build_model
from memstudy.train import epoch_generator, fused_loss, make_optimizer, run_trials, train_epoch

SHAPES = {"resnet18": [1, 8, 8], "mlp": [1, 8, 8], "small_cnn": [1, 8, 8]}
# Each optimiser's fused CPU kernel (PyTorch has fused SGD and Adam for the CPU), as the paper's recipes use them.
OPTIMISER = {"resnet18": dict(optimizer="adam", lr=1e-3), "mlp": dict(optimizer="adam", lr=1e-3)}


def recipe(model, precision, **over):
    values = {"dataset": "synthetic", "model": model, "epochs": 2, "batch_size": 16, "eval_batch_size": 32,
              "optimizer": "sgd", "lr": 0.05, "momentum": 0.9, "weight_decay": 5e-4, "data_seed": 0,
              "schedule": "exponential", "lr_gamma": 0.5, "precision": precision, "record_predictions": False,
              "dataset_params": {"n_train": 32, "n_test": 16, "shape": SHAPES.get(model, [3, 8, 8])}}
    return TrialConfig(**{**values, **OPTIMISER.get(model, {}), **over})


# fused against alone, relative difference of a member's whole network after each epoch
# (memstudy.check.TOLERANCE; measured here at most 3e-7 in fp32 and 3e-2 in bf16).
TOLERANCE = {"fp32": 1e-5, "bf16": 0.1}


@pytest.mark.parametrize("precision", ["fp32", "bf16"])
@pytest.mark.parametrize("model", sorted(MODELS))
def test_channels_last_group_on_the_cpu_is_its_trials_leaves_one_out_and_resumes(model, precision):
    """A fused channels-last group (the layout trials get on CUDA) with a member whose loss overflows:
    the others equal their trials alone, the failed one leaves, and a resume from epoch 1 ends
    exactly where the uninterrupted run did (optimiser state in the parameters' layout).

    Not run here: cuDNN's convolutions and CUDA's fused optimiser kernels. The CPU's own kernels
    (grouped convolutions, fused SGD and Adam, bf16 autocast) run the same code in their place;
    test_gpu.py runs this ground on CUDA."""
    base = recipe(model, precision)
    a = dataclasses.replace(base, loss="cce", eta=0.0, seed=0)
    boom = dataclasses.replace(base, loss="nce_rce", loss_params={"beta": 1e38}, eta=0.2, seed=1)
    b = dataclasses.replace(base, loss="mse", eta=0.4, seed=2)
    states, histories = run_states([a, boom, b], channels_last=True)
    assert [r["epoch"] for r in histories[1]] == [0] and states[2]["alive"] == [True, False, True]
    if "conv" in str(build_model(model, base.dataset_params["shape"], 4)):
        assert states[2]["model"][next(k for k in states[2]["model"] if k.endswith("weight"))].is_contiguous(
            memory_format=torch.channels_last)  # the layout really was channels-last
    for t, cfg in ((0, a), (2, b)):
        alone, _ = run_states([cfg], channels_last=True)
        for epoch in (1, 2):
            assert network_gap(alone[epoch]["model"], member_network(states[epoch], t)) <= TOLERANCE[precision], \
                (t, epoch)
    resumed, _ = run_states([a, boom, b], channels_last=True, start_state=states[1])
    for t in (0, 2):
        one, other = member_network(states[2], t), member_network(resumed[2], t)
        assert all(torch.equal(one[k], other[k]) for k in one), t


def test_channels_last_changes_only_the_layout():
    # On the CPU a channels-last trial trains as a contiguous one, to float32 summation order (a
    # layout bug, such as a member's channels taken from the wrong place, is off by about 1).
    cfg = recipe("resnet32", "fp32", epochs=1)
    cl, _ = run_states([cfg], channels_last=True)
    plain, _ = run_states([cfg], channels_last=False)
    assert network_gap(plain[1]["model"], cl[1]["model"]) < 1e-5
    assert cl[1]["model"]["stem.0.weight"].is_contiguous(memory_format=torch.channels_last)
    assert not plain[1]["model"]["stem.0.weight"].is_contiguous(memory_format=torch.channels_last)


@pytest.mark.parametrize("precision, flag", [("fp32", "ieee"), ("tf32", "tf32"), ("bf16", "ieee")])
def test_precision_sets_the_float32_flags_for_the_run_and_config_json_says_so(tmp_path, precision, flag):
    backends = {"cuda.matmul": torch.backends.cuda.matmul, "cudnn.conv": torch.backends.cudnn.conv}
    before = {name: b.fp32_precision for name, b in backends.items()}
    seen = []
    run_trials([recipe("small_cnn", precision, epochs=1)], [tmp_path],
               on_epoch=lambda m, s: seen.append({name: b.fp32_precision for name, b in backends.items()}))
    assert seen == [{"cuda.matmul": flag, "cudnn.conv": flag}] * 2  # epochs 0 and 1
    assert {name: b.fp32_precision for name, b in backends.items()} == before  # the caller's, back
    record = json.loads((tmp_path / "config.json").read_text())
    assert record["trial"]["precision"] == precision
    assert record["precision"] == {"precision": precision, "autocast": "bfloat16" if precision == "bf16" else None,
                                   "fp32_precision": {"cuda.matmul": flag, "cudnn.conv": flag}}
    assert record["channels_last"] is False  # the CPU's default


def test_precision_is_validated_and_fp32_is_the_default():
    assert TrialConfig().precision == "fp32"
    with pytest.raises(ConfigError, match=r"trial.precision: unknown precision 'fp16'.*allowed: fp32, tf32, bf16"):
        parse_study({"name": "p", "trial": {"precision": "fp16"}})


class _CountTo(TorchFunctionMode):
    """Counts Tensor.to calls (each one a host-to-device copy when the data lives on a GPU)."""

    def __init__(self):
        super().__init__()
        self.calls = 0

    def __torch_function__(self, func, types, args=(), kwargs=None):
        if func is torch.Tensor.to:
            self.calls += 1
        return func(*args, **(kwargs or {}))


def test_augmentation_copies_to_the_device_once_an_epoch_not_per_batch():
    cfg = recipe("small_cnn", "fp32", augment=True)
    model = build_model("small_cnn", (1, 8, 8), 4, seeds=[0])
    optimizer = make_optimizer(cfg, model.parameters())
    loss = fused_loss([build_loss("cce")], [0])
    counts = []
    for n in (32, 128):  # 2 and 8 batches
        x, labels = torch.randn(n, 1, 8, 8), torch.randint(0, 4, (1, n))
        with _CountTo() as mode:
            train_epoch(model, optimizer, loss, x, labels, 16, epoch_generator(cfg, 1), augment=True)
        counts.append(mode.calls)
    assert counts[0] == counts[1] <= 2, counts  # the order and the epoch's crops and flips


def test_groups_do_not_import_the_training_code():
    # The layout's circle is broken: planning groups needs no torch training code.
    code = "import sys, memstudy.groups; print('memstudy.train' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert out.stdout.strip() == "False", out.stderr
