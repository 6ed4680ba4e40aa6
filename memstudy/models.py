"""The paper's networks and two CPU-sized ones behind one registry: `build_model(name, in_shape, num_classes)`.

Every architecture is written once with a trial dimension (memstudy.layers): one network holds G
trials, each with its own parameters and batch-norm statistics, and returns logits [G, N, K] for
the batch [N, ...] they share. G = 1 is the ordinary network of one trial.
"""

from __future__ import annotations

import inspect
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

from memstudy.errors import ConfigError, lookup, suggest
from memstudy.layers import (TrialFlatten, TrialLinear, TrialMeanPool, cat_channels, is_channels_last, load_member,
                             member_state, pad_channels, trial_batch_norm, trial_conv)


# ---------------------------------------------------------------- Inception-Lite (Zhang et al. 2017)

class ConvModule(nn.Sequential):
    # Zhang et al.'s "conv module": conv (with bias, as in their parameter count), batch norm, ReLU.
    def __init__(self, trials, cin, cout, kernel, stride=1, shared_input=False):
        super().__init__(trial_conv(trials, cin, cout, kernel, stride, kernel // 2, shared_input=shared_input),
                         trial_batch_norm(trials, cout), nn.ReLU(inplace=True))


class Inception(nn.Module):
    def __init__(self, trials, cin, c1, c3):
        super().__init__()
        self.trials = trials
        self.branch1, self.branch3 = ConvModule(trials, cin, c1, 1), ConvModule(trials, cin, c3, 3)
        self.out_channels = c1 + c3

    def forward(self, x):
        return cat_channels([self.branch1(x), self.branch3(x)], self.trials)


class Downsample(nn.Module):
    def __init__(self, trials, cin, c3):
        super().__init__()
        self.trials = trials
        self.conv = ConvModule(trials, cin, c3, 3, stride=2)
        self.out_channels = c3 + cin

    def forward(self, x):
        return cat_channels([self.conv(x), F.max_pool2d(x, 3, stride=2, padding=1)], self.trials)


class InceptionLite(nn.Module):
    """Conv96 -> Inc(32,32) -> Inc(32,48) -> Down(80) -> Inc(112,48) -> Inc(96,64) -> Inc(80,80)
    -> Inc(48,96) -> Down(96) -> Inc(176,160) -> Inc(176,160) -> global mean pool -> FC."""

    PLAN = [("inc", 32, 32), ("inc", 32, 48), ("down", 80), ("inc", 112, 48), ("inc", 96, 64),
            ("inc", 80, 80), ("inc", 48, 96), ("down", 96), ("inc", 176, 160), ("inc", 176, 160)]

    def __init__(self, in_channels, num_classes, trials=1):
        super().__init__()
        self.trials = trials
        layers, c = [ConvModule(trials, in_channels, 96, 3, shared_input=True)], 96
        for kind, *widths in self.PLAN:
            block = Inception(trials, c, *widths) if kind == "inc" else Downsample(trials, c, *widths)
            layers.append(block)
            c = block.out_channels
        self.features = nn.Sequential(*layers)
        self.pool = TrialMeanPool(trials)
        self.fc = TrialLinear(trials, c, num_classes)

    def forward(self, x):
        return self.fc(self.pool(self.features(x)))


# ---------------------------------------------------------------- ResNets

class BasicBlock(nn.Module):
    def __init__(self, trials, cin, cout, stride, shortcut):
        super().__init__()
        self.trials = trials
        self.conv1 = trial_conv(trials, cin, cout, 3, stride, 1, bias=False)
        self.bn1 = trial_batch_norm(trials, cout)
        self.conv2 = trial_conv(trials, cout, cout, 3, 1, 1, bias=False)
        self.bn2 = trial_batch_norm(trials, cout)
        self.shortcut_kind = shortcut
        self.project = None
        self.pad = cout - cin
        if (stride != 1 or cin != cout) and shortcut == "B":
            self.project = nn.Sequential(trial_conv(trials, cin, cout, 1, stride, bias=False),
                                         trial_batch_norm(trials, cout))
        self.stride = stride

    def _shortcut(self, x):
        if self.project is not None:
            return self.project(x)
        if self.stride != 1 or self.pad:
            # Option A (He et al. 2016, CIFAR): subsample, then zero-pad the new channels; no parameters.
            x = pad_channels(x[:, :, :: self.stride, :: self.stride], self.trials, self.pad // 2,
                             self.pad - self.pad // 2, channels_last=is_channels_last(x))
        return x

    def forward(self, x):
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return F.relu(out + self._shortcut(x))


class ResNet(nn.Module):
    def __init__(self, in_channels, num_classes, widths, blocks, shortcut, stem_width, trials=1):
        super().__init__()
        self.trials = trials
        self.stem = nn.Sequential(trial_conv(trials, in_channels, stem_width, 3, 1, 1, bias=False, shared_input=True),
                                  trial_batch_norm(trials, stem_width), nn.ReLU(inplace=True))
        layers, c = [], stem_width
        for stage, (width, count) in enumerate(zip(widths, blocks)):
            for i in range(count):
                stride = 2 if stage > 0 and i == 0 else 1
                layers.append(BasicBlock(trials, c, width, stride, shortcut))
                c = width
        self.layers = nn.Sequential(*layers)
        self.pool = TrialMeanPool(trials)
        self.fc = TrialLinear(trials, c, num_classes)
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                # Initialised values matter for one trial only: a fused network is built empty and
                # filled member by member with G = 1 networks (build_model).
                nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")

    def forward(self, x):
        return self.fc(self.pool(self.layers(self.stem(x))))


class Sequential(nn.Sequential):
    """nn.Sequential of trial layers that knows its number of trials."""

    def __init__(self, trials, *layers):
        super().__init__(*layers)
        self.trials = trials


def _image_channels(in_shape, name):
    if len(in_shape) != 3:
        raise ConfigError(f"model {name!r} needs image input (C, H, W), got shape {tuple(in_shape)}; use 'mlp' for flat features")
    return in_shape[0]


def inception_lite(in_shape, num_classes, trials=1):
    return InceptionLite(_image_channels(in_shape, "inception_lite"), num_classes, trials)


def resnet32(in_shape, num_classes, trials=1, n=5):
    """He et al.'s CIFAR ResNet, 6n+2 layers (n = 5: ResNet-32), option-A shortcuts."""
    return ResNet(_image_channels(in_shape, "resnet32"), num_classes, (16, 32, 64), (n, n, n), "A", 16, trials)


def resnet18(in_shape, num_classes, trials=1):
    """[2,2,2,2] basic-block ResNet; a 3x3 stride-1 stem without max pool, for 28x28 (MNIST) input."""
    return ResNet(_image_channels(in_shape, "resnet18"), num_classes, (64, 128, 256, 512), (2, 2, 2, 2), "B", 64,
                  trials)


def mlp(in_shape, num_classes, trials=1, hidden=(512, 512)):
    """Fully connected ReLU network over the flattened input."""
    layers, width = [nn.Flatten()], math.prod(in_shape)
    for h in hidden:
        layers += [TrialLinear(trials, width, h), nn.ReLU(inplace=True)]
        width = h
    layers.append(TrialLinear(trials, width, num_classes))
    return Sequential(trials, *layers)


def small_cnn(in_shape, num_classes, trials=1, channels=(8, 16), hidden=64):
    """3x3 conv + ReLU layers (two by default), a 2x2 max pool and two linear layers; no batch norm."""
    c, h, w = (_image_channels(in_shape, "small_cnn"), *in_shape[1:])
    layers, cin = [], c
    for i, cout in enumerate(channels):
        layers += [trial_conv(trials, cin, cout, 3, padding=1, shared_input=i == 0), nn.ReLU(inplace=True)]
        cin = cout
    layers += [nn.MaxPool2d(2), TrialFlatten(trials), TrialLinear(trials, cin * (h // 2) * (w // 2), hidden),
               nn.ReLU(inplace=True), TrialLinear(trials, hidden, num_classes)]
    return Sequential(trials, *layers)


# Each takes (in_shape, num_classes, trials=1, **params) and returns a network with a `trials`
# attribute whose forward pass maps a batch [N, ...] to logits [trials, N, num_classes], built
# from memstudy.layers so that members keep to themselves (tests/test_models.py checks it).
MODELS = {
    "inception_lite": inception_lite,
    "resnet32": resnet32,
    "resnet18": resnet18,
    "mlp": mlp,
    "small_cnn": small_cnn,
}


def model_param_defaults(name: str) -> dict:
    params = list(inspect.signature(lookup(MODELS, name, "model")).parameters.values())[2:]
    return {p.name: p.default for p in params if p.name != "trials"}


def check_model_params(name: str, params: dict) -> list[str]:
    allowed = model_param_defaults(name)
    return [f"model {name!r} has no parameter {k!r}{suggest(k, allowed)}; it takes {', '.join(allowed) or 'no parameters'}"
            for k in params if k not in allowed]


def empty_model(name: str, in_shape, num_classes: int, trials: int, device=None, **params) -> nn.Module:
    """`name`'s fused network of `trials` members with uninitialised tensors on `device`: built on the
    meta device, so it draws no random numbers and takes no memory until it is filled."""
    problems = check_model_params(name, params)
    if problems:
        raise ConfigError("; ".join(problems))
    with torch.device("meta"):
        model = MODELS[name](tuple(in_shape), int(num_classes), trials=trials, **params)
    return model.to_empty(device=device or "cpu")


def build_model(name: str, in_shape, num_classes: int, *, seeds=None, device=None, **params) -> nn.Module:
    """`name`'s network for one trial, initialised from torch's global generator as torch.nn layers are.

    With `seeds`, the fused network of len(seeds) trials whose member t is exactly the network that
    build_model gives after torch.manual_seed(seeds[t]) (the global generator is left seeded by the
    last). Either way the forward pass returns logits [trials, N, num_classes].
    """
    if seeds is None:
        problems = check_model_params(name, params)
        if problems:
            raise ConfigError("; ".join(problems))
        model = MODELS[name](tuple(in_shape), int(num_classes), **params)
        return model if device is None else model.to(device)
    model = empty_model(name, in_shape, num_classes, len(seeds), device, **params)
    for t, seed in enumerate(seeds):
        torch.manual_seed(seed)
        load_member(model, len(seeds), t, build_model(name, in_shape, num_classes, **params).state_dict())
    return model


def member_state_dict(model: nn.Module, member: int) -> dict:
    """One member of a fused network as the state dict of its own network (build_model's, G = 1)."""
    return member_state(model.state_dict(), model.trials, member)


def count_parameters(model: nn.Module, include_batchnorm_affine: bool = True) -> int:
    """Parameters of one member (of the network itself for G = 1)."""
    total = 0
    for module in model.modules():
        for pname, p in module.named_parameters(recurse=False):
            if not include_batchnorm_affine and isinstance(module, nn.modules.batchnorm._BatchNorm):
                continue
            total += p.numel()
    return total // model.trials
