"""Fused groups in which a loss has several members beside other losses: each member's mean loss,
gradient and training are its own (a member's loss scaled by the size of its loss's run of members
would pass groups of one member per loss)."""

import dataclasses
import functools

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


def assert_each_member_alone(fused, losses, logits, labels):
    """Each member's mean loss in `fused` [G] and its gradient are those of its own loss alone (float64)."""
    alone = torch.stack([fn(logits[g], labels[g]).mean() for g, fn in enumerate(losses)])
    assert torch.allclose(fused, alone, rtol=1e-12, atol=0)
    (grad,) = torch.autograd.grad(fused.sum(), logits)
    for g, fn in enumerate(losses):
        (own,) = torch.autograd.grad(fn(logits[g], labels[g]).mean(), logits)
        assert torch.allclose(grad[g], own[g], rtol=1e-10, atol=1e-14), g


def test_fused_loss_gives_each_member_its_own_mean_loss_and_gradient():
    cfgs = group()
    losses = [build_loss(c.loss, **c.loss_params) for c in cfgs]
    gen = torch.Generator().manual_seed(0)
    logits = torch.randn(len(cfgs), 32, 4, generator=gen, dtype=torch.float64, requires_grad=True)
    labels = torch.randint(0, 4, (len(cfgs), 32), generator=gen)
    fused = fused_loss(losses, [loss_key(c) for c in cfgs])(logits, labels)
    assert_each_member_alone(fused, losses, logits, labels)


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


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_members_of_one_loss_with_their_own_parameters_are_scored_in_one_call_as_each_alone(dtype):
    # A search's or an alpha grid's members: RLL with three alphas, stacked into one call. 3 members
    # x 2 examples = 6 = K: a per-example alpha broadcast along the classes would still run.
    from memstudy.losses import stacked_loss

    alphas = [0.01, 0.37, 4.0]
    gen = torch.Generator().manual_seed(1)
    logits = (torch.randn(6, 6, generator=gen, dtype=dtype) * 3).requires_grad_()
    labels = torch.randint(0, 6, (6,), generator=gen)
    stacked = stacked_loss("rll", [{"alpha": a} for a in alphas])(logits, labels)
    alone = torch.cat([build_loss("rll", alpha=a)(logits[2 * m : 2 * m + 2], labels[2 * m : 2 * m + 2])
                       for m, a in enumerate(alphas)])
    # Each example's value and gradient as its member's own alpha gives them, to the last bits.
    assert stacked.dtype == alone.dtype == dtype
    assert torch.allclose(stacked, alone, rtol=4 * torch.finfo(dtype).eps, atol=0)
    (grad,) = torch.autograd.grad(stacked.sum(), logits)
    (own,) = torch.autograd.grad(alone.sum(), logits)
    assert torch.allclose(grad, own, rtol=4 * torch.finfo(dtype).eps, atol=4 * torch.finfo(dtype).eps)
    # Nothing to stack: equal parameters, or a loss that takes numbers only.
    assert stacked_loss("rll", [{"alpha": 0.1}, {}]) is None  # 0.1 is RLL's default
    assert stacked_loss("gce", [{"q": 0.5}, {"q": 0.7}]) is None


def test_fused_loss_stacks_next_door_members_of_one_loss_into_one_call(monkeypatch):
    from memstudy import losses as L

    calls = []
    rll = L.LOSSES["rll"]

    @functools.wraps(rll.fn)  # the same signature: the loss's parameters are read from it
    def counted(*args, **params):
        calls.append(params)
        return rll.fn(*args, **params)

    monkeypatch.setitem(L.LOSSES, "rll", dataclasses.replace(rll, fn=counted))
    cfgs = [dataclasses.replace(BASE, loss="rll", loss_params={"alpha": a}, seed=s)
            for s, a in enumerate((0.05, 0.05, 0.5, 5.0))] + [dataclasses.replace(BASE, loss="cce", seed=9)]
    losses = [build_loss(c.loss, **c.loss_params) for c in cfgs]
    gen = torch.Generator().manual_seed(0)
    logits = torch.randn(len(cfgs), 8, 4, generator=gen, dtype=torch.float64, requires_grad=True)
    labels = torch.randint(0, 4, (len(cfgs), 8), generator=gen)
    fused = fused_loss(losses, [loss_key(c) for c in cfgs], [(c.loss, c.loss_params) for c in cfgs])(logits, labels)
    assert len(calls) == 1 and sorted(set(calls[0]["alpha"].tolist())) == [0.05, 0.5, 5.0]
    assert_each_member_alone(fused, losses, logits, labels)
