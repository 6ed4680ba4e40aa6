"""Building blocks with a trial dimension: G trials of one architecture trained as one network.

Layouts, for G trials and a batch of N examples:
- images between layers: [N, G*C, H, W]; trial g owns channels g*C .. (g+1)*C. The network's input
  [N, C, H, W] is the batch every trial shares.
- features after the image layers: [G, N, F]; a shared flat input is [N, F]. Logits: [G, N, K].
- every parameter and buffer: its torch.nn shape with the first dimension G times as long, trial g
  owning the g-th of G equal blocks (conv weight [G*Cout, Cin, k, k], batch-norm weight and running
  statistics [G*C], linear weight [G*out, in]); 0-d buffers (batch norm's step counter) are shared.

Convolutions, batch norm, ReLU and pooling are PyTorch's own layers over G*C channels: a grouped
convolution with one group per trial, and batch norm over G*C channels, which keeps each trial's
own batch statistics and running statistics. With G = 1 every block is exactly its torch.nn
counterpart, with the same parameter shapes and initial values under the same seed.
"""

from __future__ import annotations

import torch
import torch.nn as nn
import torch.nn.functional as F


def trial_conv(trials: int, cin: int, cout: int, kernel: int, stride: int = 1, padding: int = 0, bias: bool = True,
               shared_input: bool = False) -> nn.Conv2d:
    """G convolutions Cin -> Cout as one: grouped (a group per trial), or over the shared input."""
    if shared_input:  # every trial sees the same channels: one ordinary convolution with G*Cout filters
        return nn.Conv2d(cin, trials * cout, kernel, stride, padding, bias=bias)
    return nn.Conv2d(trials * cin, trials * cout, kernel, stride, padding, bias=bias, groups=trials)


def trial_batch_norm(trials: int, channels: int) -> nn.BatchNorm2d:
    """G batch norms over C channels each: batch norm is per channel, so this is one over G*C."""
    return nn.BatchNorm2d(trials * channels)


class TrialLinear(nn.Linear):
    """G linear layers in -> out: weight [G*out, in], bias [G*out].

    Input [G, N, in] (each trial its own features): a batched matrix product per trial. Input
    [N, in] (the features every trial shares): one ordinary linear layer with G*out outputs.
    Output [G, N, out].
    """

    def __init__(self, trials: int, in_features: int, out_features: int, bias: bool = True):
        super().__init__(in_features, trials * out_features, bias=bias)
        self.trials = trials

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.trials == 1:  # one trial: torch.nn's own linear layer (a plain matrix product, as fast)
            return F.linear(x if x.dim() == 2 else x.squeeze(0), self.weight, self.bias).unsqueeze(0)
        if x.dim() == 2:
            return F.linear(x, self.weight, self.bias).unflatten(1, (self.trials, -1)).transpose(0, 1)
        weight = self.weight.unflatten(0, (self.trials, -1)).transpose(1, 2)  # [G, in, out]
        if self.bias is None:
            return torch.bmm(x, weight)
        return torch.baddbmm(self.bias.unflatten(0, (self.trials, -1)).unsqueeze(1), x, weight)


class TrialFlatten(nn.Module):
    """[N, G*C, H, W] -> [G, N, C*H*W]: each trial's image features flattened as nn.Flatten would."""

    def __init__(self, trials: int):
        super().__init__()
        self.trials = trials

    def forward(self, x):
        return x.unflatten(1, (self.trials, -1)).flatten(2).transpose(0, 1)


class TrialMeanPool(nn.Module):
    """Global average pooling: [N, G*C, H, W] -> [G, N, C]."""

    def __init__(self, trials: int):
        super().__init__()
        self.trials = trials

    def forward(self, x):
        return x.mean(dim=(2, 3)).unflatten(1, (self.trials, -1)).transpose(0, 1)


def _trials_axis(x: torch.Tensor, trials: int, channels_last: bool):
    """x [N, G*C, H, W] with the trial axis split out (a view where the layout allows), the axis of
    C in it, and the function that merges a result back to [N, G*C', H, W] in the same layout."""
    if channels_last:  # [N, H, W, G, C]: the channels are the innermost dimension
        return (x.permute(0, 2, 3, 1).reshape(*x.shape[:1], *x.shape[2:], trials, -1), 4,
                lambda y: y.flatten(3).permute(0, 3, 1, 2))
    return x.reshape(x.shape[0], trials, -1, *x.shape[2:]), 2, lambda y: y.flatten(1, 2)


def is_channels_last(x: torch.Tensor) -> bool:
    return x.dim() == 4 and not x.is_contiguous() and x.is_contiguous(memory_format=torch.channels_last)


def cat_channels(parts: list[torch.Tensor], trials: int) -> torch.Tensor:
    """torch.cat(parts, dim=1) of each trial's own channels: trial g gets its channels of every part, in order."""
    channels_last = is_channels_last(parts[0])
    split = [_trials_axis(p, trials, channels_last) for p in parts]
    axis, merge = split[0][1], split[0][2]
    return merge(torch.cat([view for view, _, _ in split], dim=axis))


def pad_channels(x: torch.Tensor, trials: int, before: int, after: int, channels_last: bool | None = None) -> torch.Tensor:
    """Zero channels added before and after each trial's own: [N, G*C, H, W] -> [N, G*(before+C+after), H, W].

    `channels_last` chooses the layout of the result (default: the layout of x).
    """
    if channels_last is None:
        channels_last = is_channels_last(x)
    view, axis, merge = _trials_axis(x, trials, channels_last)
    return merge(F.pad(view, [0, 0] * (view.dim() - 1 - axis) + [before, after]))


# ---------------------------------------------------------------- members in and out

def member_state(state: dict, trials: int, member: int) -> dict:
    """Member `member`'s tensors from a fused network's state dict: the state dict of that trial's
    network alone (G = 1), with torch.nn's shapes."""
    return {name: value.clone() if value.dim() == 0 else value.unflatten(0, (trials, -1))[member].clone()
            for name, value in state.items()}


def select_members(state: dict, trials: int, members: list[int]) -> dict:
    """The state dict of the fused network of `members` (in that order) taken from a G-trial one.

    Also right for an optimiser's per-parameter state (momentum, Adam's moments), which has the
    parameters' shapes; 0-d entries (step counters) are shared and kept.
    """
    index = torch.as_tensor(members)
    out = {}
    for name, value in state.items():
        if isinstance(value, torch.Tensor) and value.dim() > 0:
            value = value.unflatten(0, (trials, -1)).index_select(0, index.to(value.device)).flatten(0, 1)
        out[name] = value
    return out


@torch.no_grad()
def load_member(model: nn.Module, trials: int, member: int, state: dict) -> None:
    """Put one trial's network (the state dict of its G = 1 network) into member `member` of `model`."""
    own = model.state_dict()
    if set(own) != set(state):
        raise KeyError(f"a member's state needs exactly the keys {sorted(own)}; got {sorted(state)}")
    for name, target in own.items():
        if target.dim() == 0:
            target.copy_(state[name])
            continue
        block = target.unflatten(0, (trials, -1))[member]
        if block.shape != state[name].shape:
            raise ValueError(f"{name}: a member has shape {tuple(block.shape)}, got {tuple(state[name].shape)}")
        block.copy_(state[name])
