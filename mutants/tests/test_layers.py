"""Each building block with a trial dimension equals an array of G plain torch.nn layers: values,
gradients, batch-norm statistics and initial values, in both image layouts."""

import pytest
import torch
import torch.nn as nn
import torch.nn.functional as F

from memstudy.layers import (TrialFlatten, TrialLinear, TrialMeanPool, cat_channels, load_member, member_state,
                             pad_channels, select_members, trial_batch_norm, trial_conv)

G = 3
LAYOUTS = [torch.contiguous_format, torch.channels_last]


def members(t, trials=G):
    """Trial g's block of a tensor whose first dimension holds G blocks."""
    return list(t.unflatten(0, (trials, -1)))


def own_channels(x, trials=G):
    """[N, G*C, H, W] -> each trial's [N, C, H, W]."""
    return list(x.unflatten(1, (trials, -1)).unbind(1))


def plain_convs(fused, cin, cout, kernel, stride, padding, bias):
    convs = []
    for g in range(G):
        conv = nn.Conv2d(cin, cout, kernel, stride, padding, bias=bias)
        conv.weight.data.copy_(members(fused.weight)[g])
        if bias:
            conv.bias.data.copy_(members(fused.bias)[g])
        convs.append(conv)
    return convs


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("shared_input", [False, True])
@pytest.mark.parametrize("kernel, stride, padding, bias", [(3, 1, 1, True), (3, 2, 1, False), (1, 2, 0, False)])
def test_conv_is_g_convolutions(layout, shared_input, kernel, stride, padding, bias):
    torch.manual_seed(0)
    cin, cout = 4, 5
    fused = trial_conv(G, cin, cout, kernel, stride, padding, bias=bias, shared_input=shared_input)
    plain = plain_convs(fused, cin, cout, kernel, stride, padding, bias)
    x = torch.randn(6, cin if shared_input else G * cin, 9, 9).contiguous(memory_format=layout).requires_grad_()
    out = fused(x)
    inputs = [x] * G if shared_input else own_channels(x)
    for got, conv, xin in zip(own_channels(out), plain, inputs):
        torch.testing.assert_close(got, conv(xin), rtol=1e-5, atol=1e-5)
    (out ** 2).sum().backward()
    x_grad = x.grad.clone()
    x.grad = None
    sum(((conv(xin)) ** 2).sum() for conv, xin in zip(plain, inputs)).backward()
    torch.testing.assert_close(x_grad, x.grad, rtol=1e-4, atol=1e-4)
    for g, conv in enumerate(plain):
        torch.testing.assert_close(members(fused.weight.grad)[g], conv.weight.grad, rtol=1e-4, atol=1e-4)


def test_one_trial_blocks_start_as_torch_nn_layers():
    # G = 1 draws the same initial values as torch.nn under the same seed: today's network.
    for fused_fn, plain_fn in ((lambda: trial_conv(1, 3, 4, 3, bias=True), lambda: nn.Conv2d(3, 4, 3)),
                               (lambda: trial_conv(1, 3, 4, 3, shared_input=True), lambda: nn.Conv2d(3, 4, 3)),
                               (lambda: TrialLinear(1, 7, 5), lambda: nn.Linear(7, 5)),
                               (lambda: trial_batch_norm(1, 6), lambda: nn.BatchNorm2d(6))):
        torch.manual_seed(3)
        fused = fused_fn().state_dict()
        torch.manual_seed(3)
        plain = plain_fn().state_dict()
        assert fused.keys() == plain.keys()
        for key in plain:
            assert fused[key].shape == plain[key].shape and torch.equal(fused[key], plain[key]), key


@pytest.mark.parametrize("layout", LAYOUTS)
def test_batch_norm_keeps_each_trials_statistics(layout):
    torch.manual_seed(0)
    c = 4
    fused = trial_batch_norm(G, c)
    plain = [nn.BatchNorm2d(c) for _ in range(G)]
    with torch.no_grad():  # different affine parameters per trial
        fused.weight.uniform_(0.5, 1.5)
        fused.bias.uniform_(-1, 1)
        for g, bn in enumerate(plain):
            bn.weight.copy_(members(fused.weight)[g])
            bn.bias.copy_(members(fused.bias)[g])
    # Each trial's channels on its own scale: statistics that mixed trials would be wrong.
    scales = torch.tensor([1.0, 10.0, 0.1]).repeat_interleave(c)[None, :, None, None]
    for step in range(3):  # train mode: batch statistics, running statistics updated
        x = (torch.randn(8, G * c, 5, 5) * scales + step).contiguous(memory_format=layout)
        out = fused(x)
        for got, bn, xin in zip(own_channels(out), plain, own_channels(x)):
            torch.testing.assert_close(got, bn(xin), rtol=1e-5, atol=1e-5)
    for g, bn in enumerate(plain):
        torch.testing.assert_close(members(fused.running_mean)[g], bn.running_mean)
        torch.testing.assert_close(members(fused.running_var)[g], bn.running_var)
    fused.eval()
    [bn.eval() for bn in plain]
    x = (torch.randn(8, G * c, 5, 5) * scales).contiguous(memory_format=layout)
    for got, bn, xin in zip(own_channels(fused(x)), plain, own_channels(x)):
        torch.testing.assert_close(got, bn(xin), rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("trials", [1, G])  # one trial takes its own path: torch.nn's linear layer
@pytest.mark.parametrize("shared_input", [False, True])
def test_linear_is_g_linear_layers(shared_input, trials):
    torch.manual_seed(0)
    fused = TrialLinear(trials, 6, 4)
    plain = []
    for g in range(trials):
        layer = nn.Linear(6, 4)
        layer.weight.data.copy_(members(fused.weight, trials)[g])
        layer.bias.data.copy_(members(fused.bias, trials)[g])
        plain.append(layer)
    x = torch.randn(5, 6) if shared_input else torch.randn(trials, 5, 6)
    out = fused(x)
    assert out.shape == (trials, 5, 4)
    for g, layer in enumerate(plain):
        torch.testing.assert_close(out[g], layer(x if shared_input else x[g]))
    out.square().sum().backward()
    sum(layer(x if shared_input else x[g]).square().sum() for g, layer in enumerate(plain)).backward()
    for g, layer in enumerate(plain):
        torch.testing.assert_close(members(fused.weight.grad, trials)[g], layer.weight.grad)
        torch.testing.assert_close(members(fused.bias.grad, trials)[g], layer.bias.grad)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_flatten_pool_cat_and_pad_act_per_trial(layout):
    torch.manual_seed(0)
    a = torch.randn(2, G * 3, 4, 4).contiguous(memory_format=layout)
    b = torch.randn(2, G * 2, 4, 4).contiguous(memory_format=layout)
    flat, pooled = TrialFlatten(G)(a), TrialMeanPool(G)(a)
    cat, padded = cat_channels([a, b], G), pad_channels(a, G, 1, 2)
    for g, (ag, bg) in enumerate(zip(own_channels(a), own_channels(b))):
        torch.testing.assert_close(flat[g], nn.Flatten()(ag))
        torch.testing.assert_close(pooled[g], ag.mean(dim=(2, 3)))
        torch.testing.assert_close(own_channels(cat)[g], torch.cat([ag, bg], dim=1))
        torch.testing.assert_close(own_channels(padded)[g], F.pad(ag, (0, 0, 0, 0, 1, 2)))
    if layout == torch.channels_last:  # the layout survives, so the next convolution stays fast on a GPU
        assert cat.is_contiguous(memory_format=torch.channels_last)
        assert padded.is_contiguous(memory_format=torch.channels_last)
    # A strided slice (option-A shortcuts) keeps the layout it is told to.
    sliced = pad_channels(a[:, :, ::2, ::2], G, 1, 1, channels_last=layout == torch.channels_last)
    assert sliced.is_contiguous(memory_format=layout)
    for g, ag in enumerate(own_channels(a)):
        torch.testing.assert_close(own_channels(sliced)[g], F.pad(ag[:, :, ::2, ::2], (0, 0, 0, 0, 1, 1)))


def test_members_in_and_out():
    torch.manual_seed(0)
    fused = nn.Sequential(trial_conv(G, 2, 3, 3), trial_batch_norm(G, 3))
    fused[1].running_mean.uniform_()
    state = fused.state_dict()
    one = [member_state(state, G, g) for g in range(G)]
    assert one[1]["0.weight"].shape == (3, 2, 3, 3) and one[1]["1.running_mean"].shape == (3,)
    assert torch.equal(one[1]["1.num_batches_tracked"], state["1.num_batches_tracked"])  # shared counter
    # Out, then in again, in another order: each member lands where it is put, exactly.
    other = nn.Sequential(trial_conv(G, 2, 3, 3), trial_batch_norm(G, 3))
    for g, member in enumerate(reversed(one)):
        load_member(other, G, g, member)
    for g in range(G):
        for key, value in member_state(other.state_dict(), G, g).items():
            assert torch.equal(value, one[G - 1 - g][key]), key
    kept = select_members(state, G, [2, 0])
    for i, g in enumerate([2, 0]):
        for key, value in member_state(kept, 2, i).items():
            assert torch.equal(value, one[g][key]), key
    with pytest.raises(KeyError, match="keys"):
        load_member(other, G, 0, {"0.weight": one[0]["0.weight"]})
    with pytest.raises(ValueError, match="shape"):
        load_member(other, G, 0, {**one[0], "0.weight": torch.zeros(3, 2, 1, 1)})
