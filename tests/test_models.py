"""Every model in the registry on every input shape the datasets produce; the paper's parameter counts."""

import pytest
import torch

from memstudy.errors import ConfigError
from memstudy.models import MODELS, build_model, count_parameters

SHAPES = {"mnist": (1, 28, 28), "cifar10": (3, 32, 32), "digits": (1, 8, 8)}


@pytest.mark.parametrize("name", sorted(MODELS))
@pytest.mark.parametrize("shape", sorted(SHAPES.values()))
def test_forward_backward_every_image_shape(name, shape):
    model = build_model(name, shape, 10)
    out = model(torch.randn(2, *shape))
    assert out.shape == (2, 10)
    out.sum().backward()


def test_mlp_on_flat_features_and_widths():
    model = build_model("mlp", (5,), 3, hidden=[7])
    assert model(torch.randn(4, 5)).shape == (4, 3)
    assert count_parameters(model) == 5 * 7 + 7 + 7 * 3 + 3


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
