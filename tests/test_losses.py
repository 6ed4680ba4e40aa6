"""Every loss in the registry: shape, symmetry claims, finiteness at extreme logits and under autocast."""

import math

import pytest
import torch

from memstudy.errors import ConfigError
from memstudy.losses import LOSSES, build_loss, symmetry_deviation

K = 10


@pytest.mark.parametrize("name", sorted(LOSSES))
def test_per_example_shape_and_non_negative(name):
    logits = torch.randn(7, K)
    labels = torch.randint(0, K, (7,))
    out = build_loss(name)(logits, labels)
    assert out.shape == (7,)
    assert (out >= -1e-6).all()


@pytest.mark.parametrize("name", sorted(LOSSES))
def test_symmetry_claim_holds_numerically(name):
    deviation = symmetry_deviation(build_loss(name), K)
    if LOSSES[name].symmetric:
        assert deviation < 1e-5, f"{name} claims symmetry but deviates by {deviation}"
    else:
        assert deviation > 1e-2, f"{name} claims no symmetry but deviates only by {deviation}"


@pytest.mark.parametrize("k", [2, 3, 100])
def test_symmetry_other_class_counts(k):
    for name in ("rll", "nmse", "mae", "nce_rce"):
        assert symmetry_deviation(build_loss(name), k, num_samples=300) < 1e-5
    assert symmetry_deviation(build_loss("cce"), k, num_samples=300) > 1e-2


def test_cce_and_mse_deviate_visibly():
    assert symmetry_deviation(build_loss("cce"), K) > 1.0
    assert symmetry_deviation(build_loss("mse"), K) > 0.1


@pytest.mark.parametrize("name", sorted(LOSSES))
@pytest.mark.parametrize("magnitude", [1.0, 1e4])
def test_finite_values_and_gradients_at_extreme_logits(name, magnitude):
    torch.manual_seed(0)
    logits = (torch.randn(64, K) * magnitude).requires_grad_()
    labels = torch.randint(0, K, (64,))
    out = build_loss(name)(logits, labels)
    out.sum().backward()
    assert torch.isfinite(out).all()
    assert torch.isfinite(logits.grad).all()


@pytest.mark.parametrize("name", sorted(LOSSES))
@pytest.mark.parametrize("dtype", [torch.bfloat16, torch.float16])
def test_finite_under_autocast(name, dtype):
    torch.manual_seed(0)
    layer = torch.nn.Linear(16, K)
    x = torch.randn(32, 16) * 1e3
    labels = torch.randint(0, K, (32,))
    with torch.autocast("cpu", dtype=dtype):
        logits = layer(x)
        out = build_loss(name)(logits, labels)
    out.sum().backward()
    assert torch.isfinite(out).all()
    assert all(torch.isfinite(p.grad).all() for p in layer.parameters())


def test_known_values():
    logits = torch.tensor([[2.0, 0.0, -1.0]])
    labels = torch.tensor([0])
    p = torch.softmax(logits, 1)[0]
    assert torch.allclose(build_loss("cce")(logits, labels), -torch.log(p[0:1]))
    assert torch.allclose(build_loss("mae")(logits, labels), 2 - 2 * p[0:1])
    mse = ((p - torch.tensor([1.0, 0, 0])) ** 2).sum()
    assert torch.allclose(build_loss("mse")(logits, labels)[0], mse)
    assert torch.allclose(build_loss("nmse", scale=0.1)(logits, labels)[0], 0.1 * mse / (3 * (p * p).sum() + 1))
    a = 0.1
    rll = math.log((a + 1) / a) - torch.log(a + p[0]) + 0.5 * (torch.log(a + p[1]) + torch.log(a + p[2]))
    assert torch.allclose(build_loss("rll", alpha=a)(logits, labels)[0], rll)
    assert torch.allclose(build_loss("gce", q=0.7)(logits, labels)[0], (1 - p[0] ** 0.7) / 0.7)
    ce = -torch.log(p[0])
    assert torch.allclose(build_loss("sce", alpha=0.1, beta=1.0)(logits, labels)[0], 0.1 * ce + 4 * (1 - p[0]))
    nce = torch.log(p[0]) / torch.log(p).sum()
    assert torch.allclose(build_loss("nce_rce")(logits, labels)[0], nce + 4 * (1 - p[0]))


@pytest.mark.parametrize("name, defaults", [("rll", {"alpha": 0.1}), ("nmse", {"scale": 1.0}), ("gce", {"q": 0.7}),
                                            ("sce", {"alpha": 0.1, "beta": 1.0}),
                                            ("nce_rce", {"alpha": 1.0, "beta": 1.0})])
def test_default_parameters_are_the_documented_ones(name, defaults):
    logits, labels = torch.tensor([[2.0, 0.0, -1.0], [0.5, 1.5, 0.0]]), torch.tensor([0, 2])
    assert torch.equal(build_loss(name)(logits, labels), build_loss(name, **defaults)(logits, labels))
    assert not torch.equal(build_loss(name)(logits, labels),
                           build_loss(name, **{k: v / 2 for k, v in defaults.items()})(logits, labels))


def test_rll_is_bounded_and_zero_at_the_right_one_hot():
    rll = build_loss("rll", alpha=0.1)
    right = torch.tensor([[50.0, 0, 0, 0]])
    assert rll(right, torch.tensor([0]))[0] < 1e-6
    wrong = rll(right, torch.tensor([1]))[0]
    assert wrong < 2 * math.log(1.1 / 0.1) + 1e-6


def test_unknown_loss_suggests_closest():
    with pytest.raises(ConfigError, match=r"unknown loss 'rl'.*did you mean 'rll'.*valid: cce"):
        build_loss("rl")


def test_bad_params_are_config_errors():
    with pytest.raises(ConfigError, match=r"alpha.*>= 1.2e-38 \(a positive number"):
        build_loss("rll", alpha=0.0)
    with pytest.raises(ConfigError, match=r"alpha.*float32"):  # 0 in float32: log(0) for an underflowed p
        build_loss("rll", alpha=1e-50)
    with pytest.raises(ConfigError, match=r"no parameter 'alpah'.*did you mean 'alpha'"):
        build_loss("rll", alpah=0.1)
    with pytest.raises(ConfigError, match="no parameters"):
        build_loss("cce", alpha=1.0)


@pytest.mark.parametrize("name, params, constant", [
    ("rll", {"alpha": 0.1}, K * math.log(1.1 / 0.1)),   # sum_j RLL = K log((alpha+1)/alpha)
    ("rll", {"alpha": 1.0}, K * math.log(2.0)),
    ("mae", {}, 2 * K - 2),
    ("nmse", {"scale": 0.1}, 0.1),
    ("gce", {"q": 1.0}, K - 1),                          # q = 1: 1 - g_k, symmetric (the default q = 0.7 is not)
    ("sce", {"alpha": 0.0, "beta": 1.0}, 4.0 * (K - 1)),  # alpha = 0: reverse CE alone, -A (K - 1)
    ("nce_rce", {}, 1.0 + 4.0 * (K - 1)),
])
def test_symmetry_is_judged_for_the_loss_as_parameterised(name, params, constant):
    from memstudy.losses import loss_symmetry

    symmetric, c = loss_symmetry(name, params, K)
    assert symmetric and c == pytest.approx(constant, rel=1e-9)


@pytest.mark.parametrize("name, params", [("cce", {}), ("mse", {}), ("gce", {"q": 0.7}), ("sce", {"alpha": 0.1})])
def test_losses_that_are_not_symmetric_have_no_constant(name, params):
    from memstudy.losses import loss_symmetry

    assert loss_symmetry(name, params, K) == (False, None)


def test_reverse_cross_entropy_log_zero_is_a_recorded_parameter():
    from memstudy.losses import resolved_loss_params

    logits, labels = torch.randn(5, K), torch.randint(0, K, (5,))
    p = torch.softmax(logits, 1)[torch.arange(5), labels]
    # Wang et al.'s text: A = -4; the usual clamp at 1e-4: A = ln(1e-4).
    assert torch.allclose(build_loss("sce", alpha=0.0)(logits, labels), 4.0 * (1 - p))
    assert torch.allclose(build_loss("sce", alpha=0.0, rce_log_zero=math.log(1e-4))(logits, labels),
                          -math.log(1e-4) * (1 - p))
    assert resolved_loss_params("sce", {"alpha": 0.0})["rce_log_zero"] == -4.0
    with pytest.raises(ConfigError, match="rce_log_zero' must be < 0"):
        build_loss("nce_rce", rce_log_zero=1.0)
