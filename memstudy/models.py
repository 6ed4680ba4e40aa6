"""The paper's networks and a CPU-sized MLP behind one registry: `build_model(name, in_shape, num_classes)`."""

from __future__ import annotations

import inspect
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

from memstudy.errors import ConfigError, lookup, suggest


# ---------------------------------------------------------------- Inception-Lite (Zhang et al. 2017)

class ConvModule(nn.Sequential):
    # Zhang et al.'s "conv module": conv (with bias, as in their parameter count), batch norm, ReLU.
    def __init__(self, cin, cout, kernel, stride=1):
        super().__init__(nn.Conv2d(cin, cout, kernel, stride, padding=kernel // 2),
                         nn.BatchNorm2d(cout), nn.ReLU(inplace=True))


class Inception(nn.Module):
    def __init__(self, cin, c1, c3):
        super().__init__()
        self.branch1, self.branch3 = ConvModule(cin, c1, 1), ConvModule(cin, c3, 3)
        self.out_channels = c1 + c3

    def forward(self, x):
        return torch.cat([self.branch1(x), self.branch3(x)], dim=1)


class Downsample(nn.Module):
    def __init__(self, cin, c3):
        super().__init__()
        self.conv = ConvModule(cin, c3, 3, stride=2)
        self.out_channels = c3 + cin

    def forward(self, x):
        return torch.cat([self.conv(x), F.max_pool2d(x, 3, stride=2, padding=1)], dim=1)


class InceptionLite(nn.Module):
    """Conv96 -> Inc(32,32) -> Inc(32,48) -> Down(80) -> Inc(112,48) -> Inc(96,64) -> Inc(80,80)
    -> Inc(48,96) -> Down(96) -> Inc(176,160) -> Inc(176,160) -> global mean pool -> FC."""

    PLAN = [("inc", 32, 32), ("inc", 32, 48), ("down", 80), ("inc", 112, 48), ("inc", 96, 64),
            ("inc", 80, 80), ("inc", 48, 96), ("down", 96), ("inc", 176, 160), ("inc", 176, 160)]

    def __init__(self, in_channels, num_classes):
        super().__init__()
        layers, c = [ConvModule(in_channels, 96, 3)], 96
        for kind, *widths in self.PLAN:
            block = Inception(c, *widths) if kind == "inc" else Downsample(c, *widths)
            layers.append(block)
            c = block.out_channels
        self.features = nn.Sequential(*layers)
        self.fc = nn.Linear(c, num_classes)

    def forward(self, x):
        return self.fc(self.features(x).mean(dim=(2, 3)))


# ---------------------------------------------------------------- ResNets

class BasicBlock(nn.Module):
    def __init__(self, cin, cout, stride, shortcut):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.conv2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.shortcut_kind = shortcut
        self.project = None
        self.pad = cout - cin
        if (stride != 1 or cin != cout) and shortcut == "B":
            self.project = nn.Sequential(nn.Conv2d(cin, cout, 1, stride, bias=False), nn.BatchNorm2d(cout))
        self.stride = stride

    def _shortcut(self, x):
        if self.project is not None:
            return self.project(x)
        if self.stride != 1 or self.pad:
            # Option A (He et al. 2016, CIFAR): subsample, then zero-pad the new channels; no parameters.
            x = x[:, :, :: self.stride, :: self.stride]
            x = F.pad(x, (0, 0, 0, 0, self.pad // 2, self.pad - self.pad // 2))
        return x

    def forward(self, x):
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return F.relu(out + self._shortcut(x))


class ResNet(nn.Module):
    def __init__(self, in_channels, num_classes, widths, blocks, shortcut, stem_width):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(in_channels, stem_width, 3, 1, 1, bias=False),
                                  nn.BatchNorm2d(stem_width), nn.ReLU(inplace=True))
        layers, c = [], stem_width
        for stage, (width, count) in enumerate(zip(widths, blocks)):
            for i in range(count):
                stride = 2 if stage > 0 and i == 0 else 1
                layers.append(BasicBlock(c, width, stride, shortcut))
                c = width
        self.layers = nn.Sequential(*layers)
        self.fc = nn.Linear(c, num_classes)
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")

    def forward(self, x):
        return self.fc(self.layers(self.stem(x)).mean(dim=(2, 3)))


def _image_channels(in_shape, name):
    if len(in_shape) != 3:
        raise ConfigError(f"model {name!r} needs image input (C, H, W), got shape {tuple(in_shape)}; use 'mlp' for flat features")
    return in_shape[0]


def inception_lite(in_shape, num_classes):
    return InceptionLite(_image_channels(in_shape, "inception_lite"), num_classes)


def resnet32(in_shape, num_classes, n=5):
    """He et al.'s CIFAR ResNet, 6n+2 layers (n = 5: ResNet-32), option-A shortcuts."""
    return ResNet(_image_channels(in_shape, "resnet32"), num_classes, (16, 32, 64), (n, n, n), "A", 16)


def resnet18(in_shape, num_classes):
    """[2,2,2,2] basic-block ResNet; a 3x3 stride-1 stem without max pool, for 28x28 (MNIST) input."""
    return ResNet(_image_channels(in_shape, "resnet18"), num_classes, (64, 128, 256, 512), (2, 2, 2, 2), "B", 64)


def mlp(in_shape, num_classes, hidden=(512, 512)):
    """Fully connected ReLU network over the flattened input."""
    layers, width = [nn.Flatten()], math.prod(in_shape)
    for h in hidden:
        layers += [nn.Linear(width, h), nn.ReLU(inplace=True)]
        width = h
    layers.append(nn.Linear(width, num_classes))
    return nn.Sequential(*layers)


def small_cnn(in_shape, num_classes, channels=(8, 16), hidden=64):
    """3x3 conv + ReLU layers (two by default), a 2x2 max pool and two linear layers; no batch norm,
    so trials of it can be trained together as one batched computation (memstudy.batched)."""
    c, h, w = (_image_channels(in_shape, "small_cnn"), *in_shape[1:])
    layers, cin = [], c
    for cout in channels:
        layers += [nn.Conv2d(cin, cout, 3, padding=1), nn.ReLU(inplace=True)]
        cin = cout
    layers += [nn.MaxPool2d(2), nn.Flatten(), nn.Linear(cin * (h // 2) * (w // 2), hidden), nn.ReLU(inplace=True),
               nn.Linear(hidden, num_classes)]
    return nn.Sequential(*layers)


MODELS = {
    "inception_lite": inception_lite,
    "resnet32": resnet32,
    "resnet18": resnet18,
    "mlp": mlp,
    "small_cnn": small_cnn,
}


def model_param_defaults(name: str) -> dict:
    params = list(inspect.signature(lookup(MODELS, name, "model")).parameters.values())[2:]
    return {p.name: p.default for p in params}


def check_model_params(name: str, params: dict) -> list[str]:
    allowed = model_param_defaults(name)
    return [f"model {name!r} has no parameter {k!r}{suggest(k, allowed)}; it takes {', '.join(allowed) or 'no parameters'}"
            for k in params if k not in allowed]


def build_model(name: str, in_shape, num_classes: int, **params) -> nn.Module:
    problems = check_model_params(name, params)
    if problems:
        raise ConfigError("; ".join(problems))
    return MODELS[name](tuple(in_shape), int(num_classes), **params)


def count_parameters(model: nn.Module, include_batchnorm_affine: bool = True) -> int:
    total = 0
    for module in model.modules():
        for pname, p in module.named_parameters(recurse=False):
            if not include_batchnorm_affine and isinstance(module, nn.modules.batchnorm._BatchNorm):
                continue
            total += p.numel()
    return total


# ---------------------------------------------------------------- copies of one model as one computation

STACKABLE_LAYERS = (nn.Linear, nn.Conv2d, nn.ReLU, nn.MaxPool2d, nn.Flatten)


def stacking_problem(model: nn.Module) -> str | None:
    """Why copies of `model` cannot be trained as one StackedSequential (None when they can)."""
    if any(isinstance(m, nn.modules.batchnorm._BatchNorm) for m in model.modules()):
        return "it has batch norm, whose batch statistics mix the examples of a batch"
    if not isinstance(model, nn.Sequential):
        return "it is not a plain nn.Sequential"
    flat = False
    for layer in model:
        if not isinstance(layer, STACKABLE_LAYERS):
            return f"it has a {type(layer).__name__} layer"
        if isinstance(layer, nn.Conv2d) and (layer.padding_mode != "zeros" or layer.groups != 1 or flat):
            return "a Conv2d layer is grouped, pads other than with zeros or follows Flatten"
        if isinstance(layer, nn.Flatten) and (layer.start_dim, layer.end_dim) != (1, -1):
            return "a Flatten layer keeps more than the batch dimension"
        flat = flat or isinstance(layer, nn.Flatten)
        if isinstance(layer, nn.Linear) and not flat:
            return "a Linear layer is not preceded by Flatten"
    if not any(isinstance(layer, (nn.Linear, nn.Conv2d)) for layer in model):
        return "it has no layer with parameters"
    return None


def model_stacking_problem(name: str, **params) -> str | None:
    """stacking_problem for registered model `name` (probed on a small image every model accepts)."""
    return stacking_problem(build_model(name, (1, 8, 8), 2, **params))


class StackedSequential:
    """Copies of one nn.Sequential (Linear, Conv2d, ReLU, MaxPool2d, Flatten) as one computation.

    `params` maps each parameter name of the model to its values for all trials stacked along a
    leading trial axis; a batch shared by every trial gives logits [trials, batch, classes]. Between
    layers, activations stay the shared input until the first layer with parameters, then
    convolution activations are [batch, trials * channels, H, W] with trial t owning channels
    t*C .. (t+1)*C, so each later convolution is one grouped convolution with a group per trial,
    and after Flatten [trials, batch, features], where linear layers are batched matrix products.
    """

    def __init__(self, models):
        problem = stacking_problem(models[0])
        if problem:
            raise ConfigError(f"copies of this model cannot be stacked: {problem}")
        self.layers = list(models[0])
        self.trials = len(models)
        with torch.no_grad():
            self.params = {name: torch.stack([dict(m.named_parameters())[name] for m in models]).requires_grad_()
                           for name, _ in models[0].named_parameters()}

    def __call__(self, x: torch.Tensor) -> torch.Tensor:
        trials, batch = self.trials, x.shape[0]
        shared = True  # x is still the input every trial sees alike
        for i, layer in enumerate(self.layers):
            weight, bias = self.params.get(f"{i}.weight"), self.params.get(f"{i}.bias")
            bias_flat = None if bias is None else bias.flatten()
            if isinstance(layer, nn.Conv2d):
                x = F.conv2d(x, weight.flatten(0, 1), bias_flat, layer.stride, layer.padding, layer.dilation,
                             groups=1 if shared else trials)
                shared = False
            elif isinstance(layer, nn.Flatten):
                # [batch, trials * C, H, W] -> [trials, batch, C * H * W], each trial flattened as alone.
                x = x.flatten(1) if shared else x.reshape(batch, trials, -1).transpose(0, 1)
            elif isinstance(layer, nn.Linear) and shared:
                x = F.linear(x, weight.flatten(0, 1), bias_flat).view(batch, trials, -1).transpose(0, 1)
                shared = False
            elif isinstance(layer, nn.Linear):
                product = torch.bmm(x, weight.transpose(1, 2))
                x = product if bias is None else product + bias.unsqueeze(1)
            else:  # ReLU and MaxPool2d act per channel
                x = layer(x)
        return x
