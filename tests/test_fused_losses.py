"""Fused groups in which a loss has several members beside other losses: each member's mean loss,
gradient and training are its own (a member's loss scaled by the size of its loss's run of members
would pass groups of one member per loss)."""

import dataclasses

import pytest
import torch

from memstudy.config import TrialConfig
from memstudy.layers import member_state
from memstudy.losses import build_loss
from memstudy.train import fused_loss, loss_key, run_trials

BASE = TrialConfig(dataset="synthetic", dataset_params={"n_train": 96, "n_test": 48, "shape": [1, 8, 8]},
                   model="mlp", model_params={"hidden": [16]}, epochs=1, batch_size=32, optimizer="sgd", lr=0.05,
                   momentum=0.9, data_seed=0, eta=0.4)


def group():
    """Runs of 3 (CCE), 2 (RLL alpha 0.1), then 1 (RLL alpha 1: another key) and 1 (MSE) members."""
    cce = [dataclasses.replace(BASE, loss="cce", seed=s) for s in (0, 1, 2)]
    rll = [dataclasses.replace(BASE, loss="rll", loss_params={"alpha": 0.1}, seed=s) for s in (3, 4)]
    return cce + rll + [dataclasses.replace(BASE, loss="rll", loss_params={"alpha": 1.0}, seed=5),
                        dataclasses.replace(BASE, loss="mse", seed=6)]


def test_fused_loss_gives_each_member_its_own_mean_loss_and_gradient():
    cfgs = group()
    losses = [build_loss(c.loss, **c.loss_params) for c in cfgs]
    gen = torch.Generator().manual_seed(0)
    logits = torch.randn(len(cfgs), 32, 4, generator=gen, dtype=torch.float64, requires_grad=True)
    labels = torch.randint(0, 4, (len(cfgs), 32), generator=gen)
    fused = fused_loss(losses, [loss_key(c) for c in cfgs])(logits, labels)
    alone = torch.stack([fn(logits[g], labels[g]).mean() for g, fn in enumerate(losses)])
    assert torch.allclose(fused, alone, rtol=1e-12, atol=0)
    (grad,) = torch.autograd.grad(fused.sum(), logits)
    for g, fn in enumerate(losses):
        (own,) = torch.autograd.grad(fn(logits[g], labels[g]).mean(), logits)
        assert torch.allclose(grad[g], own[g], rtol=1e-10, atol=1e-14), g


def test_a_group_with_several_members_per_loss_trains_each_as_alone():
    cfgs = group()
    states = []
    fused = run_trials(cfgs, on_epoch=lambda m, s: states.append(s))
    trained = states[-1]["model"]
    for t, cfg in enumerate(cfgs):
        alone_states = []
        alone = run_trials([cfg], on_epoch=lambda m, s: alone_states.append(s))[0]
        assert fused[t][-1]["train/loss"] == pytest.approx(alone[-1]["train/loss"], rel=1e-4), t
        own, theirs = member_state(trained, len(cfgs), t), alone_states[-1]["model"]
        ours = torch.cat([own[k].flatten() for k in own if own[k].is_floating_point()])
        ref = torch.cat([theirs[k].flatten() for k in own if own[k].is_floating_point()])
        # A member stepped with its loss scaled by its run's size (3 or 2) is off by ~100%; the
        # float32 summation order of a fused network leaves ~1e-6.
        assert float((ours - ref).norm() / ref.norm()) < 1e-4, t
