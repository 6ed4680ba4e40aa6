"""Every model in the registry: on every input shape the datasets produce, the paper's parameter
counts, and as a fused network of trials that equals its members run alone."""

import collections

import pytest
import torch

from memstudy.errors import ConfigError
from memstudy.layers import load_member
from memstudy.models import MODELS, build_model, count_parameters, empty_model, member_state_dict

SHAPES = {"mnist": (1, 28, 28), "cifar10": (3, 32, 32), "digits": (1, 8, 8)}
# Small inputs, for the fused-network checks (the real shapes cost seconds each): 3x8x8 images for
# any model, including one added later; some models get one channel.
SMALL = collections.defaultdict(lambda: (3, 8, 8), {"resnet18": (1, 8, 8), "mlp": (1, 8, 8), "small_cnn": (1, 8, 8)})
SEEDS = [4, 0, 9]


@pytest.mark.parametrize("name", sorted(MODELS))
@pytest.mark.parametrize("shape", sorted(SHAPES.values()))
def test_forward_backward_every_image_shape(name, shape):
    model = build_model(name, shape, 10)
    out = model(torch.randn(2, *shape))
    assert out.shape == (1, 2, 10)  # logits [trials, N, K]
    out.sum().backward()


def test_mlp_on_flat_features_and_widths():
    model = build_model("mlp", (5,), 3, hidden=[7])
    assert model(torch.randn(4, 5)).shape == (1, 4, 3)
    assert count_parameters(model) == 5 * 7 + 7 + 7 * 3 + 3
    assert count_parameters(build_model("mlp", (5,), 3, seeds=[0, 1], hidden=[7])) == count_parameters(model)


def test_conv_models_refuse_flat_input():
    with pytest.raises(ConfigError, match="needs image input"):
        build_model("resnet32", (5,), 3)


def test_inception_lite_parameter_count():
    model = build_model("inception_lite", (3, 28, 28), 10)
    assert count_parameters(model, include_batchnorm_affine=False) == 1_649_402
    assert count_parameters(model) == 1_652_826


def test_resnet32_parameter_count():
    assert count_parameters(build_model("resnet32", (3, 32, 32), 10)) == 464_154


def test_resnet18_is_a_2222_basic_block_resnet():
    model = build_model("resnet18", (1, 28, 28), 10)
    assert len(model.layers) == 8
    assert model.stem[0].in_channels == 1
    assert 11_000_000 < count_parameters(model) < 11_300_000


def test_unknown_model_and_param():
    with pytest.raises(ConfigError, match="did you mean 'resnet32'"):
        build_model("resnet23", (3, 32, 32), 10)
    with pytest.raises(ConfigError, match="did you mean 'hidden'"):
        build_model("mlp", (5,), 3, hiden=[4])
    with pytest.raises(ConfigError, match="did you mean 'hidden'"):
        build_model("mlp", (5,), 3, seeds=[0, 1], hiden=[4])


def assert_close(got, expected, rel=1e-4, floor=1e-6, what=""):
    """Equal to float rounding: the largest difference is small against the largest value (sums over
    many terms cancel unevenly, so one small element may differ by more than its own size allows),
    or below `floor` (a conv bias before batch norm has a gradient of 0 up to rounding)."""
    got, expected = got.detach(), expected.detach()
    diff, scale = float((got - expected).abs().max()), float(expected.abs().max())
    assert diff <= rel * scale + floor, (what, diff, scale)


def _members_alone(name, shape):
    alone = []
    for seed in SEEDS:
        torch.manual_seed(seed)
        alone.append(build_model(name, shape, 7))
    return alone


@pytest.mark.parametrize("name", sorted(MODELS))
def test_fused_network_is_its_members(name):
    """Exactly, in float64: logits, gradients, SGD-with-momentum steps and batch-norm running
    statistics of the fused network are its members' run alone (in float32 the two differ by the
    summation order of the convolution kernels, about 1e-7 a step; test_fused.py checks that)."""
    shape = SMALL[name]
    fused = build_model(name, shape, 7, seeds=SEEDS)
    alone = _members_alone(name, shape)
    # Member t starts from exactly the network build_model gives with its seed.
    for t, model in enumerate(alone):
        own = member_state_dict(fused, t)
        assert own.keys() == model.state_dict().keys()
        assert all(torch.equal(own[k], v) for k, v in model.state_dict().items())
    fused, alone = fused.double(), [m.double() for m in alone]
    optimisers = [torch.optim.SGD(m.parameters(), lr=0.05, momentum=0.9, weight_decay=1e-3) for m in [fused, *alone]]
    gen = torch.Generator().manual_seed(0)
    for _ in range(2):  # training mode: batch statistics, running statistics updated
        x = torch.randn(4, *shape, generator=gen, dtype=torch.float64)
        y = torch.randint(0, 7, (4,), generator=gen)
        logits = fused(x)
        assert logits.shape == (len(SEEDS), 4, 7)
        separate = [m(x)[0] for m in alone]
        for t in range(len(SEEDS)):
            assert_close(logits[t], separate[t], rel=1e-12, floor=1e-15)
        for opt in optimisers:
            opt.zero_grad()
        torch.nn.functional.cross_entropy(logits.flatten(0, 1), y.repeat(len(SEEDS))).mul(len(SEEDS)).backward()
        for out in separate:
            torch.nn.functional.cross_entropy(out, y).backward()
        grads = dict(fused.named_parameters())
        for t, model in enumerate(alone):
            for key, p in model.named_parameters():
                assert_close(grads[key].grad.unflatten(0, (len(SEEDS), -1))[t], p.grad, rel=1e-12, floor=1e-15, what=key)
        for opt in optimisers:
            opt.step()
    for t, model in enumerate(alone):  # parameters and running statistics after the steps
        own = member_state_dict(fused, t)
        for key, value in model.state_dict().items():
            assert_close(own[key], value, rel=1e-12, floor=1e-15, what=key)
    fused.eval()
    x = torch.randn(5, *shape, dtype=torch.float64)
    for t, model in enumerate(alone):
        assert_close(fused(x)[t], model.eval()(x)[0], rel=1e-12, floor=1e-15)


@pytest.mark.parametrize("name", sorted(MODELS))
def test_a_member_round_trips(name):
    shape = SMALL[name]
    fused = build_model(name, shape, 7, seeds=SEEDS)
    x = torch.randn(4, *shape)
    fused.eval()
    logits = fused(x)
    # Out: member 1 alone in build_model's network of one trial gives the member's logits.
    alone = build_model(name, shape, 7).eval()
    alone.load_state_dict(member_state_dict(fused, 1))
    assert_close(alone(x)[0], logits[1], rel=1e-5)
    # In: the members put into an empty network in reverse order come back exactly.
    other = empty_model(name, shape, 7, len(SEEDS))
    for t in range(len(SEEDS)):
        load_member(other, len(SEEDS), t, member_state_dict(fused, len(SEEDS) - 1 - t))
    for t in range(len(SEEDS)):
        back = member_state_dict(other, t)
        assert all(torch.equal(back[k], v) for k, v in member_state_dict(fused, len(SEEDS) - 1 - t).items())


@pytest.mark.parametrize("name", sorted(MODELS))
def test_a_diverged_member_leaves_the_others_alone(name):
    shape = SMALL[name]
    fused = build_model(name, shape, 7, seeds=SEEDS)
    with torch.no_grad():
        for p in fused.parameters():
            p.unflatten(0, (len(SEEDS), -1))[1].fill_(float("nan"))
    alone = _members_alone(name, shape)
    x = torch.randn(6, *shape)
    logits = fused(x)
    logits.sum().backward()
    assert torch.isnan(logits[1]).all()
    for t in (0, 2):
        assert_close(logits[t], alone[t](x)[0])
        for key, p in fused.named_parameters():
            assert torch.isfinite(p.grad.unflatten(0, (len(SEEDS), -1))[t]).all(), key


@pytest.mark.parametrize("name", sorted(n for n in MODELS if len(SMALL[n]) == 3))
def test_channels_last_gives_the_same_network(name):
    # On CUDA images and networks are channels-last; the blocks keep each trial's channels apart there too.
    shape = SMALL[name]
    fused = build_model(name, shape, 7, seeds=SEEDS)
    x = torch.randn(4, *shape)
    expected = fused(x)
    fused = fused.to(memory_format=torch.channels_last)
    assert_close(fused(x.contiguous(memory_format=torch.channels_last)), expected)
