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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__float__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__float__mutmut)
def _float(logits: torch.Tensor) -> torch.Tensor:
    # Losses are computed at least in float32: half-precision softmax and logs underflow.
    return logits if logits.dtype in (torch.float32, torch.float64) else logits.float()


def x__float__mutmut_orig(logits: torch.Tensor) -> torch.Tensor:
    # Losses are computed at least in float32: half-precision softmax and logs underflow.
    return logits if logits.dtype in (torch.float32, torch.float64) else logits.float()


def x__float__mutmut_1(logits: torch.Tensor) -> torch.Tensor:
    # Losses are computed at least in float32: half-precision softmax and logs underflow.
    return logits if (logits.dtype in (torch.float32, torch.float64)) and False else logits.float()


def x__float__mutmut_2(logits: torch.Tensor) -> torch.Tensor:
    # Losses are computed at least in float32: half-precision softmax and logs underflow.
    return logits if (logits.dtype in (torch.float32, torch.float64)) or True else logits.float()


def x__float__mutmut_3(logits: torch.Tensor) -> torch.Tensor:
    # Losses are computed at least in float32: half-precision softmax and logs underflow.
    return logits if logits.dtype not in (torch.float32, torch.float64) else logits.float()

mutants_x__float__mutmut['_mutmut_orig'] = x__float__mutmut_orig # type: ignore # mutmut generated
mutants_x__float__mutmut['x__float__mutmut_1'] = x__float__mutmut_1 # type: ignore # mutmut generated
mutants_x__float__mutmut['x__float__mutmut_2'] = x__float__mutmut_2 # type: ignore # mutmut generated
mutants_x__float__mutmut['x__float__mutmut_3'] = x__float__mutmut_3 # type: ignore # mutmut generated
mutants_x__prob_of_label__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__prob_of_label__mutmut)
def _prob_of_label(logits, labels):
    return F.softmax(_float(logits), dim=1).gather(1, labels[:, None]).squeeze(1)


def x__prob_of_label__mutmut_orig(logits, labels):
    return F.softmax(_float(logits), dim=1).gather(1, labels[:, None]).squeeze(1)


def x__prob_of_label__mutmut_1(logits, labels):
    return F.softmax(_float(logits), dim=1).gather(1, labels[:, None]).squeeze(None)


def x__prob_of_label__mutmut_2(logits, labels):
    return F.softmax(_float(logits), dim=1).gather(None, labels[:, None]).squeeze(1)


def x__prob_of_label__mutmut_3(logits, labels):
    return F.softmax(_float(logits), dim=1).gather(1, None).squeeze(1)


def x__prob_of_label__mutmut_4(logits, labels):
    return F.softmax(_float(logits), dim=1).gather(labels[:, None]).squeeze(1)


def x__prob_of_label__mutmut_5(logits, labels):
    return F.softmax(_float(logits), dim=1).gather(1, ).squeeze(1)


def x__prob_of_label__mutmut_6(logits, labels):
    return F.softmax(None, dim=1).gather(1, labels[:, None]).squeeze(1)


def x__prob_of_label__mutmut_7(logits, labels):
    return F.softmax(_float(logits), dim=None).gather(1, labels[:, None]).squeeze(1)


def x__prob_of_label__mutmut_8(logits, labels):
    return F.softmax(dim=1).gather(1, labels[:, None]).squeeze(1)


def x__prob_of_label__mutmut_9(logits, labels):
    return F.softmax(_float(logits), ).gather(1, labels[:, None]).squeeze(1)


def x__prob_of_label__mutmut_10(logits, labels):
    return F.softmax(_float(None), dim=1).gather(1, labels[:, None]).squeeze(1)


def x__prob_of_label__mutmut_11(logits, labels):
    return F.softmax(_float(logits), dim=2).gather(1, labels[:, None]).squeeze(1)


def x__prob_of_label__mutmut_12(logits, labels):
    return F.softmax(_float(logits), dim=1).gather(2, labels[:, None]).squeeze(1)


def x__prob_of_label__mutmut_13(logits, labels):
    return F.softmax(_float(logits), dim=1).gather(1, labels[:, None]).squeeze(2)

mutants_x__prob_of_label__mutmut['_mutmut_orig'] = x__prob_of_label__mutmut_orig # type: ignore # mutmut generated
mutants_x__prob_of_label__mutmut['x__prob_of_label__mutmut_1'] = x__prob_of_label__mutmut_1 # type: ignore # mutmut generated
mutants_x__prob_of_label__mutmut['x__prob_of_label__mutmut_2'] = x__prob_of_label__mutmut_2 # type: ignore # mutmut generated
mutants_x__prob_of_label__mutmut['x__prob_of_label__mutmut_3'] = x__prob_of_label__mutmut_3 # type: ignore # mutmut generated
mutants_x__prob_of_label__mutmut['x__prob_of_label__mutmut_4'] = x__prob_of_label__mutmut_4 # type: ignore # mutmut generated
mutants_x__prob_of_label__mutmut['x__prob_of_label__mutmut_5'] = x__prob_of_label__mutmut_5 # type: ignore # mutmut generated
mutants_x__prob_of_label__mutmut['x__prob_of_label__mutmut_6'] = x__prob_of_label__mutmut_6 # type: ignore # mutmut generated
mutants_x__prob_of_label__mutmut['x__prob_of_label__mutmut_7'] = x__prob_of_label__mutmut_7 # type: ignore # mutmut generated
mutants_x__prob_of_label__mutmut['x__prob_of_label__mutmut_8'] = x__prob_of_label__mutmut_8 # type: ignore # mutmut generated
mutants_x__prob_of_label__mutmut['x__prob_of_label__mutmut_9'] = x__prob_of_label__mutmut_9 # type: ignore # mutmut generated
mutants_x__prob_of_label__mutmut['x__prob_of_label__mutmut_10'] = x__prob_of_label__mutmut_10 # type: ignore # mutmut generated
mutants_x__prob_of_label__mutmut['x__prob_of_label__mutmut_11'] = x__prob_of_label__mutmut_11 # type: ignore # mutmut generated
mutants_x__prob_of_label__mutmut['x__prob_of_label__mutmut_12'] = x__prob_of_label__mutmut_12 # type: ignore # mutmut generated
mutants_x__prob_of_label__mutmut['x__prob_of_label__mutmut_13'] = x__prob_of_label__mutmut_13 # type: ignore # mutmut generated
mutants_x_cce__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_cce__mutmut)
def cce(logits, labels):
    """Categorical cross entropy -log g_k(x) (unbounded, not symmetric)."""
    return F.cross_entropy(_float(logits), labels, reduction="none")


def x_cce__mutmut_orig(logits, labels):
    """Categorical cross entropy -log g_k(x) (unbounded, not symmetric)."""
    return F.cross_entropy(_float(logits), labels, reduction="none")


def x_cce__mutmut_1(logits, labels):
    """Categorical cross entropy -log g_k(x) (unbounded, not symmetric)."""
    return F.cross_entropy(None, labels, reduction="none")


def x_cce__mutmut_2(logits, labels):
    """Categorical cross entropy -log g_k(x) (unbounded, not symmetric)."""
    return F.cross_entropy(_float(logits), None, reduction="none")


def x_cce__mutmut_3(logits, labels):
    """Categorical cross entropy -log g_k(x) (unbounded, not symmetric)."""
    return F.cross_entropy(_float(logits), labels, reduction=None)


def x_cce__mutmut_4(logits, labels):
    """Categorical cross entropy -log g_k(x) (unbounded, not symmetric)."""
    return F.cross_entropy(labels, reduction="none")


def x_cce__mutmut_5(logits, labels):
    """Categorical cross entropy -log g_k(x) (unbounded, not symmetric)."""
    return F.cross_entropy(_float(logits), reduction="none")


def x_cce__mutmut_6(logits, labels):
    """Categorical cross entropy -log g_k(x) (unbounded, not symmetric)."""
    return F.cross_entropy(_float(logits), labels, )


def x_cce__mutmut_7(logits, labels):
    """Categorical cross entropy -log g_k(x) (unbounded, not symmetric)."""
    return F.cross_entropy(_float(None), labels, reduction="none")


def x_cce__mutmut_8(logits, labels):
    """Categorical cross entropy -log g_k(x) (unbounded, not symmetric)."""
    return F.cross_entropy(_float(logits), labels, reduction="XXnoneXX")


def x_cce__mutmut_9(logits, labels):
    """Categorical cross entropy -log g_k(x) (unbounded, not symmetric)."""
    return F.cross_entropy(_float(logits), labels, reduction="NONE")

mutants_x_cce__mutmut['_mutmut_orig'] = x_cce__mutmut_orig # type: ignore # mutmut generated
mutants_x_cce__mutmut['x_cce__mutmut_1'] = x_cce__mutmut_1 # type: ignore # mutmut generated
mutants_x_cce__mutmut['x_cce__mutmut_2'] = x_cce__mutmut_2 # type: ignore # mutmut generated
mutants_x_cce__mutmut['x_cce__mutmut_3'] = x_cce__mutmut_3 # type: ignore # mutmut generated
mutants_x_cce__mutmut['x_cce__mutmut_4'] = x_cce__mutmut_4 # type: ignore # mutmut generated
mutants_x_cce__mutmut['x_cce__mutmut_5'] = x_cce__mutmut_5 # type: ignore # mutmut generated
mutants_x_cce__mutmut['x_cce__mutmut_6'] = x_cce__mutmut_6 # type: ignore # mutmut generated
mutants_x_cce__mutmut['x_cce__mutmut_7'] = x_cce__mutmut_7 # type: ignore # mutmut generated
mutants_x_cce__mutmut['x_cce__mutmut_8'] = x_cce__mutmut_8 # type: ignore # mutmut generated
mutants_x_cce__mutmut['x_cce__mutmut_9'] = x_cce__mutmut_9 # type: ignore # mutmut generated
mutants_x_mse__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_mse__mutmut)
def mse(logits, labels):
    """sum_i (g_i(x) - e^k_i)^2 on the softmax outputs (bounded by 2, not symmetric)."""
    p = F.softmax(_float(logits), dim=1)
    onehot = F.one_hot(labels, p.shape[1]).to(p.dtype)
    return ((p - onehot) ** 2).sum(dim=1)


def x_mse__mutmut_orig(logits, labels):
    """sum_i (g_i(x) - e^k_i)^2 on the softmax outputs (bounded by 2, not symmetric)."""
    p = F.softmax(_float(logits), dim=1)
    onehot = F.one_hot(labels, p.shape[1]).to(p.dtype)
    return ((p - onehot) ** 2).sum(dim=1)


def x_mse__mutmut_1(logits, labels):
    """sum_i (g_i(x) - e^k_i)^2 on the softmax outputs (bounded by 2, not symmetric)."""
    p = None
    onehot = F.one_hot(labels, p.shape[1]).to(p.dtype)
    return ((p - onehot) ** 2).sum(dim=1)


def x_mse__mutmut_2(logits, labels):
    """sum_i (g_i(x) - e^k_i)^2 on the softmax outputs (bounded by 2, not symmetric)."""
    p = F.softmax(None, dim=1)
    onehot = F.one_hot(labels, p.shape[1]).to(p.dtype)
    return ((p - onehot) ** 2).sum(dim=1)


def x_mse__mutmut_3(logits, labels):
    """sum_i (g_i(x) - e^k_i)^2 on the softmax outputs (bounded by 2, not symmetric)."""
    p = F.softmax(_float(logits), dim=None)
    onehot = F.one_hot(labels, p.shape[1]).to(p.dtype)
    return ((p - onehot) ** 2).sum(dim=1)


def x_mse__mutmut_4(logits, labels):
    """sum_i (g_i(x) - e^k_i)^2 on the softmax outputs (bounded by 2, not symmetric)."""
    p = F.softmax(dim=1)
    onehot = F.one_hot(labels, p.shape[1]).to(p.dtype)
    return ((p - onehot) ** 2).sum(dim=1)


def x_mse__mutmut_5(logits, labels):
    """sum_i (g_i(x) - e^k_i)^2 on the softmax outputs (bounded by 2, not symmetric)."""
    p = F.softmax(_float(logits), )
    onehot = F.one_hot(labels, p.shape[1]).to(p.dtype)
    return ((p - onehot) ** 2).sum(dim=1)


def x_mse__mutmut_6(logits, labels):
    """sum_i (g_i(x) - e^k_i)^2 on the softmax outputs (bounded by 2, not symmetric)."""
    p = F.softmax(_float(None), dim=1)
    onehot = F.one_hot(labels, p.shape[1]).to(p.dtype)
    return ((p - onehot) ** 2).sum(dim=1)


def x_mse__mutmut_7(logits, labels):
    """sum_i (g_i(x) - e^k_i)^2 on the softmax outputs (bounded by 2, not symmetric)."""
    p = F.softmax(_float(logits), dim=2)
    onehot = F.one_hot(labels, p.shape[1]).to(p.dtype)
    return ((p - onehot) ** 2).sum(dim=1)


def x_mse__mutmut_8(logits, labels):
    """sum_i (g_i(x) - e^k_i)^2 on the softmax outputs (bounded by 2, not symmetric)."""
    p = F.softmax(_float(logits), dim=1)
    onehot = None
    return ((p - onehot) ** 2).sum(dim=1)


def x_mse__mutmut_9(logits, labels):
    """sum_i (g_i(x) - e^k_i)^2 on the softmax outputs (bounded by 2, not symmetric)."""
    p = F.softmax(_float(logits), dim=1)
    onehot = F.one_hot(labels, p.shape[1]).to(None)
    return ((p - onehot) ** 2).sum(dim=1)


def x_mse__mutmut_10(logits, labels):
    """sum_i (g_i(x) - e^k_i)^2 on the softmax outputs (bounded by 2, not symmetric)."""
    p = F.softmax(_float(logits), dim=1)
    onehot = F.one_hot(None, p.shape[1]).to(p.dtype)
    return ((p - onehot) ** 2).sum(dim=1)


def x_mse__mutmut_11(logits, labels):
    """sum_i (g_i(x) - e^k_i)^2 on the softmax outputs (bounded by 2, not symmetric)."""
    p = F.softmax(_float(logits), dim=1)
    onehot = F.one_hot(labels, None).to(p.dtype)
    return ((p - onehot) ** 2).sum(dim=1)


def x_mse__mutmut_12(logits, labels):
    """sum_i (g_i(x) - e^k_i)^2 on the softmax outputs (bounded by 2, not symmetric)."""
    p = F.softmax(_float(logits), dim=1)
    onehot = F.one_hot(p.shape[1]).to(p.dtype)
    return ((p - onehot) ** 2).sum(dim=1)


def x_mse__mutmut_13(logits, labels):
    """sum_i (g_i(x) - e^k_i)^2 on the softmax outputs (bounded by 2, not symmetric)."""
    p = F.softmax(_float(logits), dim=1)
    onehot = F.one_hot(labels, ).to(p.dtype)
    return ((p - onehot) ** 2).sum(dim=1)


def x_mse__mutmut_14(logits, labels):
    """sum_i (g_i(x) - e^k_i)^2 on the softmax outputs (bounded by 2, not symmetric)."""
    p = F.softmax(_float(logits), dim=1)
    onehot = F.one_hot(labels, p.shape[2]).to(p.dtype)
    return ((p - onehot) ** 2).sum(dim=1)


def x_mse__mutmut_15(logits, labels):
    """sum_i (g_i(x) - e^k_i)^2 on the softmax outputs (bounded by 2, not symmetric)."""
    p = F.softmax(_float(logits), dim=1)
    onehot = F.one_hot(labels, p.shape[1]).to(p.dtype)
    return ((p - onehot) ** 2).sum(dim=None)


def x_mse__mutmut_16(logits, labels):
    """sum_i (g_i(x) - e^k_i)^2 on the softmax outputs (bounded by 2, not symmetric)."""
    p = F.softmax(_float(logits), dim=1)
    onehot = F.one_hot(labels, p.shape[1]).to(p.dtype)
    return ((p - onehot) * 2).sum(dim=1)


def x_mse__mutmut_17(logits, labels):
    """sum_i (g_i(x) - e^k_i)^2 on the softmax outputs (bounded by 2, not symmetric)."""
    p = F.softmax(_float(logits), dim=1)
    onehot = F.one_hot(labels, p.shape[1]).to(p.dtype)
    return ((p + onehot) ** 2).sum(dim=1)


def x_mse__mutmut_18(logits, labels):
    """sum_i (g_i(x) - e^k_i)^2 on the softmax outputs (bounded by 2, not symmetric)."""
    p = F.softmax(_float(logits), dim=1)
    onehot = F.one_hot(labels, p.shape[1]).to(p.dtype)
    return ((p - onehot) ** 3).sum(dim=1)


def x_mse__mutmut_19(logits, labels):
    """sum_i (g_i(x) - e^k_i)^2 on the softmax outputs (bounded by 2, not symmetric)."""
    p = F.softmax(_float(logits), dim=1)
    onehot = F.one_hot(labels, p.shape[1]).to(p.dtype)
    return ((p - onehot) ** 2).sum(dim=2)

mutants_x_mse__mutmut['_mutmut_orig'] = x_mse__mutmut_orig # type: ignore # mutmut generated
mutants_x_mse__mutmut['x_mse__mutmut_1'] = x_mse__mutmut_1 # type: ignore # mutmut generated
mutants_x_mse__mutmut['x_mse__mutmut_2'] = x_mse__mutmut_2 # type: ignore # mutmut generated
mutants_x_mse__mutmut['x_mse__mutmut_3'] = x_mse__mutmut_3 # type: ignore # mutmut generated
mutants_x_mse__mutmut['x_mse__mutmut_4'] = x_mse__mutmut_4 # type: ignore # mutmut generated
mutants_x_mse__mutmut['x_mse__mutmut_5'] = x_mse__mutmut_5 # type: ignore # mutmut generated
mutants_x_mse__mutmut['x_mse__mutmut_6'] = x_mse__mutmut_6 # type: ignore # mutmut generated
mutants_x_mse__mutmut['x_mse__mutmut_7'] = x_mse__mutmut_7 # type: ignore # mutmut generated
mutants_x_mse__mutmut['x_mse__mutmut_8'] = x_mse__mutmut_8 # type: ignore # mutmut generated
mutants_x_mse__mutmut['x_mse__mutmut_9'] = x_mse__mutmut_9 # type: ignore # mutmut generated
mutants_x_mse__mutmut['x_mse__mutmut_10'] = x_mse__mutmut_10 # type: ignore # mutmut generated
mutants_x_mse__mutmut['x_mse__mutmut_11'] = x_mse__mutmut_11 # type: ignore # mutmut generated
mutants_x_mse__mutmut['x_mse__mutmut_12'] = x_mse__mutmut_12 # type: ignore # mutmut generated
mutants_x_mse__mutmut['x_mse__mutmut_13'] = x_mse__mutmut_13 # type: ignore # mutmut generated
mutants_x_mse__mutmut['x_mse__mutmut_14'] = x_mse__mutmut_14 # type: ignore # mutmut generated
mutants_x_mse__mutmut['x_mse__mutmut_15'] = x_mse__mutmut_15 # type: ignore # mutmut generated
mutants_x_mse__mutmut['x_mse__mutmut_16'] = x_mse__mutmut_16 # type: ignore # mutmut generated
mutants_x_mse__mutmut['x_mse__mutmut_17'] = x_mse__mutmut_17 # type: ignore # mutmut generated
mutants_x_mse__mutmut['x_mse__mutmut_18'] = x_mse__mutmut_18 # type: ignore # mutmut generated
mutants_x_mse__mutmut['x_mse__mutmut_19'] = x_mse__mutmut_19 # type: ignore # mutmut generated
mutants_x_rll__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_rll__mutmut)
def rll(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_orig(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_1(logits, labels, *, alpha=1.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_2(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = None
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_3(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(None, dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_4(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=None)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_5(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_6(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), )
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_7(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(None), dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_8(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=2)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_9(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = None
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_10(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[2]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_11(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    log_terms = None
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_12(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    log_terms = torch.log(None)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_13(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha - p)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_14(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = None
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_15(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(None)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_16(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(None, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_17(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, None).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_18(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_19(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, ).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_20(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(2, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_21(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(2)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_22(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = None
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_23(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) * (k - 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_24(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) + own) / (k - 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_25(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=None) - own) / (k - 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_26(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=2) - own) / (k - 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_27(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k + 1)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_28(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 2)
    return math.log((alpha + 1) / alpha) - own + others


def x_rll__mutmut_29(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha + 1) / alpha) - own - others


def x_rll__mutmut_30(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha + 1) / alpha) + own + others


def x_rll__mutmut_31(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log(None) - own + others


def x_rll__mutmut_32(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha + 1) * alpha) - own + others


def x_rll__mutmut_33(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha - 1) / alpha) - own + others


def x_rll__mutmut_34(logits, labels, *, alpha=0.1):
    """Robust log loss (Kumar & Sastry 2018): symmetric, bounded, non-negative."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    log_terms = torch.log(alpha + p)
    own = log_terms.gather(1, labels[:, None]).squeeze(1)
    others = (log_terms.sum(dim=1) - own) / (k - 1)
    return math.log((alpha + 2) / alpha) - own + others

mutants_x_rll__mutmut['_mutmut_orig'] = x_rll__mutmut_orig # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_1'] = x_rll__mutmut_1 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_2'] = x_rll__mutmut_2 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_3'] = x_rll__mutmut_3 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_4'] = x_rll__mutmut_4 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_5'] = x_rll__mutmut_5 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_6'] = x_rll__mutmut_6 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_7'] = x_rll__mutmut_7 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_8'] = x_rll__mutmut_8 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_9'] = x_rll__mutmut_9 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_10'] = x_rll__mutmut_10 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_11'] = x_rll__mutmut_11 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_12'] = x_rll__mutmut_12 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_13'] = x_rll__mutmut_13 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_14'] = x_rll__mutmut_14 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_15'] = x_rll__mutmut_15 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_16'] = x_rll__mutmut_16 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_17'] = x_rll__mutmut_17 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_18'] = x_rll__mutmut_18 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_19'] = x_rll__mutmut_19 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_20'] = x_rll__mutmut_20 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_21'] = x_rll__mutmut_21 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_22'] = x_rll__mutmut_22 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_23'] = x_rll__mutmut_23 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_24'] = x_rll__mutmut_24 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_25'] = x_rll__mutmut_25 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_26'] = x_rll__mutmut_26 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_27'] = x_rll__mutmut_27 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_28'] = x_rll__mutmut_28 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_29'] = x_rll__mutmut_29 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_30'] = x_rll__mutmut_30 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_31'] = x_rll__mutmut_31 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_32'] = x_rll__mutmut_32 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_33'] = x_rll__mutmut_33 # type: ignore # mutmut generated
mutants_x_rll__mutmut['x_rll__mutmut_34'] = x_rll__mutmut_34 # type: ignore # mutmut generated
mutants_x_nmse__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_nmse__mutmut)
def nmse(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale * squared / (k * (p * p).sum(dim=1) + k - 2)


def x_nmse__mutmut_orig(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale * squared / (k * (p * p).sum(dim=1) + k - 2)


def x_nmse__mutmut_1(logits, labels, *, scale=2.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale * squared / (k * (p * p).sum(dim=1) + k - 2)


def x_nmse__mutmut_2(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = None
    k = p.shape[1]
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale * squared / (k * (p * p).sum(dim=1) + k - 2)


def x_nmse__mutmut_3(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(None, dim=1)
    k = p.shape[1]
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale * squared / (k * (p * p).sum(dim=1) + k - 2)


def x_nmse__mutmut_4(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=None)
    k = p.shape[1]
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale * squared / (k * (p * p).sum(dim=1) + k - 2)


def x_nmse__mutmut_5(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(dim=1)
    k = p.shape[1]
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale * squared / (k * (p * p).sum(dim=1) + k - 2)


def x_nmse__mutmut_6(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), )
    k = p.shape[1]
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale * squared / (k * (p * p).sum(dim=1) + k - 2)


def x_nmse__mutmut_7(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(None), dim=1)
    k = p.shape[1]
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale * squared / (k * (p * p).sum(dim=1) + k - 2)


def x_nmse__mutmut_8(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=2)
    k = p.shape[1]
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale * squared / (k * (p * p).sum(dim=1) + k - 2)


def x_nmse__mutmut_9(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=1)
    k = None
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale * squared / (k * (p * p).sum(dim=1) + k - 2)


def x_nmse__mutmut_10(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[2]
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale * squared / (k * (p * p).sum(dim=1) + k - 2)


def x_nmse__mutmut_11(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    onehot = None
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale * squared / (k * (p * p).sum(dim=1) + k - 2)


def x_nmse__mutmut_12(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    onehot = F.one_hot(labels, k).to(None)
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale * squared / (k * (p * p).sum(dim=1) + k - 2)


def x_nmse__mutmut_13(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    onehot = F.one_hot(None, k).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale * squared / (k * (p * p).sum(dim=1) + k - 2)


def x_nmse__mutmut_14(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    onehot = F.one_hot(labels, None).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale * squared / (k * (p * p).sum(dim=1) + k - 2)


def x_nmse__mutmut_15(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    onehot = F.one_hot(k).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale * squared / (k * (p * p).sum(dim=1) + k - 2)


def x_nmse__mutmut_16(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    onehot = F.one_hot(labels, ).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale * squared / (k * (p * p).sum(dim=1) + k - 2)


def x_nmse__mutmut_17(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = None
    return scale * squared / (k * (p * p).sum(dim=1) + k - 2)


def x_nmse__mutmut_18(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=None)
    return scale * squared / (k * (p * p).sum(dim=1) + k - 2)


def x_nmse__mutmut_19(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = ((p - onehot) * 2).sum(dim=1)
    return scale * squared / (k * (p * p).sum(dim=1) + k - 2)


def x_nmse__mutmut_20(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = ((p + onehot) ** 2).sum(dim=1)
    return scale * squared / (k * (p * p).sum(dim=1) + k - 2)


def x_nmse__mutmut_21(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = ((p - onehot) ** 3).sum(dim=1)
    return scale * squared / (k * (p * p).sum(dim=1) + k - 2)


def x_nmse__mutmut_22(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=2)
    return scale * squared / (k * (p * p).sum(dim=1) + k - 2)


def x_nmse__mutmut_23(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale * squared * (k * (p * p).sum(dim=1) + k - 2)


def x_nmse__mutmut_24(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale / squared / (k * (p * p).sum(dim=1) + k - 2)


def x_nmse__mutmut_25(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale * squared / (k * (p * p).sum(dim=1) + k + 2)


def x_nmse__mutmut_26(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale * squared / (k * (p * p).sum(dim=1) - k - 2)


def x_nmse__mutmut_27(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale * squared / (k / (p * p).sum(dim=1) + k - 2)


def x_nmse__mutmut_28(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale * squared / (k * (p * p).sum(dim=None) + k - 2)


def x_nmse__mutmut_29(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale * squared / (k * (p / p).sum(dim=1) + k - 2)


def x_nmse__mutmut_30(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale * squared / (k * (p * p).sum(dim=2) + k - 2)


def x_nmse__mutmut_31(logits, labels, *, scale=1.0):
    """MSE divided by its sum over all K labels, K*||g||^2 + K - 2 (symmetric), times `scale`."""
    p = F.softmax(_float(logits), dim=1)
    k = p.shape[1]
    onehot = F.one_hot(labels, k).to(p.dtype)
    squared = ((p - onehot) ** 2).sum(dim=1)
    return scale * squared / (k * (p * p).sum(dim=1) + k - 3)

mutants_x_nmse__mutmut['_mutmut_orig'] = x_nmse__mutmut_orig # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_1'] = x_nmse__mutmut_1 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_2'] = x_nmse__mutmut_2 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_3'] = x_nmse__mutmut_3 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_4'] = x_nmse__mutmut_4 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_5'] = x_nmse__mutmut_5 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_6'] = x_nmse__mutmut_6 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_7'] = x_nmse__mutmut_7 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_8'] = x_nmse__mutmut_8 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_9'] = x_nmse__mutmut_9 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_10'] = x_nmse__mutmut_10 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_11'] = x_nmse__mutmut_11 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_12'] = x_nmse__mutmut_12 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_13'] = x_nmse__mutmut_13 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_14'] = x_nmse__mutmut_14 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_15'] = x_nmse__mutmut_15 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_16'] = x_nmse__mutmut_16 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_17'] = x_nmse__mutmut_17 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_18'] = x_nmse__mutmut_18 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_19'] = x_nmse__mutmut_19 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_20'] = x_nmse__mutmut_20 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_21'] = x_nmse__mutmut_21 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_22'] = x_nmse__mutmut_22 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_23'] = x_nmse__mutmut_23 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_24'] = x_nmse__mutmut_24 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_25'] = x_nmse__mutmut_25 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_26'] = x_nmse__mutmut_26 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_27'] = x_nmse__mutmut_27 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_28'] = x_nmse__mutmut_28 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_29'] = x_nmse__mutmut_29 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_30'] = x_nmse__mutmut_30 # type: ignore # mutmut generated
mutants_x_nmse__mutmut['x_nmse__mutmut_31'] = x_nmse__mutmut_31 # type: ignore # mutmut generated
mutants_x_mae__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_mae__mutmut)
def mae(logits, labels):
    """Mean absolute error sum_i |g_i - e^k_i| = 2 - 2 g_k (symmetric)."""
    return 2.0 - 2.0 * _prob_of_label(logits, labels)


def x_mae__mutmut_orig(logits, labels):
    """Mean absolute error sum_i |g_i - e^k_i| = 2 - 2 g_k (symmetric)."""
    return 2.0 - 2.0 * _prob_of_label(logits, labels)


def x_mae__mutmut_1(logits, labels):
    """Mean absolute error sum_i |g_i - e^k_i| = 2 - 2 g_k (symmetric)."""
    return 2.0 + 2.0 * _prob_of_label(logits, labels)


def x_mae__mutmut_2(logits, labels):
    """Mean absolute error sum_i |g_i - e^k_i| = 2 - 2 g_k (symmetric)."""
    return 3.0 - 2.0 * _prob_of_label(logits, labels)


def x_mae__mutmut_3(logits, labels):
    """Mean absolute error sum_i |g_i - e^k_i| = 2 - 2 g_k (symmetric)."""
    return 2.0 - 2.0 / _prob_of_label(logits, labels)


def x_mae__mutmut_4(logits, labels):
    """Mean absolute error sum_i |g_i - e^k_i| = 2 - 2 g_k (symmetric)."""
    return 2.0 - 3.0 * _prob_of_label(logits, labels)


def x_mae__mutmut_5(logits, labels):
    """Mean absolute error sum_i |g_i - e^k_i| = 2 - 2 g_k (symmetric)."""
    return 2.0 - 2.0 * _prob_of_label(None, labels)


def x_mae__mutmut_6(logits, labels):
    """Mean absolute error sum_i |g_i - e^k_i| = 2 - 2 g_k (symmetric)."""
    return 2.0 - 2.0 * _prob_of_label(logits, None)


def x_mae__mutmut_7(logits, labels):
    """Mean absolute error sum_i |g_i - e^k_i| = 2 - 2 g_k (symmetric)."""
    return 2.0 - 2.0 * _prob_of_label(labels)


def x_mae__mutmut_8(logits, labels):
    """Mean absolute error sum_i |g_i - e^k_i| = 2 - 2 g_k (symmetric)."""
    return 2.0 - 2.0 * _prob_of_label(logits, )

mutants_x_mae__mutmut['_mutmut_orig'] = x_mae__mutmut_orig # type: ignore # mutmut generated
mutants_x_mae__mutmut['x_mae__mutmut_1'] = x_mae__mutmut_1 # type: ignore # mutmut generated
mutants_x_mae__mutmut['x_mae__mutmut_2'] = x_mae__mutmut_2 # type: ignore # mutmut generated
mutants_x_mae__mutmut['x_mae__mutmut_3'] = x_mae__mutmut_3 # type: ignore # mutmut generated
mutants_x_mae__mutmut['x_mae__mutmut_4'] = x_mae__mutmut_4 # type: ignore # mutmut generated
mutants_x_mae__mutmut['x_mae__mutmut_5'] = x_mae__mutmut_5 # type: ignore # mutmut generated
mutants_x_mae__mutmut['x_mae__mutmut_6'] = x_mae__mutmut_6 # type: ignore # mutmut generated
mutants_x_mae__mutmut['x_mae__mutmut_7'] = x_mae__mutmut_7 # type: ignore # mutmut generated
mutants_x_mae__mutmut['x_mae__mutmut_8'] = x_mae__mutmut_8 # type: ignore # mutmut generated
mutants_x_gce__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_gce__mutmut)
def gce(logits, labels, *, q=0.7):
    """Generalised cross entropy (Zhang & Sabuncu 2018): (1 - g_k^q) / q."""
    # g_k^q via exp(q * log g_k): the power's derivative at g_k = 0 would be infinite.
    log_pk = F.log_softmax(_float(logits), dim=1).gather(1, labels[:, None]).squeeze(1)
    return (1.0 - torch.exp(q * log_pk)) / q


def x_gce__mutmut_orig(logits, labels, *, q=0.7):
    """Generalised cross entropy (Zhang & Sabuncu 2018): (1 - g_k^q) / q."""
    # g_k^q via exp(q * log g_k): the power's derivative at g_k = 0 would be infinite.
    log_pk = F.log_softmax(_float(logits), dim=1).gather(1, labels[:, None]).squeeze(1)
    return (1.0 - torch.exp(q * log_pk)) / q


def x_gce__mutmut_1(logits, labels, *, q=1.7):
    """Generalised cross entropy (Zhang & Sabuncu 2018): (1 - g_k^q) / q."""
    # g_k^q via exp(q * log g_k): the power's derivative at g_k = 0 would be infinite.
    log_pk = F.log_softmax(_float(logits), dim=1).gather(1, labels[:, None]).squeeze(1)
    return (1.0 - torch.exp(q * log_pk)) / q


def x_gce__mutmut_2(logits, labels, *, q=0.7):
    """Generalised cross entropy (Zhang & Sabuncu 2018): (1 - g_k^q) / q."""
    # g_k^q via exp(q * log g_k): the power's derivative at g_k = 0 would be infinite.
    log_pk = None
    return (1.0 - torch.exp(q * log_pk)) / q


def x_gce__mutmut_3(logits, labels, *, q=0.7):
    """Generalised cross entropy (Zhang & Sabuncu 2018): (1 - g_k^q) / q."""
    # g_k^q via exp(q * log g_k): the power's derivative at g_k = 0 would be infinite.
    log_pk = F.log_softmax(_float(logits), dim=1).gather(1, labels[:, None]).squeeze(None)
    return (1.0 - torch.exp(q * log_pk)) / q


def x_gce__mutmut_4(logits, labels, *, q=0.7):
    """Generalised cross entropy (Zhang & Sabuncu 2018): (1 - g_k^q) / q."""
    # g_k^q via exp(q * log g_k): the power's derivative at g_k = 0 would be infinite.
    log_pk = F.log_softmax(_float(logits), dim=1).gather(None, labels[:, None]).squeeze(1)
    return (1.0 - torch.exp(q * log_pk)) / q


def x_gce__mutmut_5(logits, labels, *, q=0.7):
    """Generalised cross entropy (Zhang & Sabuncu 2018): (1 - g_k^q) / q."""
    # g_k^q via exp(q * log g_k): the power's derivative at g_k = 0 would be infinite.
    log_pk = F.log_softmax(_float(logits), dim=1).gather(1, None).squeeze(1)
    return (1.0 - torch.exp(q * log_pk)) / q


def x_gce__mutmut_6(logits, labels, *, q=0.7):
    """Generalised cross entropy (Zhang & Sabuncu 2018): (1 - g_k^q) / q."""
    # g_k^q via exp(q * log g_k): the power's derivative at g_k = 0 would be infinite.
    log_pk = F.log_softmax(_float(logits), dim=1).gather(labels[:, None]).squeeze(1)
    return (1.0 - torch.exp(q * log_pk)) / q


def x_gce__mutmut_7(logits, labels, *, q=0.7):
    """Generalised cross entropy (Zhang & Sabuncu 2018): (1 - g_k^q) / q."""
    # g_k^q via exp(q * log g_k): the power's derivative at g_k = 0 would be infinite.
    log_pk = F.log_softmax(_float(logits), dim=1).gather(1, ).squeeze(1)
    return (1.0 - torch.exp(q * log_pk)) / q


def x_gce__mutmut_8(logits, labels, *, q=0.7):
    """Generalised cross entropy (Zhang & Sabuncu 2018): (1 - g_k^q) / q."""
    # g_k^q via exp(q * log g_k): the power's derivative at g_k = 0 would be infinite.
    log_pk = F.log_softmax(None, dim=1).gather(1, labels[:, None]).squeeze(1)
    return (1.0 - torch.exp(q * log_pk)) / q


def x_gce__mutmut_9(logits, labels, *, q=0.7):
    """Generalised cross entropy (Zhang & Sabuncu 2018): (1 - g_k^q) / q."""
    # g_k^q via exp(q * log g_k): the power's derivative at g_k = 0 would be infinite.
    log_pk = F.log_softmax(_float(logits), dim=None).gather(1, labels[:, None]).squeeze(1)
    return (1.0 - torch.exp(q * log_pk)) / q


def x_gce__mutmut_10(logits, labels, *, q=0.7):
    """Generalised cross entropy (Zhang & Sabuncu 2018): (1 - g_k^q) / q."""
    # g_k^q via exp(q * log g_k): the power's derivative at g_k = 0 would be infinite.
    log_pk = F.log_softmax(dim=1).gather(1, labels[:, None]).squeeze(1)
    return (1.0 - torch.exp(q * log_pk)) / q


def x_gce__mutmut_11(logits, labels, *, q=0.7):
    """Generalised cross entropy (Zhang & Sabuncu 2018): (1 - g_k^q) / q."""
    # g_k^q via exp(q * log g_k): the power's derivative at g_k = 0 would be infinite.
    log_pk = F.log_softmax(_float(logits), ).gather(1, labels[:, None]).squeeze(1)
    return (1.0 - torch.exp(q * log_pk)) / q


def x_gce__mutmut_12(logits, labels, *, q=0.7):
    """Generalised cross entropy (Zhang & Sabuncu 2018): (1 - g_k^q) / q."""
    # g_k^q via exp(q * log g_k): the power's derivative at g_k = 0 would be infinite.
    log_pk = F.log_softmax(_float(None), dim=1).gather(1, labels[:, None]).squeeze(1)
    return (1.0 - torch.exp(q * log_pk)) / q


def x_gce__mutmut_13(logits, labels, *, q=0.7):
    """Generalised cross entropy (Zhang & Sabuncu 2018): (1 - g_k^q) / q."""
    # g_k^q via exp(q * log g_k): the power's derivative at g_k = 0 would be infinite.
    log_pk = F.log_softmax(_float(logits), dim=2).gather(1, labels[:, None]).squeeze(1)
    return (1.0 - torch.exp(q * log_pk)) / q


def x_gce__mutmut_14(logits, labels, *, q=0.7):
    """Generalised cross entropy (Zhang & Sabuncu 2018): (1 - g_k^q) / q."""
    # g_k^q via exp(q * log g_k): the power's derivative at g_k = 0 would be infinite.
    log_pk = F.log_softmax(_float(logits), dim=1).gather(2, labels[:, None]).squeeze(1)
    return (1.0 - torch.exp(q * log_pk)) / q


def x_gce__mutmut_15(logits, labels, *, q=0.7):
    """Generalised cross entropy (Zhang & Sabuncu 2018): (1 - g_k^q) / q."""
    # g_k^q via exp(q * log g_k): the power's derivative at g_k = 0 would be infinite.
    log_pk = F.log_softmax(_float(logits), dim=1).gather(1, labels[:, None]).squeeze(2)
    return (1.0 - torch.exp(q * log_pk)) / q


def x_gce__mutmut_16(logits, labels, *, q=0.7):
    """Generalised cross entropy (Zhang & Sabuncu 2018): (1 - g_k^q) / q."""
    # g_k^q via exp(q * log g_k): the power's derivative at g_k = 0 would be infinite.
    log_pk = F.log_softmax(_float(logits), dim=1).gather(1, labels[:, None]).squeeze(1)
    return (1.0 - torch.exp(q * log_pk)) * q


def x_gce__mutmut_17(logits, labels, *, q=0.7):
    """Generalised cross entropy (Zhang & Sabuncu 2018): (1 - g_k^q) / q."""
    # g_k^q via exp(q * log g_k): the power's derivative at g_k = 0 would be infinite.
    log_pk = F.log_softmax(_float(logits), dim=1).gather(1, labels[:, None]).squeeze(1)
    return (1.0 + torch.exp(q * log_pk)) / q


def x_gce__mutmut_18(logits, labels, *, q=0.7):
    """Generalised cross entropy (Zhang & Sabuncu 2018): (1 - g_k^q) / q."""
    # g_k^q via exp(q * log g_k): the power's derivative at g_k = 0 would be infinite.
    log_pk = F.log_softmax(_float(logits), dim=1).gather(1, labels[:, None]).squeeze(1)
    return (2.0 - torch.exp(q * log_pk)) / q


def x_gce__mutmut_19(logits, labels, *, q=0.7):
    """Generalised cross entropy (Zhang & Sabuncu 2018): (1 - g_k^q) / q."""
    # g_k^q via exp(q * log g_k): the power's derivative at g_k = 0 would be infinite.
    log_pk = F.log_softmax(_float(logits), dim=1).gather(1, labels[:, None]).squeeze(1)
    return (1.0 - torch.exp(None)) / q


def x_gce__mutmut_20(logits, labels, *, q=0.7):
    """Generalised cross entropy (Zhang & Sabuncu 2018): (1 - g_k^q) / q."""
    # g_k^q via exp(q * log g_k): the power's derivative at g_k = 0 would be infinite.
    log_pk = F.log_softmax(_float(logits), dim=1).gather(1, labels[:, None]).squeeze(1)
    return (1.0 - torch.exp(q / log_pk)) / q

mutants_x_gce__mutmut['_mutmut_orig'] = x_gce__mutmut_orig # type: ignore # mutmut generated
mutants_x_gce__mutmut['x_gce__mutmut_1'] = x_gce__mutmut_1 # type: ignore # mutmut generated
mutants_x_gce__mutmut['x_gce__mutmut_2'] = x_gce__mutmut_2 # type: ignore # mutmut generated
mutants_x_gce__mutmut['x_gce__mutmut_3'] = x_gce__mutmut_3 # type: ignore # mutmut generated
mutants_x_gce__mutmut['x_gce__mutmut_4'] = x_gce__mutmut_4 # type: ignore # mutmut generated
mutants_x_gce__mutmut['x_gce__mutmut_5'] = x_gce__mutmut_5 # type: ignore # mutmut generated
mutants_x_gce__mutmut['x_gce__mutmut_6'] = x_gce__mutmut_6 # type: ignore # mutmut generated
mutants_x_gce__mutmut['x_gce__mutmut_7'] = x_gce__mutmut_7 # type: ignore # mutmut generated
mutants_x_gce__mutmut['x_gce__mutmut_8'] = x_gce__mutmut_8 # type: ignore # mutmut generated
mutants_x_gce__mutmut['x_gce__mutmut_9'] = x_gce__mutmut_9 # type: ignore # mutmut generated
mutants_x_gce__mutmut['x_gce__mutmut_10'] = x_gce__mutmut_10 # type: ignore # mutmut generated
mutants_x_gce__mutmut['x_gce__mutmut_11'] = x_gce__mutmut_11 # type: ignore # mutmut generated
mutants_x_gce__mutmut['x_gce__mutmut_12'] = x_gce__mutmut_12 # type: ignore # mutmut generated
mutants_x_gce__mutmut['x_gce__mutmut_13'] = x_gce__mutmut_13 # type: ignore # mutmut generated
mutants_x_gce__mutmut['x_gce__mutmut_14'] = x_gce__mutmut_14 # type: ignore # mutmut generated
mutants_x_gce__mutmut['x_gce__mutmut_15'] = x_gce__mutmut_15 # type: ignore # mutmut generated
mutants_x_gce__mutmut['x_gce__mutmut_16'] = x_gce__mutmut_16 # type: ignore # mutmut generated
mutants_x_gce__mutmut['x_gce__mutmut_17'] = x_gce__mutmut_17 # type: ignore # mutmut generated
mutants_x_gce__mutmut['x_gce__mutmut_18'] = x_gce__mutmut_18 # type: ignore # mutmut generated
mutants_x_gce__mutmut['x_gce__mutmut_19'] = x_gce__mutmut_19 # type: ignore # mutmut generated
mutants_x_gce__mutmut['x_gce__mutmut_20'] = x_gce__mutmut_20 # type: ignore # mutmut generated
mutants_x__rce__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__rce__mutmut)
def _rce(logits, labels, log_zero):
    return -log_zero * (1.0 - _prob_of_label(logits, labels))


def x__rce__mutmut_orig(logits, labels, log_zero):
    return -log_zero * (1.0 - _prob_of_label(logits, labels))


def x__rce__mutmut_1(logits, labels, log_zero):
    return -log_zero / (1.0 - _prob_of_label(logits, labels))


def x__rce__mutmut_2(logits, labels, log_zero):
    return +log_zero * (1.0 - _prob_of_label(logits, labels))


def x__rce__mutmut_3(logits, labels, log_zero):
    return -log_zero * (1.0 + _prob_of_label(logits, labels))


def x__rce__mutmut_4(logits, labels, log_zero):
    return -log_zero * (2.0 - _prob_of_label(logits, labels))


def x__rce__mutmut_5(logits, labels, log_zero):
    return -log_zero * (1.0 - _prob_of_label(None, labels))


def x__rce__mutmut_6(logits, labels, log_zero):
    return -log_zero * (1.0 - _prob_of_label(logits, None))


def x__rce__mutmut_7(logits, labels, log_zero):
    return -log_zero * (1.0 - _prob_of_label(labels))


def x__rce__mutmut_8(logits, labels, log_zero):
    return -log_zero * (1.0 - _prob_of_label(logits, ))

mutants_x__rce__mutmut['_mutmut_orig'] = x__rce__mutmut_orig # type: ignore # mutmut generated
mutants_x__rce__mutmut['x__rce__mutmut_1'] = x__rce__mutmut_1 # type: ignore # mutmut generated
mutants_x__rce__mutmut['x__rce__mutmut_2'] = x__rce__mutmut_2 # type: ignore # mutmut generated
mutants_x__rce__mutmut['x__rce__mutmut_3'] = x__rce__mutmut_3 # type: ignore # mutmut generated
mutants_x__rce__mutmut['x__rce__mutmut_4'] = x__rce__mutmut_4 # type: ignore # mutmut generated
mutants_x__rce__mutmut['x__rce__mutmut_5'] = x__rce__mutmut_5 # type: ignore # mutmut generated
mutants_x__rce__mutmut['x__rce__mutmut_6'] = x__rce__mutmut_6 # type: ignore # mutmut generated
mutants_x__rce__mutmut['x__rce__mutmut_7'] = x__rce__mutmut_7 # type: ignore # mutmut generated
mutants_x__rce__mutmut['x__rce__mutmut_8'] = x__rce__mutmut_8 # type: ignore # mutmut generated
mutants_x_sce__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_sce__mutmut)
def sce(logits, labels, *, alpha=0.1, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Symmetric cross entropy (Wang et al. 2019): alpha * CE + beta * reverse CE (symmetric when alpha = 0)."""
    return alpha * cce(logits, labels) + beta * _rce(logits, labels, rce_log_zero)


def x_sce__mutmut_orig(logits, labels, *, alpha=0.1, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Symmetric cross entropy (Wang et al. 2019): alpha * CE + beta * reverse CE (symmetric when alpha = 0)."""
    return alpha * cce(logits, labels) + beta * _rce(logits, labels, rce_log_zero)


def x_sce__mutmut_1(logits, labels, *, alpha=1.1, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Symmetric cross entropy (Wang et al. 2019): alpha * CE + beta * reverse CE (symmetric when alpha = 0)."""
    return alpha * cce(logits, labels) + beta * _rce(logits, labels, rce_log_zero)


def x_sce__mutmut_2(logits, labels, *, alpha=0.1, beta=2.0, rce_log_zero=RCE_LOG_ZERO):
    """Symmetric cross entropy (Wang et al. 2019): alpha * CE + beta * reverse CE (symmetric when alpha = 0)."""
    return alpha * cce(logits, labels) + beta * _rce(logits, labels, rce_log_zero)


def x_sce__mutmut_3(logits, labels, *, alpha=0.1, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Symmetric cross entropy (Wang et al. 2019): alpha * CE + beta * reverse CE (symmetric when alpha = 0)."""
    return alpha * cce(logits, labels) - beta * _rce(logits, labels, rce_log_zero)


def x_sce__mutmut_4(logits, labels, *, alpha=0.1, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Symmetric cross entropy (Wang et al. 2019): alpha * CE + beta * reverse CE (symmetric when alpha = 0)."""
    return alpha / cce(logits, labels) + beta * _rce(logits, labels, rce_log_zero)


def x_sce__mutmut_5(logits, labels, *, alpha=0.1, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Symmetric cross entropy (Wang et al. 2019): alpha * CE + beta * reverse CE (symmetric when alpha = 0)."""
    return alpha * cce(None, labels) + beta * _rce(logits, labels, rce_log_zero)


def x_sce__mutmut_6(logits, labels, *, alpha=0.1, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Symmetric cross entropy (Wang et al. 2019): alpha * CE + beta * reverse CE (symmetric when alpha = 0)."""
    return alpha * cce(logits, None) + beta * _rce(logits, labels, rce_log_zero)


def x_sce__mutmut_7(logits, labels, *, alpha=0.1, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Symmetric cross entropy (Wang et al. 2019): alpha * CE + beta * reverse CE (symmetric when alpha = 0)."""
    return alpha * cce(labels) + beta * _rce(logits, labels, rce_log_zero)


def x_sce__mutmut_8(logits, labels, *, alpha=0.1, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Symmetric cross entropy (Wang et al. 2019): alpha * CE + beta * reverse CE (symmetric when alpha = 0)."""
    return alpha * cce(logits, ) + beta * _rce(logits, labels, rce_log_zero)


def x_sce__mutmut_9(logits, labels, *, alpha=0.1, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Symmetric cross entropy (Wang et al. 2019): alpha * CE + beta * reverse CE (symmetric when alpha = 0)."""
    return alpha * cce(logits, labels) + beta / _rce(logits, labels, rce_log_zero)


def x_sce__mutmut_10(logits, labels, *, alpha=0.1, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Symmetric cross entropy (Wang et al. 2019): alpha * CE + beta * reverse CE (symmetric when alpha = 0)."""
    return alpha * cce(logits, labels) + beta * _rce(None, labels, rce_log_zero)


def x_sce__mutmut_11(logits, labels, *, alpha=0.1, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Symmetric cross entropy (Wang et al. 2019): alpha * CE + beta * reverse CE (symmetric when alpha = 0)."""
    return alpha * cce(logits, labels) + beta * _rce(logits, None, rce_log_zero)


def x_sce__mutmut_12(logits, labels, *, alpha=0.1, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Symmetric cross entropy (Wang et al. 2019): alpha * CE + beta * reverse CE (symmetric when alpha = 0)."""
    return alpha * cce(logits, labels) + beta * _rce(logits, labels, None)


def x_sce__mutmut_13(logits, labels, *, alpha=0.1, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Symmetric cross entropy (Wang et al. 2019): alpha * CE + beta * reverse CE (symmetric when alpha = 0)."""
    return alpha * cce(logits, labels) + beta * _rce(labels, rce_log_zero)


def x_sce__mutmut_14(logits, labels, *, alpha=0.1, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Symmetric cross entropy (Wang et al. 2019): alpha * CE + beta * reverse CE (symmetric when alpha = 0)."""
    return alpha * cce(logits, labels) + beta * _rce(logits, rce_log_zero)


def x_sce__mutmut_15(logits, labels, *, alpha=0.1, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Symmetric cross entropy (Wang et al. 2019): alpha * CE + beta * reverse CE (symmetric when alpha = 0)."""
    return alpha * cce(logits, labels) + beta * _rce(logits, labels, )

mutants_x_sce__mutmut['_mutmut_orig'] = x_sce__mutmut_orig # type: ignore # mutmut generated
mutants_x_sce__mutmut['x_sce__mutmut_1'] = x_sce__mutmut_1 # type: ignore # mutmut generated
mutants_x_sce__mutmut['x_sce__mutmut_2'] = x_sce__mutmut_2 # type: ignore # mutmut generated
mutants_x_sce__mutmut['x_sce__mutmut_3'] = x_sce__mutmut_3 # type: ignore # mutmut generated
mutants_x_sce__mutmut['x_sce__mutmut_4'] = x_sce__mutmut_4 # type: ignore # mutmut generated
mutants_x_sce__mutmut['x_sce__mutmut_5'] = x_sce__mutmut_5 # type: ignore # mutmut generated
mutants_x_sce__mutmut['x_sce__mutmut_6'] = x_sce__mutmut_6 # type: ignore # mutmut generated
mutants_x_sce__mutmut['x_sce__mutmut_7'] = x_sce__mutmut_7 # type: ignore # mutmut generated
mutants_x_sce__mutmut['x_sce__mutmut_8'] = x_sce__mutmut_8 # type: ignore # mutmut generated
mutants_x_sce__mutmut['x_sce__mutmut_9'] = x_sce__mutmut_9 # type: ignore # mutmut generated
mutants_x_sce__mutmut['x_sce__mutmut_10'] = x_sce__mutmut_10 # type: ignore # mutmut generated
mutants_x_sce__mutmut['x_sce__mutmut_11'] = x_sce__mutmut_11 # type: ignore # mutmut generated
mutants_x_sce__mutmut['x_sce__mutmut_12'] = x_sce__mutmut_12 # type: ignore # mutmut generated
mutants_x_sce__mutmut['x_sce__mutmut_13'] = x_sce__mutmut_13 # type: ignore # mutmut generated
mutants_x_sce__mutmut['x_sce__mutmut_14'] = x_sce__mutmut_14 # type: ignore # mutmut generated
mutants_x_sce__mutmut['x_sce__mutmut_15'] = x_sce__mutmut_15 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_nce_rce__mutmut)
def nce_rce(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, labels[:, None]).squeeze(1) / logp.sum(dim=1)
    return alpha * nce + beta * _rce(logits, labels, rce_log_zero)


def x_nce_rce__mutmut_orig(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, labels[:, None]).squeeze(1) / logp.sum(dim=1)
    return alpha * nce + beta * _rce(logits, labels, rce_log_zero)


def x_nce_rce__mutmut_1(logits, labels, *, alpha=2.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, labels[:, None]).squeeze(1) / logp.sum(dim=1)
    return alpha * nce + beta * _rce(logits, labels, rce_log_zero)


def x_nce_rce__mutmut_2(logits, labels, *, alpha=1.0, beta=2.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, labels[:, None]).squeeze(1) / logp.sum(dim=1)
    return alpha * nce + beta * _rce(logits, labels, rce_log_zero)


def x_nce_rce__mutmut_3(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = None
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, labels[:, None]).squeeze(1) / logp.sum(dim=1)
    return alpha * nce + beta * _rce(logits, labels, rce_log_zero)


def x_nce_rce__mutmut_4(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(None, dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, labels[:, None]).squeeze(1) / logp.sum(dim=1)
    return alpha * nce + beta * _rce(logits, labels, rce_log_zero)


def x_nce_rce__mutmut_5(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), dim=None)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, labels[:, None]).squeeze(1) / logp.sum(dim=1)
    return alpha * nce + beta * _rce(logits, labels, rce_log_zero)


def x_nce_rce__mutmut_6(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, labels[:, None]).squeeze(1) / logp.sum(dim=1)
    return alpha * nce + beta * _rce(logits, labels, rce_log_zero)


def x_nce_rce__mutmut_7(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), )
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, labels[:, None]).squeeze(1) / logp.sum(dim=1)
    return alpha * nce + beta * _rce(logits, labels, rce_log_zero)


def x_nce_rce__mutmut_8(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(None), dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, labels[:, None]).squeeze(1) / logp.sum(dim=1)
    return alpha * nce + beta * _rce(logits, labels, rce_log_zero)


def x_nce_rce__mutmut_9(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), dim=2)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, labels[:, None]).squeeze(1) / logp.sum(dim=1)
    return alpha * nce + beta * _rce(logits, labels, rce_log_zero)


def x_nce_rce__mutmut_10(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = None
    return alpha * nce + beta * _rce(logits, labels, rce_log_zero)


def x_nce_rce__mutmut_11(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, labels[:, None]).squeeze(1) * logp.sum(dim=1)
    return alpha * nce + beta * _rce(logits, labels, rce_log_zero)


def x_nce_rce__mutmut_12(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, labels[:, None]).squeeze(None) / logp.sum(dim=1)
    return alpha * nce + beta * _rce(logits, labels, rce_log_zero)


def x_nce_rce__mutmut_13(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(None, labels[:, None]).squeeze(1) / logp.sum(dim=1)
    return alpha * nce + beta * _rce(logits, labels, rce_log_zero)


def x_nce_rce__mutmut_14(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, None).squeeze(1) / logp.sum(dim=1)
    return alpha * nce + beta * _rce(logits, labels, rce_log_zero)


def x_nce_rce__mutmut_15(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(labels[:, None]).squeeze(1) / logp.sum(dim=1)
    return alpha * nce + beta * _rce(logits, labels, rce_log_zero)


def x_nce_rce__mutmut_16(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, ).squeeze(1) / logp.sum(dim=1)
    return alpha * nce + beta * _rce(logits, labels, rce_log_zero)


def x_nce_rce__mutmut_17(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(2, labels[:, None]).squeeze(1) / logp.sum(dim=1)
    return alpha * nce + beta * _rce(logits, labels, rce_log_zero)


def x_nce_rce__mutmut_18(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, labels[:, None]).squeeze(2) / logp.sum(dim=1)
    return alpha * nce + beta * _rce(logits, labels, rce_log_zero)


def x_nce_rce__mutmut_19(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, labels[:, None]).squeeze(1) / logp.sum(dim=None)
    return alpha * nce + beta * _rce(logits, labels, rce_log_zero)


def x_nce_rce__mutmut_20(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, labels[:, None]).squeeze(1) / logp.sum(dim=2)
    return alpha * nce + beta * _rce(logits, labels, rce_log_zero)


def x_nce_rce__mutmut_21(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, labels[:, None]).squeeze(1) / logp.sum(dim=1)
    return alpha * nce - beta * _rce(logits, labels, rce_log_zero)


def x_nce_rce__mutmut_22(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, labels[:, None]).squeeze(1) / logp.sum(dim=1)
    return alpha / nce + beta * _rce(logits, labels, rce_log_zero)


def x_nce_rce__mutmut_23(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, labels[:, None]).squeeze(1) / logp.sum(dim=1)
    return alpha * nce + beta / _rce(logits, labels, rce_log_zero)


def x_nce_rce__mutmut_24(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, labels[:, None]).squeeze(1) / logp.sum(dim=1)
    return alpha * nce + beta * _rce(None, labels, rce_log_zero)


def x_nce_rce__mutmut_25(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, labels[:, None]).squeeze(1) / logp.sum(dim=1)
    return alpha * nce + beta * _rce(logits, None, rce_log_zero)


def x_nce_rce__mutmut_26(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, labels[:, None]).squeeze(1) / logp.sum(dim=1)
    return alpha * nce + beta * _rce(logits, labels, None)


def x_nce_rce__mutmut_27(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, labels[:, None]).squeeze(1) / logp.sum(dim=1)
    return alpha * nce + beta * _rce(labels, rce_log_zero)


def x_nce_rce__mutmut_28(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, labels[:, None]).squeeze(1) / logp.sum(dim=1)
    return alpha * nce + beta * _rce(logits, rce_log_zero)


def x_nce_rce__mutmut_29(logits, labels, *, alpha=1.0, beta=1.0, rce_log_zero=RCE_LOG_ZERO):
    """Active-passive loss (Ma et al. 2020): alpha * normalised CE + beta * reverse CE."""
    logp = F.log_softmax(_float(logits), dim=1)
    # The denominator is at most -K log K < 0 (attained at the uniform output): never zero.
    nce = logp.gather(1, labels[:, None]).squeeze(1) / logp.sum(dim=1)
    return alpha * nce + beta * _rce(logits, labels, )

mutants_x_nce_rce__mutmut['_mutmut_orig'] = x_nce_rce__mutmut_orig # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_1'] = x_nce_rce__mutmut_1 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_2'] = x_nce_rce__mutmut_2 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_3'] = x_nce_rce__mutmut_3 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_4'] = x_nce_rce__mutmut_4 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_5'] = x_nce_rce__mutmut_5 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_6'] = x_nce_rce__mutmut_6 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_7'] = x_nce_rce__mutmut_7 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_8'] = x_nce_rce__mutmut_8 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_9'] = x_nce_rce__mutmut_9 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_10'] = x_nce_rce__mutmut_10 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_11'] = x_nce_rce__mutmut_11 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_12'] = x_nce_rce__mutmut_12 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_13'] = x_nce_rce__mutmut_13 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_14'] = x_nce_rce__mutmut_14 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_15'] = x_nce_rce__mutmut_15 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_16'] = x_nce_rce__mutmut_16 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_17'] = x_nce_rce__mutmut_17 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_18'] = x_nce_rce__mutmut_18 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_19'] = x_nce_rce__mutmut_19 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_20'] = x_nce_rce__mutmut_20 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_21'] = x_nce_rce__mutmut_21 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_22'] = x_nce_rce__mutmut_22 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_23'] = x_nce_rce__mutmut_23 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_24'] = x_nce_rce__mutmut_24 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_25'] = x_nce_rce__mutmut_25 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_26'] = x_nce_rce__mutmut_26 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_27'] = x_nce_rce__mutmut_27 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_28'] = x_nce_rce__mutmut_28 # type: ignore # mutmut generated
mutants_x_nce_rce__mutmut['x_nce_rce__mutmut_29'] = x_nce_rce__mutmut_29 # type: ignore # mutmut generated


@dataclass(frozen=True)
class LossSpec:
    fn: Callable
    symmetric: bool  # at the default parameters; `loss_symmetry` judges the loss as parameterised
    # parameter -> (human-readable rule, predicate); checked by build_loss / check_loss_params
    rules: dict = field(default_factory=dict)


_POSITIVE = ("> 0", lambda v: v > 0)
_NON_NEGATIVE = (">= 0", lambda v: v >= 0)
_NEGATIVE = ("< 0 (a log of a probability)", lambda v: v < 0)

LOSSES: dict[str, LossSpec] = {
    "cce": LossSpec(cce, symmetric=False),
    "mse": LossSpec(mse, symmetric=False),
    "rll": LossSpec(rll, symmetric=True, rules={"alpha": _POSITIVE}),
    "nmse": LossSpec(nmse, symmetric=True, rules={"scale": _POSITIVE}),
    "mae": LossSpec(mae, symmetric=True),
    "gce": LossSpec(gce, symmetric=False, rules={"q": ("in (0, 1]", lambda v: 0 < v <= 1)}),
    "sce": LossSpec(sce, symmetric=False, rules={"alpha": _NON_NEGATIVE, "beta": _NON_NEGATIVE,
                                                 "rce_log_zero": _NEGATIVE}),
    "nce_rce": LossSpec(nce_rce, symmetric=True, rules={"alpha": _NON_NEGATIVE, "beta": _NON_NEGATIVE,
                                                        "rce_log_zero": _NEGATIVE}),
}
mutants_x_loss_param_defaults__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_loss_param_defaults__mutmut)
def loss_param_defaults(name: str) -> dict:
    """The parameters `name` takes, with their defaults."""
    spec = lookup(LOSSES, name, "loss")
    params = list(inspect.signature(spec.fn).parameters.values())[2:]
    return {p.name: p.default for p in params}


def x_loss_param_defaults__mutmut_orig(name: str) -> dict:
    """The parameters `name` takes, with their defaults."""
    spec = lookup(LOSSES, name, "loss")
    params = list(inspect.signature(spec.fn).parameters.values())[2:]
    return {p.name: p.default for p in params}


def x_loss_param_defaults__mutmut_1(name: str) -> dict:
    """The parameters `name` takes, with their defaults."""
    spec = None
    params = list(inspect.signature(spec.fn).parameters.values())[2:]
    return {p.name: p.default for p in params}


def x_loss_param_defaults__mutmut_2(name: str) -> dict:
    """The parameters `name` takes, with their defaults."""
    spec = lookup(None, name, "loss")
    params = list(inspect.signature(spec.fn).parameters.values())[2:]
    return {p.name: p.default for p in params}


def x_loss_param_defaults__mutmut_3(name: str) -> dict:
    """The parameters `name` takes, with their defaults."""
    spec = lookup(LOSSES, None, "loss")
    params = list(inspect.signature(spec.fn).parameters.values())[2:]
    return {p.name: p.default for p in params}


def x_loss_param_defaults__mutmut_4(name: str) -> dict:
    """The parameters `name` takes, with their defaults."""
    spec = lookup(LOSSES, name, None)
    params = list(inspect.signature(spec.fn).parameters.values())[2:]
    return {p.name: p.default for p in params}


def x_loss_param_defaults__mutmut_5(name: str) -> dict:
    """The parameters `name` takes, with their defaults."""
    spec = lookup(name, "loss")
    params = list(inspect.signature(spec.fn).parameters.values())[2:]
    return {p.name: p.default for p in params}


def x_loss_param_defaults__mutmut_6(name: str) -> dict:
    """The parameters `name` takes, with their defaults."""
    spec = lookup(LOSSES, "loss")
    params = list(inspect.signature(spec.fn).parameters.values())[2:]
    return {p.name: p.default for p in params}


def x_loss_param_defaults__mutmut_7(name: str) -> dict:
    """The parameters `name` takes, with their defaults."""
    spec = lookup(LOSSES, name, )
    params = list(inspect.signature(spec.fn).parameters.values())[2:]
    return {p.name: p.default for p in params}


def x_loss_param_defaults__mutmut_8(name: str) -> dict:
    """The parameters `name` takes, with their defaults."""
    spec = lookup(LOSSES, name, "XXlossXX")
    params = list(inspect.signature(spec.fn).parameters.values())[2:]
    return {p.name: p.default for p in params}


def x_loss_param_defaults__mutmut_9(name: str) -> dict:
    """The parameters `name` takes, with their defaults."""
    spec = lookup(LOSSES, name, "LOSS")
    params = list(inspect.signature(spec.fn).parameters.values())[2:]
    return {p.name: p.default for p in params}


def x_loss_param_defaults__mutmut_10(name: str) -> dict:
    """The parameters `name` takes, with their defaults."""
    spec = lookup(LOSSES, name, "loss")
    params = None
    return {p.name: p.default for p in params}


def x_loss_param_defaults__mutmut_11(name: str) -> dict:
    """The parameters `name` takes, with their defaults."""
    spec = lookup(LOSSES, name, "loss")
    params = list(None)[2:]
    return {p.name: p.default for p in params}


def x_loss_param_defaults__mutmut_12(name: str) -> dict:
    """The parameters `name` takes, with their defaults."""
    spec = lookup(LOSSES, name, "loss")
    params = list(inspect.signature(None).parameters.values())[2:]
    return {p.name: p.default for p in params}


def x_loss_param_defaults__mutmut_13(name: str) -> dict:
    """The parameters `name` takes, with their defaults."""
    spec = lookup(LOSSES, name, "loss")
    params = list(inspect.signature(spec.fn).parameters.values())[3:]
    return {p.name: p.default for p in params}

mutants_x_loss_param_defaults__mutmut['_mutmut_orig'] = x_loss_param_defaults__mutmut_orig # type: ignore # mutmut generated
mutants_x_loss_param_defaults__mutmut['x_loss_param_defaults__mutmut_1'] = x_loss_param_defaults__mutmut_1 # type: ignore # mutmut generated
mutants_x_loss_param_defaults__mutmut['x_loss_param_defaults__mutmut_2'] = x_loss_param_defaults__mutmut_2 # type: ignore # mutmut generated
mutants_x_loss_param_defaults__mutmut['x_loss_param_defaults__mutmut_3'] = x_loss_param_defaults__mutmut_3 # type: ignore # mutmut generated
mutants_x_loss_param_defaults__mutmut['x_loss_param_defaults__mutmut_4'] = x_loss_param_defaults__mutmut_4 # type: ignore # mutmut generated
mutants_x_loss_param_defaults__mutmut['x_loss_param_defaults__mutmut_5'] = x_loss_param_defaults__mutmut_5 # type: ignore # mutmut generated
mutants_x_loss_param_defaults__mutmut['x_loss_param_defaults__mutmut_6'] = x_loss_param_defaults__mutmut_6 # type: ignore # mutmut generated
mutants_x_loss_param_defaults__mutmut['x_loss_param_defaults__mutmut_7'] = x_loss_param_defaults__mutmut_7 # type: ignore # mutmut generated
mutants_x_loss_param_defaults__mutmut['x_loss_param_defaults__mutmut_8'] = x_loss_param_defaults__mutmut_8 # type: ignore # mutmut generated
mutants_x_loss_param_defaults__mutmut['x_loss_param_defaults__mutmut_9'] = x_loss_param_defaults__mutmut_9 # type: ignore # mutmut generated
mutants_x_loss_param_defaults__mutmut['x_loss_param_defaults__mutmut_10'] = x_loss_param_defaults__mutmut_10 # type: ignore # mutmut generated
mutants_x_loss_param_defaults__mutmut['x_loss_param_defaults__mutmut_11'] = x_loss_param_defaults__mutmut_11 # type: ignore # mutmut generated
mutants_x_loss_param_defaults__mutmut['x_loss_param_defaults__mutmut_12'] = x_loss_param_defaults__mutmut_12 # type: ignore # mutmut generated
mutants_x_loss_param_defaults__mutmut['x_loss_param_defaults__mutmut_13'] = x_loss_param_defaults__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_loss_params__mutmut)
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
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_orig(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_1(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = None
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_2(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(None, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_3(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, None, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_4(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, None)
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_5(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_6(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_7(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, )
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_8(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "XXlossXX")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_9(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "LOSS")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_10(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = None
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_11(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(None)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_12(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = None
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_13(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_14(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = None
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_15(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if (allowed) and False else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_16(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if (allowed) or True else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_17(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(None) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_18(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = "XX, XX".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_19(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "XXno parametersXX"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_20(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "NO PARAMETERS"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_21(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(None)
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_22(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(None, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_23(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, None)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_24(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_25(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, )}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_26(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            break
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_27(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) and not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_28(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_29(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(None)
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_30(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            break
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_31(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = None
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_32(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(None)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_33(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule or not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_34(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_35(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](None):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_36(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[2](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[0]}, got {value!r}")
    return problems


def x_check_loss_params__mutmut_37(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(None)
    return problems


def x_check_loss_params__mutmut_38(name: str, params: dict) -> list[str]:
    """Every problem with `params` for loss `name`, as messages (empty when all is well)."""
    spec = lookup(LOSSES, name, "loss")
    allowed = loss_param_defaults(name)
    problems = []
    for key, value in params.items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            problems.append(f"loss {name!r} has no parameter {key!r}{suggest(key, allowed)}; it takes {takes}")
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"loss {name!r} parameter {key!r} must be a number, got {value!r}")
            continue
        rule = spec.rules.get(key)
        if rule and not rule[1](value):
            problems.append(f"loss {name!r} parameter {key!r} must be {rule[1]}, got {value!r}")
    return problems

mutants_x_check_loss_params__mutmut['_mutmut_orig'] = x_check_loss_params__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_1'] = x_check_loss_params__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_2'] = x_check_loss_params__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_3'] = x_check_loss_params__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_4'] = x_check_loss_params__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_5'] = x_check_loss_params__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_6'] = x_check_loss_params__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_7'] = x_check_loss_params__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_8'] = x_check_loss_params__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_9'] = x_check_loss_params__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_10'] = x_check_loss_params__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_11'] = x_check_loss_params__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_12'] = x_check_loss_params__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_13'] = x_check_loss_params__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_14'] = x_check_loss_params__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_15'] = x_check_loss_params__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_16'] = x_check_loss_params__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_17'] = x_check_loss_params__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_18'] = x_check_loss_params__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_19'] = x_check_loss_params__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_20'] = x_check_loss_params__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_21'] = x_check_loss_params__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_22'] = x_check_loss_params__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_23'] = x_check_loss_params__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_24'] = x_check_loss_params__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_25'] = x_check_loss_params__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_26'] = x_check_loss_params__mutmut_26 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_27'] = x_check_loss_params__mutmut_27 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_28'] = x_check_loss_params__mutmut_28 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_29'] = x_check_loss_params__mutmut_29 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_30'] = x_check_loss_params__mutmut_30 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_31'] = x_check_loss_params__mutmut_31 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_32'] = x_check_loss_params__mutmut_32 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_33'] = x_check_loss_params__mutmut_33 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_34'] = x_check_loss_params__mutmut_34 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_35'] = x_check_loss_params__mutmut_35 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_36'] = x_check_loss_params__mutmut_36 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_37'] = x_check_loss_params__mutmut_37 # type: ignore # mutmut generated
mutants_x_check_loss_params__mutmut['x_check_loss_params__mutmut_38'] = x_check_loss_params__mutmut_38 # type: ignore # mutmut generated
mutants_x_build_loss__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_build_loss__mutmut)
def build_loss(name: str, **params) -> Callable[[torch.Tensor, torch.Tensor], torch.Tensor]:
    """The per-example loss `name` with `params` bound: (logits[B, K], labels[B]) -> loss[B]."""
    problems = check_loss_params(name, params)
    if problems:
        raise ConfigError("; ".join(problems))
    return partial(LOSSES[name].fn, **params)


def x_build_loss__mutmut_orig(name: str, **params) -> Callable[[torch.Tensor, torch.Tensor], torch.Tensor]:
    """The per-example loss `name` with `params` bound: (logits[B, K], labels[B]) -> loss[B]."""
    problems = check_loss_params(name, params)
    if problems:
        raise ConfigError("; ".join(problems))
    return partial(LOSSES[name].fn, **params)


def x_build_loss__mutmut_1(name: str, **params) -> Callable[[torch.Tensor, torch.Tensor], torch.Tensor]:
    """The per-example loss `name` with `params` bound: (logits[B, K], labels[B]) -> loss[B]."""
    problems = None
    if problems:
        raise ConfigError("; ".join(problems))
    return partial(LOSSES[name].fn, **params)


def x_build_loss__mutmut_2(name: str, **params) -> Callable[[torch.Tensor, torch.Tensor], torch.Tensor]:
    """The per-example loss `name` with `params` bound: (logits[B, K], labels[B]) -> loss[B]."""
    problems = check_loss_params(None, params)
    if problems:
        raise ConfigError("; ".join(problems))
    return partial(LOSSES[name].fn, **params)


def x_build_loss__mutmut_3(name: str, **params) -> Callable[[torch.Tensor, torch.Tensor], torch.Tensor]:
    """The per-example loss `name` with `params` bound: (logits[B, K], labels[B]) -> loss[B]."""
    problems = check_loss_params(name, None)
    if problems:
        raise ConfigError("; ".join(problems))
    return partial(LOSSES[name].fn, **params)


def x_build_loss__mutmut_4(name: str, **params) -> Callable[[torch.Tensor, torch.Tensor], torch.Tensor]:
    """The per-example loss `name` with `params` bound: (logits[B, K], labels[B]) -> loss[B]."""
    problems = check_loss_params(params)
    if problems:
        raise ConfigError("; ".join(problems))
    return partial(LOSSES[name].fn, **params)


def x_build_loss__mutmut_5(name: str, **params) -> Callable[[torch.Tensor, torch.Tensor], torch.Tensor]:
    """The per-example loss `name` with `params` bound: (logits[B, K], labels[B]) -> loss[B]."""
    problems = check_loss_params(name, )
    if problems:
        raise ConfigError("; ".join(problems))
    return partial(LOSSES[name].fn, **params)


def x_build_loss__mutmut_6(name: str, **params) -> Callable[[torch.Tensor, torch.Tensor], torch.Tensor]:
    """The per-example loss `name` with `params` bound: (logits[B, K], labels[B]) -> loss[B]."""
    problems = check_loss_params(name, params)
    if problems:
        raise ConfigError(None)
    return partial(LOSSES[name].fn, **params)


def x_build_loss__mutmut_7(name: str, **params) -> Callable[[torch.Tensor, torch.Tensor], torch.Tensor]:
    """The per-example loss `name` with `params` bound: (logits[B, K], labels[B]) -> loss[B]."""
    problems = check_loss_params(name, params)
    if problems:
        raise ConfigError("; ".join(None))
    return partial(LOSSES[name].fn, **params)


def x_build_loss__mutmut_8(name: str, **params) -> Callable[[torch.Tensor, torch.Tensor], torch.Tensor]:
    """The per-example loss `name` with `params` bound: (logits[B, K], labels[B]) -> loss[B]."""
    problems = check_loss_params(name, params)
    if problems:
        raise ConfigError("XX; XX".join(problems))
    return partial(LOSSES[name].fn, **params)


def x_build_loss__mutmut_9(name: str, **params) -> Callable[[torch.Tensor, torch.Tensor], torch.Tensor]:
    """The per-example loss `name` with `params` bound: (logits[B, K], labels[B]) -> loss[B]."""
    problems = check_loss_params(name, params)
    if problems:
        raise ConfigError("; ".join(problems))
    return partial(None, **params)


def x_build_loss__mutmut_10(name: str, **params) -> Callable[[torch.Tensor, torch.Tensor], torch.Tensor]:
    """The per-example loss `name` with `params` bound: (logits[B, K], labels[B]) -> loss[B]."""
    problems = check_loss_params(name, params)
    if problems:
        raise ConfigError("; ".join(problems))
    return partial(**params)


def x_build_loss__mutmut_11(name: str, **params) -> Callable[[torch.Tensor, torch.Tensor], torch.Tensor]:
    """The per-example loss `name` with `params` bound: (logits[B, K], labels[B]) -> loss[B]."""
    problems = check_loss_params(name, params)
    if problems:
        raise ConfigError("; ".join(problems))
    return partial(LOSSES[name].fn, )

mutants_x_build_loss__mutmut['_mutmut_orig'] = x_build_loss__mutmut_orig # type: ignore # mutmut generated
mutants_x_build_loss__mutmut['x_build_loss__mutmut_1'] = x_build_loss__mutmut_1 # type: ignore # mutmut generated
mutants_x_build_loss__mutmut['x_build_loss__mutmut_2'] = x_build_loss__mutmut_2 # type: ignore # mutmut generated
mutants_x_build_loss__mutmut['x_build_loss__mutmut_3'] = x_build_loss__mutmut_3 # type: ignore # mutmut generated
mutants_x_build_loss__mutmut['x_build_loss__mutmut_4'] = x_build_loss__mutmut_4 # type: ignore # mutmut generated
mutants_x_build_loss__mutmut['x_build_loss__mutmut_5'] = x_build_loss__mutmut_5 # type: ignore # mutmut generated
mutants_x_build_loss__mutmut['x_build_loss__mutmut_6'] = x_build_loss__mutmut_6 # type: ignore # mutmut generated
mutants_x_build_loss__mutmut['x_build_loss__mutmut_7'] = x_build_loss__mutmut_7 # type: ignore # mutmut generated
mutants_x_build_loss__mutmut['x_build_loss__mutmut_8'] = x_build_loss__mutmut_8 # type: ignore # mutmut generated
mutants_x_build_loss__mutmut['x_build_loss__mutmut_9'] = x_build_loss__mutmut_9 # type: ignore # mutmut generated
mutants_x_build_loss__mutmut['x_build_loss__mutmut_10'] = x_build_loss__mutmut_10 # type: ignore # mutmut generated
mutants_x_build_loss__mutmut['x_build_loss__mutmut_11'] = x_build_loss__mutmut_11 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_symmetry_deviation__mutmut)
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


def x_symmetry_deviation__mutmut_orig(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
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


def x_symmetry_deviation__mutmut_1(loss_fn, num_classes: int, num_samples: int = 2001, seed: int = 0) -> float:
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


def x_symmetry_deviation__mutmut_2(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 1) -> float:
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


def x_symmetry_deviation__mutmut_3(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = None
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


def x_symmetry_deviation__mutmut_4(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(None)
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


def x_symmetry_deviation__mutmut_5(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = None
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_6(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(None, math.log10(50.0), num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_7(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, None, num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_8(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), None, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_9(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), num_samples, dtype=None)
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_10(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(math.log10(50.0), num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_11(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_12(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_13(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), num_samples, )
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_14(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(+2, math.log10(50.0), num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_15(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-3, math.log10(50.0), num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_16(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(None), num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_17(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(51.0), num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_18(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), num_samples, dtype=torch.float64)
    logits = None
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_19(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) / scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_20(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), num_samples, dtype=torch.float64)
    logits = torch.randn(None, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_21(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, None, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_22(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=None, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_23(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=None) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_24(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), num_samples, dtype=torch.float64)
    logits = torch.randn(num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_25(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_26(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_27(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=gen, ) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_28(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = None
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_29(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(None, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_30(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=None)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_31(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_32(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, )
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_33(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(None):
        labels = torch.full((num_samples,), j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_34(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = None
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_35(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full(None, j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_36(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), None, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_37(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, dtype=None)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_38(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full(j, dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_39(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), dtype=torch.long)
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_40(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
    """Largest relative deviation of sum_j L(g(x), j) from its mean, over random outputs g(x).

    The outputs range from near-uniform to near one-hot (logit scales up to 50). A symmetric loss
    gives ~0 (float64 rounding); CCE and MSE give large values.
    """
    gen = torch.Generator().manual_seed(seed)
    scales = torch.logspace(-2, math.log10(50.0), num_samples, dtype=torch.float64)
    logits = torch.randn(num_samples, num_classes, generator=gen, dtype=torch.float64) * scales[:, None]
    totals = torch.zeros(num_samples, dtype=torch.float64)
    for j in range(num_classes):
        labels = torch.full((num_samples,), j, )
        totals += loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_41(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
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
        totals = loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_42(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
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
        totals -= loss_fn(logits, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_43(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
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
        totals += loss_fn(logits, labels).to(None)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_44(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
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
        totals += loss_fn(None, labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_45(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
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
        totals += loss_fn(logits, None).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_46(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
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
        totals += loss_fn(labels).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_47(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
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
        totals += loss_fn(logits, ).to(torch.float64)
    if not torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_48(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
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
    if torch.isfinite(totals).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_49(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
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
    if not torch.isfinite(None).all():
        return math.inf
    centre = totals.mean()
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_50(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
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
    centre = None
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_51(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
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
    return float(None)


def x_symmetry_deviation__mutmut_52(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
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
    return float((totals - centre).abs().max() * centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_53(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
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
    return float((totals + centre).abs().max() / centre.abs().clamp_min(1e-12))


def x_symmetry_deviation__mutmut_54(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
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
    return float((totals - centre).abs().max() / centre.abs().clamp_min(None))


def x_symmetry_deviation__mutmut_55(loss_fn, num_classes: int, num_samples: int = 2000, seed: int = 0) -> float:
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
    return float((totals - centre).abs().max() / centre.abs().clamp_min(1.000000000001))

mutants_x_symmetry_deviation__mutmut['_mutmut_orig'] = x_symmetry_deviation__mutmut_orig # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_1'] = x_symmetry_deviation__mutmut_1 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_2'] = x_symmetry_deviation__mutmut_2 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_3'] = x_symmetry_deviation__mutmut_3 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_4'] = x_symmetry_deviation__mutmut_4 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_5'] = x_symmetry_deviation__mutmut_5 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_6'] = x_symmetry_deviation__mutmut_6 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_7'] = x_symmetry_deviation__mutmut_7 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_8'] = x_symmetry_deviation__mutmut_8 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_9'] = x_symmetry_deviation__mutmut_9 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_10'] = x_symmetry_deviation__mutmut_10 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_11'] = x_symmetry_deviation__mutmut_11 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_12'] = x_symmetry_deviation__mutmut_12 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_13'] = x_symmetry_deviation__mutmut_13 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_14'] = x_symmetry_deviation__mutmut_14 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_15'] = x_symmetry_deviation__mutmut_15 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_16'] = x_symmetry_deviation__mutmut_16 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_17'] = x_symmetry_deviation__mutmut_17 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_18'] = x_symmetry_deviation__mutmut_18 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_19'] = x_symmetry_deviation__mutmut_19 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_20'] = x_symmetry_deviation__mutmut_20 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_21'] = x_symmetry_deviation__mutmut_21 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_22'] = x_symmetry_deviation__mutmut_22 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_23'] = x_symmetry_deviation__mutmut_23 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_24'] = x_symmetry_deviation__mutmut_24 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_25'] = x_symmetry_deviation__mutmut_25 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_26'] = x_symmetry_deviation__mutmut_26 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_27'] = x_symmetry_deviation__mutmut_27 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_28'] = x_symmetry_deviation__mutmut_28 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_29'] = x_symmetry_deviation__mutmut_29 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_30'] = x_symmetry_deviation__mutmut_30 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_31'] = x_symmetry_deviation__mutmut_31 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_32'] = x_symmetry_deviation__mutmut_32 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_33'] = x_symmetry_deviation__mutmut_33 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_34'] = x_symmetry_deviation__mutmut_34 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_35'] = x_symmetry_deviation__mutmut_35 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_36'] = x_symmetry_deviation__mutmut_36 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_37'] = x_symmetry_deviation__mutmut_37 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_38'] = x_symmetry_deviation__mutmut_38 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_39'] = x_symmetry_deviation__mutmut_39 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_40'] = x_symmetry_deviation__mutmut_40 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_41'] = x_symmetry_deviation__mutmut_41 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_42'] = x_symmetry_deviation__mutmut_42 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_43'] = x_symmetry_deviation__mutmut_43 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_44'] = x_symmetry_deviation__mutmut_44 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_45'] = x_symmetry_deviation__mutmut_45 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_46'] = x_symmetry_deviation__mutmut_46 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_47'] = x_symmetry_deviation__mutmut_47 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_48'] = x_symmetry_deviation__mutmut_48 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_49'] = x_symmetry_deviation__mutmut_49 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_50'] = x_symmetry_deviation__mutmut_50 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_51'] = x_symmetry_deviation__mutmut_51 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_52'] = x_symmetry_deviation__mutmut_52 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_53'] = x_symmetry_deviation__mutmut_53 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_54'] = x_symmetry_deviation__mutmut_54 # type: ignore # mutmut generated
mutants_x_symmetry_deviation__mutmut['x_symmetry_deviation__mutmut_55'] = x_symmetry_deviation__mutmut_55 # type: ignore # mutmut generated


SYMMETRY_TOLERANCE = 1e-9  # symmetry_deviation of a symmetric loss is float64 rounding, ~1e-15
mutants_x_loss_symmetry__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_loss_symmetry__mutmut)
def loss_symmetry(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(fn, num_classes, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, num_classes, dtype=torch.float64)
    return True, float(sum(fn(logits, torch.tensor([j])) for j in range(num_classes)))


def x_loss_symmetry__mutmut_orig(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(fn, num_classes, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, num_classes, dtype=torch.float64)
    return True, float(sum(fn(logits, torch.tensor([j])) for j in range(num_classes)))


def x_loss_symmetry__mutmut_1(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = None
    if symmetry_deviation(fn, num_classes, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, num_classes, dtype=torch.float64)
    return True, float(sum(fn(logits, torch.tensor([j])) for j in range(num_classes)))


def x_loss_symmetry__mutmut_2(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(None, **params)
    if symmetry_deviation(fn, num_classes, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, num_classes, dtype=torch.float64)
    return True, float(sum(fn(logits, torch.tensor([j])) for j in range(num_classes)))


def x_loss_symmetry__mutmut_3(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(**params)
    if symmetry_deviation(fn, num_classes, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, num_classes, dtype=torch.float64)
    return True, float(sum(fn(logits, torch.tensor([j])) for j in range(num_classes)))


def x_loss_symmetry__mutmut_4(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, )
    if symmetry_deviation(fn, num_classes, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, num_classes, dtype=torch.float64)
    return True, float(sum(fn(logits, torch.tensor([j])) for j in range(num_classes)))


def x_loss_symmetry__mutmut_5(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(None, num_classes, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, num_classes, dtype=torch.float64)
    return True, float(sum(fn(logits, torch.tensor([j])) for j in range(num_classes)))


def x_loss_symmetry__mutmut_6(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(fn, None, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, num_classes, dtype=torch.float64)
    return True, float(sum(fn(logits, torch.tensor([j])) for j in range(num_classes)))


def x_loss_symmetry__mutmut_7(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(fn, num_classes, num_samples=None) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, num_classes, dtype=torch.float64)
    return True, float(sum(fn(logits, torch.tensor([j])) for j in range(num_classes)))


def x_loss_symmetry__mutmut_8(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(num_classes, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, num_classes, dtype=torch.float64)
    return True, float(sum(fn(logits, torch.tensor([j])) for j in range(num_classes)))


def x_loss_symmetry__mutmut_9(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(fn, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, num_classes, dtype=torch.float64)
    return True, float(sum(fn(logits, torch.tensor([j])) for j in range(num_classes)))


def x_loss_symmetry__mutmut_10(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(fn, num_classes, ) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, num_classes, dtype=torch.float64)
    return True, float(sum(fn(logits, torch.tensor([j])) for j in range(num_classes)))


def x_loss_symmetry__mutmut_11(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(fn, num_classes, num_samples=501) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, num_classes, dtype=torch.float64)
    return True, float(sum(fn(logits, torch.tensor([j])) for j in range(num_classes)))


def x_loss_symmetry__mutmut_12(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(fn, num_classes, num_samples=500) >= SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, num_classes, dtype=torch.float64)
    return True, float(sum(fn(logits, torch.tensor([j])) for j in range(num_classes)))


def x_loss_symmetry__mutmut_13(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(fn, num_classes, num_samples=500) > SYMMETRY_TOLERANCE:
        return True, None
    logits = torch.zeros(1, num_classes, dtype=torch.float64)
    return True, float(sum(fn(logits, torch.tensor([j])) for j in range(num_classes)))


def x_loss_symmetry__mutmut_14(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(fn, num_classes, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = None
    return True, float(sum(fn(logits, torch.tensor([j])) for j in range(num_classes)))


def x_loss_symmetry__mutmut_15(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(fn, num_classes, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(None, num_classes, dtype=torch.float64)
    return True, float(sum(fn(logits, torch.tensor([j])) for j in range(num_classes)))


def x_loss_symmetry__mutmut_16(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(fn, num_classes, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, None, dtype=torch.float64)
    return True, float(sum(fn(logits, torch.tensor([j])) for j in range(num_classes)))


def x_loss_symmetry__mutmut_17(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(fn, num_classes, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, num_classes, dtype=None)
    return True, float(sum(fn(logits, torch.tensor([j])) for j in range(num_classes)))


def x_loss_symmetry__mutmut_18(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(fn, num_classes, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(num_classes, dtype=torch.float64)
    return True, float(sum(fn(logits, torch.tensor([j])) for j in range(num_classes)))


def x_loss_symmetry__mutmut_19(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(fn, num_classes, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, dtype=torch.float64)
    return True, float(sum(fn(logits, torch.tensor([j])) for j in range(num_classes)))


def x_loss_symmetry__mutmut_20(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(fn, num_classes, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, num_classes, )
    return True, float(sum(fn(logits, torch.tensor([j])) for j in range(num_classes)))


def x_loss_symmetry__mutmut_21(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(fn, num_classes, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(2, num_classes, dtype=torch.float64)
    return True, float(sum(fn(logits, torch.tensor([j])) for j in range(num_classes)))


def x_loss_symmetry__mutmut_22(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(fn, num_classes, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, num_classes, dtype=torch.float64)
    return False, float(sum(fn(logits, torch.tensor([j])) for j in range(num_classes)))


def x_loss_symmetry__mutmut_23(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(fn, num_classes, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, num_classes, dtype=torch.float64)
    return True, float(None)


def x_loss_symmetry__mutmut_24(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(fn, num_classes, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, num_classes, dtype=torch.float64)
    return True, float(sum(None))


def x_loss_symmetry__mutmut_25(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(fn, num_classes, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, num_classes, dtype=torch.float64)
    return True, float(sum(fn(None, torch.tensor([j])) for j in range(num_classes)))


def x_loss_symmetry__mutmut_26(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(fn, num_classes, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, num_classes, dtype=torch.float64)
    return True, float(sum(fn(logits, None) for j in range(num_classes)))


def x_loss_symmetry__mutmut_27(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(fn, num_classes, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, num_classes, dtype=torch.float64)
    return True, float(sum(fn(torch.tensor([j])) for j in range(num_classes)))


def x_loss_symmetry__mutmut_28(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(fn, num_classes, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, num_classes, dtype=torch.float64)
    return True, float(sum(fn(logits, ) for j in range(num_classes)))


def x_loss_symmetry__mutmut_29(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(fn, num_classes, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, num_classes, dtype=torch.float64)
    return True, float(sum(fn(logits, torch.tensor(None)) for j in range(num_classes)))


def x_loss_symmetry__mutmut_30(name: str, params: dict, num_classes: int) -> tuple[bool, float | None]:
    """Whether loss `name` with `params` is symmetric for K classes (sum_j L(g, j) the same for every
    output g, measured), and that sum C (None when it is not symmetric): Theorem 1's constant."""
    fn = build_loss(name, **params)
    if symmetry_deviation(fn, num_classes, num_samples=500) > SYMMETRY_TOLERANCE:
        return False, None
    logits = torch.zeros(1, num_classes, dtype=torch.float64)
    return True, float(sum(fn(logits, torch.tensor([j])) for j in range(None)))

mutants_x_loss_symmetry__mutmut['_mutmut_orig'] = x_loss_symmetry__mutmut_orig # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_1'] = x_loss_symmetry__mutmut_1 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_2'] = x_loss_symmetry__mutmut_2 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_3'] = x_loss_symmetry__mutmut_3 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_4'] = x_loss_symmetry__mutmut_4 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_5'] = x_loss_symmetry__mutmut_5 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_6'] = x_loss_symmetry__mutmut_6 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_7'] = x_loss_symmetry__mutmut_7 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_8'] = x_loss_symmetry__mutmut_8 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_9'] = x_loss_symmetry__mutmut_9 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_10'] = x_loss_symmetry__mutmut_10 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_11'] = x_loss_symmetry__mutmut_11 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_12'] = x_loss_symmetry__mutmut_12 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_13'] = x_loss_symmetry__mutmut_13 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_14'] = x_loss_symmetry__mutmut_14 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_15'] = x_loss_symmetry__mutmut_15 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_16'] = x_loss_symmetry__mutmut_16 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_17'] = x_loss_symmetry__mutmut_17 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_18'] = x_loss_symmetry__mutmut_18 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_19'] = x_loss_symmetry__mutmut_19 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_20'] = x_loss_symmetry__mutmut_20 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_21'] = x_loss_symmetry__mutmut_21 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_22'] = x_loss_symmetry__mutmut_22 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_23'] = x_loss_symmetry__mutmut_23 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_24'] = x_loss_symmetry__mutmut_24 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_25'] = x_loss_symmetry__mutmut_25 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_26'] = x_loss_symmetry__mutmut_26 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_27'] = x_loss_symmetry__mutmut_27 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_28'] = x_loss_symmetry__mutmut_28 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_29'] = x_loss_symmetry__mutmut_29 # type: ignore # mutmut generated
mutants_x_loss_symmetry__mutmut['x_loss_symmetry__mutmut_30'] = x_loss_symmetry__mutmut_30 # type: ignore # mutmut generated
mutants_x_resolved_loss_params__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_resolved_loss_params__mutmut)
def resolved_loss_params(name: str, params: dict) -> dict:
    """`params` with the loss's defaults filled in (what the trial used)."""
    return {**loss_param_defaults(name), **params}


def x_resolved_loss_params__mutmut_orig(name: str, params: dict) -> dict:
    """`params` with the loss's defaults filled in (what the trial used)."""
    return {**loss_param_defaults(name), **params}


def x_resolved_loss_params__mutmut_1(name: str, params: dict) -> dict:
    """`params` with the loss's defaults filled in (what the trial used)."""
    return {**loss_param_defaults(None), **params}

mutants_x_resolved_loss_params__mutmut['_mutmut_orig'] = x_resolved_loss_params__mutmut_orig # type: ignore # mutmut generated
mutants_x_resolved_loss_params__mutmut['x_resolved_loss_params__mutmut_1'] = x_resolved_loss_params__mutmut_1 # type: ignore # mutmut generated
