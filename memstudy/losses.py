"""Per-example loss functions with one signature, their registry and a numerical symmetry check.

Every loss takes raw network outputs `logits[B, K]` and integer `labels[B]` and returns `loss[B]`,
so clean and flipped examples can be measured apart. Probabilities are computed in float32 (or
float64) even under float16/bfloat16 autocast, and from `log_softmax` where a power or a log of a
probability is needed, so values and gradients stay finite for logits of any magnitude.

Adding a loss: write `def myloss(logits, labels, *, param=default) -> Tensor[B]` and add one
`LossSpec` entry to `LOSSES`.
"""

from __future__ import annotations

import inspect
import math
from dataclasses import dataclass, field
from functools import partial
from typing import Callable

import torch
import torch.nn.functional as F

from memstudy.errors import ConfigError, lookup, suggest

# The reverse cross entropy needs log(0) of the one-hot target, which Wang et al. (2019) set to
# A = -4 in their text (RCE = -A * (1 - p_k)); common implementations clamp probabilities at 1e-4,
# i.e. A = ln(1e-4) ~ -9.21. A loss parameter, `rce_log_zero`, recorded with the trial.
RCE_LOG_ZERO = -4.0


def _float(logits: torch.Tensor) -> torch.Tensor:
    # Losses are computed at least in float32: half-precision softmax and logs underflow.
    return logits if logits.dtype in (torch.float32, torch.float64) else logits.float()


def _prob_of_label(logits, labels):
    return F.softmax(_float(logits), dim=1).gather(1, labels[:, None]).squeeze(1)


def cce(logits, labels):
    """Categorical cross entropy -log g_k(x) (unbounded, not symmetric)."""
    return F.cross_entropy(_float(logits), labels, reduction="none")


def mse(logits, labels):
    """sum_i (g_i(x) - e^k_i)^2 on the softmax outputs (bounded by 2, not symmetric)."""
    p = F.softmax(_float(logits), dim=1)
    onehot = F.one_hot(labels, p.shape[1]).to(p.dtype)
    return ((p - onehot) ** 2).sum(dim=1)


def rll(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative.

    `alpha` may also be a float64 tensor [B], one value per example (stacked_loss): each value
    then rounds as a Python number does, so each example's loss is the one its own alpha gives."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    if isinstance(alpha, torch.Tensor):
        constant = torch.log((alpha + 1) / alpha).to(p.dtype)
        log_terms = torch.log(alpha.to(p.dtype)[:, None] + p)
    else:
        constant = math.log((alpha + 1) / alpha)
        log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return constant - own + others


def nmse(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale * squared / (k * (p * p).sum(dim=1) + k - 2)


def mae(logits, labels):
    """Mean absolute error sum_i |g_i - e^k_i| = 2 - 2 g_k (symmetric)."""
    return 2.0 - 2.0 * _prob_of_label(logits, labels)


def gce(logits, labels, *, q=0.7):
    """Generalised cross entropy (Zhang & Sabuncu 2018): (1 - g_k^q) / q."""
    # g_k^q via exp(q * log g_k): the power's derivative at g_k = 0 would be infinite.
    log_pk = F.log_softmax(_float(logits), dim=1).gather(1, labels[:, None]).squeeze(1)
    return (1.0 - torch.exp(q * log_pk)) / q


def _rce(logits, labels, log_zero):
    return -log_zero * (1.0 - _prob_of_label(logits, labels))


def sce(logits, labels, *, alpha=0.1, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Symmetric cross entropy (Wang et al. 2019): alpha * CE + beta * reverse CE (symmetric when alpha = 0)."""
    return alpha * cce(logits, labels) + beta * _rce(logits, labels, rce_log_zero)


def nce_rce(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, labels[:, None]).squeeze(1) / logp.sum(dim=1)
    return alpha * nce + beta * _rce(logits, labels, rce_log_zero)


@dataclass(frozen=True)
class LossSpec:
    fn: Callable
    symmetric: bool  # at the default parameters; `loss_symmetry` judges the loss as parameterised
    # parameter -> (human-readable rule, predicate); checked by build_loss / check_loss_params
    rules: dict = field(default_factory=dict)
    # Whether fn also takes each parameter as a float64 tensor of one value per example, with the
    # same result per example as the number: then stacked_loss scores members with different
    # parameters in one call.
    stacks: bool = False


_POSITIVE = ("> 0", lambda v: v > 0)
_NON_NEGATIVE = (">= 0", lambda v: v >= 0)
_NEGATIVE = ("< 0 (a log of a probability)", lambda v: v < 0)
# RLL adds alpha to a float32 probability: below float32's smallest normal number alpha is lost in
# rounding (0 for a probability that underflowed), and log(0) ends the trial as a non-finite loss.
_RLL_ALPHA = (">= 1.2e-38 (a positive number that float32 resolves)", lambda v: v >= 1.2e-38)

LOSSES: dict[str, LossSpec] = {
    "cce": LossSpec(cce, symmetric=False),
    "mse": LossSpec(mse, symmetric=False),
    "rll": LossSpec(rll, symmetric=True, rules={"alpha": _RLL_ALPHA}, stacks=True),
    "nmse": LossSpec(nmse, symmetric=True, rules={"scale": _POSITIVE}),
    "mae": LossSpec(mae, symmetric=True),
    "gce": LossSpec(gce, symmetric=False, rules={"q": ("in (0, 1]", lambda v: 0 < v <= 1)}),
    "sce": LossSpec(sce, symmetric=False, rules={"alpha": _NON_NEGATIVE, "beta": _NON_NEGATIVE,
                                                 "rce_log_zero": _NEGATIVE}),
    "nce_rce": LossSpec(nce_rce, symmetric=True, rules={"alpha": _NON_NEGATIVE, "beta": _NON_NEGATIVE,
                                                        "rce_log_zero": _NEGATIVE}),
}


def loss_param_defaults(name: str) -> dict:
    """The parameters `name` takes, with their defaults."""
    spec = lookup(LOSSES, name, "loss")
    params = list(inspect.signature(spec.fn).parameters.values())[2:]
    return {p.name: p.default for p in params}


def check_loss_params(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            problems.append(f"loss {name!r} parameter {key!r} must be a finite number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def build_loss(name: str, **params) -> Callable[[torch.Tensor, torch.Tensor], torch.Tensor]:
    """The per-example loss `name` with `params` bound: (logits[B, K], labels[B]) -> loss[B]."""
    problems = check_loss_params(name, params)
    if problems:
        raise ConfigError("; ".join(problems))
    return partial(LOSSES[name].fn, **params)


def stacked_loss(name: str, params: list[dict]) -> Callable[[torch.Tensor, torch.Tensor], torch.Tensor] | None:
    """Loss `name` for M members, each with its own `params`, in one call: (logits [M*n, K], labels
    [M*n]) -> loss [M*n], member m's n examples scored as build_loss(name, **params[m]) scores
    them. Parameters that differ go in as one value per example; None when the loss cannot take
    them so (LossSpec.stacks), or when no parameter differs (build_loss's function serves)."""
    for p in params:
        problems = check_loss_params(name, p)
        if problems:
            raise ConfigError("; ".join(problems))
    resolved = [resolved_loss_params(name, p) for p in params]
    differ = [k for k in resolved[0] if len({r[k] for r in resolved}) > 1]
    if not differ or not LOSSES[name].stacks:
        return None
    same = {k: v for k, v in resolved[0].items() if k not in differ}
    columns = {}  # (n, device) -> the per-example values, made once per batch size and device

    def loss(logits, labels):
        n = logits.shape[0] // len(resolved)
        key = (n, logits.device)
        if key not in columns:
            columns[key] = {k: torch.tensor([r[k] for r in resolved], dtype=torch.float64).repeat_interleave(n)
                            .to(logits.device) for k in differ}
        return LOSSES[name].fn(logits, labels, **same, **columns[key])

    return loss


def symmetry_deviation(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


SYMMETRY_TOLERANCE = 1e-9  # symmetry_deviation of a symmetric loss is float64 rounding, ~1e-15


def loss_symmetry(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(fn, num_classes, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, num_classes, dtype=torch.float64)
    return True, float(sum(fn(logits, torch.tensor([j])) for j in range(num_classes)))


def resolved_loss_params(name: str, params: dict) -> dict:
    """`params` with the loss's defaults filled in (what the trial used)."""
    return {**loss_param_defaults(name), **params}
