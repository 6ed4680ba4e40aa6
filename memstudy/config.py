"""Study files: YAML -> validated, frozen StudySpec -> one frozen TrialConfig per grid cell.

Every problem in a study file is collected and reported at once, each naming the file, the key
path, the bad value and what is allowed, before any data is loaded or Ray is started.
"""

from __future__ import annotations

import copy
import dataclasses
import importlib.util
import itertools
import json
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from memstudy import data, losses, models, noise
from memstudy import metrics as metric_names
from memstudy.errors import ConfigError, suggest
from memstudy.storage import redact_text


@dataclass(frozen=True)
class TrialConfig:
    """Everything one trial needs. Field names are the YAML keys and the results-table columns."""

    dataset: str = "digits"
    dataset_params: dict = field(default_factory=dict)
    model: str = "mlp"
    model_params: dict = field(default_factory=dict)
    loss: str = "cce"
    loss_params: dict = field(default_factory=dict)
    noise: str = "symmetric"      # see memstudy.noise.KINDS; "given" reads the labels from noise_params.path
    noise_params: dict = field(default_factory=dict)  # given noise: {path, key (for an .npz)}
    eta: float = 0.0              # noise rate in [0, 1]; for given noise, the labels' realised rate (set for you)
    noise_seed: int | None = None  # None: use `seed`, so each seed is a fresh noise draw
    optimizer: str = "sgd"        # sgd | adam
    lr: float = 0.01              # initial learning rate
    momentum: float = 0.9         # SGD only (Zhang et al. 2017 used 0.9)
    weight_decay: float = 0.0     # L2, applied by the optimiser
    schedule: str = "constant"    # constant | exponential (x lr_gamma per epoch) | multistep
    lr_gamma: float = 0.1         # exponential: factor per epoch; multistep: factor at each milestone
    lr_milestones: tuple = ()     # multistep: epochs after which lr is multiplied by lr_gamma
    epochs: int = 10
    batch_size: int = 128         # the authors' code used 128
    augment: bool = False         # random crop (pad 4) and flip; memorisation studies train without
    seed: int = 0                 # model initialisation (and data order unless data_seed is set)
    data_seed: int | None = None  # data order and augmentation; None: use `seed`
    device: str = "auto"          # auto | cpu | cuda
    # fp32 (the default): true float32, TF32 off, so a fused group and its trials alone differ only by
    # summation order, on any GPU. tf32: TF32 matrix products and convolutions on CUDA (PyTorch's
    # own default for convolutions). bf16: bfloat16 autocast (losses still compute in float32).
    precision: str = "fp32"
    # On CUDA, each full batch's training step (forward, loss, backward, optimiser step) is captured
    # once as a CUDA graph and replayed (memstudy.steps); elsewhere, or where capture fails (the
    # trial's status.json says why), steps run eagerly. false: always eagerly.
    cuda_graphs: bool = True
    eval_batch_size: int = 256    # evaluation chunk: 256 beat 1024 by 30-40% on CPUs (cache); GPU presets use 1024
    record_predictions: bool = True  # each training example's predicted class every epoch (1 byte each, compressed)
    preset: str | None = None     # a named recipe from PRESETS; explicit keys override it

    @property
    def resolved_noise_seed(self) -> int:
        return self.seed if self.noise_seed is None else self.noise_seed

    @property
    def resolved_data_seed(self) -> int:
        return self.seed if self.data_seed is None else self.data_seed

    @property
    def test_noise_seed(self) -> int:
        """The seed of the noisy copy of the test labels (Theorem 1's independent noise): derived
        from the noise seed, a draw independent of the training labels' noise."""
        return noise.derived_seed(self.resolved_noise_seed, "test labels")

    def to_dict(self) -> dict:
        out = dataclasses.asdict(self)
        out["lr_milestones"] = list(self.lr_milestones)
        return out


PARAM_KEYS = ("dataset_params", "model_params", "loss_params", "noise_params")

# The paper's per-architecture recipes (PAPER.md, "Architectures and training recipes").
PRESETS: dict[str, dict] = {
    "inception_lite_cifar10": dict(dataset="cifar10", model="inception_lite", optimizer="sgd", lr=0.01,
                                   momentum=0.9, schedule="exponential", lr_gamma=0.95, epochs=100,
                                   weight_decay=0.0, batch_size=128, eval_batch_size=1024),
    "resnet32_cifar10": dict(dataset="cifar10", model="resnet32", optimizer="sgd", lr=0.1, momentum=0.9,
                             schedule="multistep", lr_gamma=0.1, lr_milestones=(100, 150), epochs=200,
                             weight_decay=1e-4, batch_size=128, eval_batch_size=1024),
    "resnet18_mnist": dict(dataset="mnist", model="resnet18", optimizer="adam", lr=0.001, schedule="constant",
                           epochs=200, weight_decay=0.0, batch_size=128, eval_batch_size=1024),
    # CPU-sized: a 2x512 MLP on sklearn's digits shows the paper's effect in ~20 s per trial on one core.
    # Adam (as the paper's ResNet-18/MNIST recipe) lets MSE memorise too (J1 > 0.95 needs ~150 epochs).
    "mlp_digits": dict(dataset="digits", model="mlp", model_params={"hidden": [512, 512]}, optimizer="adam",
                       lr=0.001, schedule="constant", epochs=150, weight_decay=0.0, batch_size=64),
}

# ---------------------------------------------------------------- the keys of a study file, described once
#
# Each key's type, default, allowed values and meaning: the parser below checks values against
# these, and memstudy.schema writes the JSON Schema (`memstudy schema`) and docs/study-file.md
# from them, so the three cannot disagree.


@dataclass(frozen=True)
class Key:
    """One key of a study file."""

    type: str                  # str | int | number | bool | choice | list | mapping | any
    doc: str
    default: Any = None
    choices: tuple = ()        # type "choice": the allowed values
    low: float | None = None   # int/number: bounds, inclusive unless low_open/high_open
    high: float | None = None
    low_open: bool = False
    high_open: bool = False
    nullable: bool = False     # null (None) is allowed (and means the default's stated meaning)
    also: tuple = ()           # other literal values allowed besides the type ("auto", true, false)
    items: Key | None = None   # type "list": each item
    pattern: str | None = None  # type "str": a regular expression the whole value matches
    what: str = ""             # type "choice": what a value is called in messages ("noise kind")
    text: str = ""             # the rule in words, where the generated one would say less

    def ok(self, value) -> bool:
        if value is None:
            return self.nullable
        if any(type(value) is type(a) and value == a for a in self.also):
            return True
        if self.type == "choice":
            return isinstance(value, (str, int, float)) and value in self.choices
        if self.type in ("int", "number"):
            if not (_is_int(value) if self.type == "int" else _is_number(value)):
                return False
            return ((self.low is None or (value > self.low if self.low_open else value >= self.low))
                    and (self.high is None or (value < self.high if self.high_open else value <= self.high)))
        if self.type == "bool":
            return isinstance(value, bool)
        if self.type == "str":
            return isinstance(value, str) and (self.pattern is None or re.fullmatch(self.pattern, value) is not None)
        if self.type == "list":
            return isinstance(value, (list, tuple)) and all(self.items.ok(v) for v in value)
        if self.type == "mapping":
            return isinstance(value, dict)
        return True

    def rule(self) -> str:
        """What the key allows, in words: 'a positive integer', 'a number in [0, 1]'."""
        if self.text:
            return self.text
        if self.type == "choice":
            return "one of " + ", ".join(map(str, self.choices))
        if self.type == "int" and self.high is None and self.low in (0, 1) and not self.low_open:
            return "a positive integer" if self.low == 1 else "a non-negative integer"
        if self.type in ("int", "number"):
            noun = "an integer" if self.type == "int" else "a number"
            if self.low is not None and self.high is not None:
                return (f"{noun} in {'(' if self.low_open else '['}{self.low:g}, {self.high:g}"
                        f"{')' if self.high_open else ']'}")
            if self.low is not None:
                return f"{noun} {'>' if self.low_open else '>='} {self.low:g}"
            return noun
        return {"bool": "true or false", "str": "a string", "mapping": "a mapping",
                "list": f"a list of {self.items.rule() if self.items else 'values'}"}.get(self.type, "any value")


def _trial_default(name):
    f = next(f for f in dataclasses.fields(TrialConfig) if f.name == name)
    value = f.default_factory() if f.default is dataclasses.MISSING else f.default
    return list(value) if isinstance(value, tuple) else value


_PARAMS_DOC = "parameters of the {0} (see its table below); dotted keys set one: {0}_params.NAME"

# Trial keys: what `trial:`, a grid axis and a grid entry may set. Defaults are TrialConfig's.
TRIAL_SPEC: dict[str, Key] = {
    "dataset": Key("choice", "the data set", choices=tuple(data.DATASETS), what="dataset"),
    "dataset_params": Key("mapping", _PARAMS_DOC.format("dataset")),
    "model": Key("choice", "the network", choices=tuple(models.MODELS), what="model"),
    "model_params": Key("mapping", _PARAMS_DOC.format("model")),
    "loss": Key("choice", "the training loss", choices=tuple(losses.LOSSES), what="loss"),
    "loss_params": Key("mapping", _PARAMS_DOC.format("loss")),
    "noise": Key("choice", "how training labels are made noisy: a seeded draw at rate eta, or `given` labels read "
                 "from noise_params.path", choices=tuple(noise.KINDS), what="noise kind"),
    "noise_params": Key("mapping", "given noise only: path (a .npy or .npz of one label per training example) and "
                        "key (the array in an .npz)"),
    "eta": Key("number", "noise rate: the probability that a training label is changed (given noise: measured "
               "from the labels; leave it out)", low=0, high=1),
    "noise_seed": Key("int", "seed of the noise draw; null: `seed`, so each seed is a fresh draw", low=0,
                      nullable=True),
    "optimizer": Key("choice", "the optimiser", choices=("sgd", "adam"), what="optimizer"),
    "lr": Key("number", "initial learning rate", low=0, low_open=True),
    "momentum": Key("number", "SGD's momentum (Zhang et al. 2017 used 0.9)", low=0, high=1, high_open=True),
    "weight_decay": Key("number", "L2 penalty, applied by the optimiser", low=0),
    "schedule": Key("choice", "learning-rate schedule: constant, exponential (x lr_gamma per epoch) or multistep "
                    "(x lr_gamma after each of lr_milestones)", choices=("constant", "exponential", "multistep"),
                    what="schedule"),
    "lr_gamma": Key("number", "exponential: factor per epoch; multistep: factor at each milestone", low=0,
                    low_open=True),
    "lr_milestones": Key("list", "multistep: epochs after which lr is multiplied by lr_gamma",
                         items=Key("int", "an epoch", low=1), text="a list of positive epochs"),
    "epochs": Key("int", "training epochs", low=1),
    "batch_size": Key("int", "training batch size (the authors' code used 128)", low=1),
    "augment": Key("bool", "random crop (pad 4) and horizontal flip; memorisation studies train without"),
    "seed": Key("int", "model initialisation, and the data order unless data_seed is set", low=0),
    "data_seed": Key("int", "data order and augmentation; null: `seed`", low=0, nullable=True),
    "device": Key("choice", "where a trial runs; auto: CUDA when the trial has a GPU share",
                  choices=("auto", "cpu", "cuda"), what="device"),
    "precision": Key("choice", "fp32: true float32 (TF32 off); tf32: TF32 matrix products on CUDA; bf16: bfloat16 "
                     "autocast (losses in float32)", choices=("fp32", "tf32", "bf16"), what="precision"),
    "cuda_graphs": Key("bool", "on CUDA, replay each full batch's training step as one captured CUDA graph "
                       "(eager where capture fails: status.json says why); false: always eager"),
    "eval_batch_size": Key("int", "evaluation chunk (256 was fastest on CPUs; the GPU presets use 1024)", low=1),
    "record_predictions": Key("bool", "record each training example's predicted class every epoch (for the "
                              "analysis of which examples are memorised)"),
    "preset": Key("choice", "a named recipe (see Presets below); keys given beside it override it",
                  choices=tuple(PRESETS), nullable=True, what="preset"),
}
TRIAL_SPEC = {name: dataclasses.replace(key, default=_trial_default(name)) for name, key in TRIAL_SPEC.items()}

OPTIMIZERS = TRIAL_SPEC["optimizer"].choices
SCHEDULES = TRIAL_SPEC["schedule"].choices
DEVICES = TRIAL_SPEC["device"].choices
PRECISIONS = TRIAL_SPEC["precision"].choices
DISTRIBUTIONS = ("loguniform", "uniform", "int", "choice")
OBJECTIVES = (metric_names.J2, metric_names.TEST_ACC, metric_names.J1, metric_names.TEST_LOSS)
# Trial keys a search may vary besides loss_params.* and model_params.* (numbers only).
SEARCHABLE = ("lr", "momentum", "weight_decay", "lr_gamma", "batch_size")
NAME_PATTERN = r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}"
NAME_RE = re.compile(f"^{NAME_PATTERN}$")

RESOURCES_SPEC: dict[str, Key] = {
    "cpu": Key("number", "CPUs per trial (per fused group with batch_trials)", default=1.0, low=0, low_open=True),
    # A share above 1 must be whole (the parser and memstudy.schema both say so): Ray cannot split 1.5 GPUs.
    "gpu": Key("number", "GPUs per trial: a share of one (0.25 packs four trials per GPU), a whole number, or "
               "auto (a share from the trials and the GPUs there are; none: the CPU)", default=0.0, low=0,
               also=("auto",), text="'auto', a share of one GPU in [0, 1] (0.25 runs four trials per GPU) or a "
                                    "whole number of GPUs"),
}
ASHA_SPEC: dict[str, Key] = {
    "grace_period": Key("int", "epochs every trial trains before it may be stopped (at most its epochs); ASHA "
                        "judges trials after ceil(grace_period x reduction_factor^k) epochs, fused or not",
                        default=10, low=1),
    "reduction_factor": Key("number", "ASHA keeps 1 / reduction_factor of the trials at each rung", default=3,
                            low=1, low_open=True),
}
SEARCH_SPEC: dict[str, Key] = {
    "params": Key("mapping", "key path (loss_params.NAME, model_params.NAME or one of " + ", ".join(SEARCHABLE)
                  + ") -> distribution: {distribution: loguniform|uniform|int, low, high} or "
                    "{distribution: choice, values: [...]}"),
    "objective": Key("choice", "the metric at a trial's last epoch that the search optimises", default=metric_names.J2,
                     choices=OBJECTIVES, what="objective"),
    "direction": Key("choice", "max or min (default: min for test/loss, else max)", choices=("max", "min"),
                     what="direction"),
    "num_trials": Key("int", "trials per grid cell", default=20, low=1),
    "concurrency": Key("int", "trials at once per search", default=2, low=1),
    "asha": Key("mapping", "ASHA early stopping: {grace_period, reduction_factor}; null: none", nullable=True),
    "seed": Key("int", "seed of Optuna's TPE sampler", default=0, low=0),
}
STUDY_SPEC: dict[str, Key] = {
    "name": Key("str", "the study's name: its results go to results/NAME/", pattern=NAME_PATTERN,
                text="1-100 letters, digits, '.', '_' or '-', starting with a letter or digit"),
    "description": Key("str", "free text, kept with the results", nullable=True),
    "trial": Key("mapping", "settings every trial starts from (the trial keys below)"),
    "grid": Key("mapping", "axes swept: every combination of their values is one trial (see Grids below)"),
    "resources": Key("mapping", "what each trial asks of the machine: cpu, gpu (below)", nullable=True),
    "max_concurrent": Key("int", "cap on trials at once; null: as many as fit", low=1, nullable=True),
    "checkpoint_interval_s": Key("number", "a trial saves its state at most this often in seconds (and after its "
                                 "last epoch); 0: every epoch", default=30.0, low=0),
    "search": Key("mapping", "an Optuna search in every grid cell instead of one trial per cell (Search below); "
                  "null: none", nullable=True),
    "batch_trials": Key("int", "fuse trials that differ only in loss, noise and seed into one network: true (group "
                        "sizes chosen for the machine), false, or the largest group size; with a search (of "
                        "loss_params.* only), Optuna proposes each group's members at once", default=False, low=1,
                        also=(True, False), text="true, false or a group size of at least 1"),
}
# Trackers a study logs to (memstudy.trackers), each with its options; TensorBoard is always written
# (the analysis reads it). LOGGER_PACKAGES: the package each needs, which is also its pip extra.
LOGGER_SPECS: dict[str, dict[str, Key]] = {
    "tensorboard": {},
    "mlflow": {
        "tracking_uri": Key("str", "where the runs go: an MLflow server (http://HOST:5000), sqlite:///PATH.db or any "
                            "URI MLflow takes; null: MLFLOW_TRACKING_URI, else a SQLite file in the study's folder (STUDY/mlflow.db). A "
                            "relative path is resolved against the folder the command runs in. No credentials here: "
                            "MLflow reads MLFLOW_TRACKING_USERNAME, _PASSWORD or _TOKEN from the environment",
                            nullable=True),
        "experiment_name": Key("str", "the MLflow experiment the runs go into; null: the study's name", nullable=True),
    },
    "wandb": {
        "project": Key("str", "the W&B project; null: the study's name", nullable=True),
        "entity": Key("str", "the W&B team or user; null: the API key's default", nullable=True),
        "mode": Key("choice", "online: stream to W&B (WANDB_API_KEY from the environment); offline: local files only, "
                    "uploaded later with `wandb sync`; null: WANDB_MODE, else online", choices=("online", "offline"),
                    nullable=True, what="W&B mode"),
        "dir": Key("str", "where W&B keeps its local files; null: each trial's own folder (TRIAL/wandb/). A "
                   "relative path is resolved against the folder the command runs in", nullable=True),
    },
}
LOGGER_PACKAGES = {"mlflow": "mlflow", "wandb": "wandb"}
LOGGERS = tuple(LOGGER_SPECS)
STUDY_SPEC["loggers"] = Key("any", "trackers that get each trial's parameters and per-epoch metrics besides "
                            "TensorBoard (always written): a list of names, or a mapping of name -> its options "
                            "(Loggers below)", default=["tensorboard"],
                            text="a list of " + ", ".join(LOGGERS) + ", or a mapping of them to their options")
REQUIRED_KEYS = ("name",)
TRIAL_KEYS = list(TRIAL_SPEC)
STUDY_KEYS = tuple(STUDY_SPEC)
SEARCH_KEYS = tuple(SEARCH_SPEC)
RESOURCE_KEYS = tuple(RESOURCES_SPEC)


@dataclass(frozen=True)
class Resources:
    cpu: float = 1.0
    gpu: float | str = 0.0  # a share of one GPU per trial (0.25: four per GPU), a whole number, or "auto"


@dataclass(frozen=True)
class Distribution:
    """One searched parameter: loguniform/uniform/int over [low, high], or a choice of values."""

    kind: str
    low: float | None = None
    high: float | None = None
    values: tuple = ()

    def to_tune(self):
        from ray import tune

        if self.kind == "loguniform":
            return tune.loguniform(self.low, self.high)
        if self.kind == "uniform":
            return tune.uniform(self.low, self.high)
        if self.kind == "int":
            return tune.randint(int(self.low), int(self.high) + 1)
        return tune.choice(list(self.values))

    def extremes(self) -> list:
        return list(self.values) if self.kind == "choice" else [self.low, self.high]


@dataclass(frozen=True)
class SearchSpec:
    """An Optuna search (through Ray Tune) run in every grid cell of the study."""

    params: dict                  # key path (e.g. "loss_params.alpha") -> Distribution
    objective: str = metric_names.J2   # the metric at the trial's last epoch
    direction: str = "max"        # max | min
    num_trials: int = 20          # per grid cell
    concurrency: int = 2          # trials at once per search
    asha: dict | None = None      # {grace_period, reduction_factor}: ASHA early stopping
    seed: int = 0                 # Optuna's TPE sampler seed

    def to_dict(self) -> dict:
        out = dataclasses.asdict(self)
        out["params"] = {k: dataclasses.asdict(v) for k, v in self.params.items()}
        return out


@dataclass(frozen=True)
class StudySpec:
    """A validated study, frozen: what `load_study`/`parse_study` return and `run_study` runs.

    `trials` holds one resolved `TrialConfig` per grid cell in grid order (a search's cell is the
    config its searched keys start from); `raw` is the study file as read and `overrides` the
    `--set` values applied to it, both saved in the results' `study.json`; `to_dict()` is that record.
    """

    name: str
    source: str
    trials: tuple            # TrialConfig per grid cell, in grid order
    resources: Resources
    max_concurrent: int | None
    checkpoint_interval_s: float  # a trial saves its state at most this often (and after its last epoch)
    search: SearchSpec | None     # None: every grid cell is one trial; else an Optuna search per cell
    batch_trials: bool | int      # false: one network per trial; true or n: fused groups (memstudy.groups), of at most n
    raw: dict                # the study file as read, saved beside the results
    overrides: tuple = ()    # the command line's --set KEY=VALUE, applied to `raw` in this order
    loggers: dict = field(default_factory=dict)  # tracker besides TensorBoard -> its options (paths resolved)

    def to_dict(self) -> dict:
        return {"name": self.name, "source": self.source, "resources": dataclasses.asdict(self.resources),
                "max_concurrent": self.max_concurrent, "checkpoint_interval_s": self.checkpoint_interval_s,
                "search": self.search.to_dict() if self.search else None, "batch_trials": self.batch_trials,
                "raw": self.raw, "overrides": list(self.overrides), "loggers": self.loggers,
                "trials": [t.to_dict() for t in self.trials]}


def lr_at(cfg: TrialConfig, epoch: int) -> float:
    """Learning rate used during training epoch `epoch` (1-based)."""
    if cfg.schedule == "exponential":
        return cfg.lr * cfg.lr_gamma ** (epoch - 1)
    if cfg.schedule == "multistep":
        return cfg.lr * cfg.lr_gamma ** sum(epoch > m for m in cfg.lr_milestones)
    return cfg.lr


# ---------------------------------------------------------------- problems, with where they are

class _Problems:
    def __init__(self, source: str, overrides=()):
        self.source = source
        self.items: list[str] = []
        self.count = 0  # problems found, repeats included: a grid cell with a problem another cell has is bad too
        # A --set item as messages show it: a URI in its value without credentials (the value itself
        # may be refused for holding them).
        self.overrides = [(item.partition("=")[0].strip(), redact_text(item)) for item in overrides]

    def add(self, where: str, message: str):
        self.count += 1
        for path, item in self.overrides:  # a problem in a value --set gave names the --set
            if where == path or where.startswith((f"{path}.", f"{path}[")) or path.startswith(f"{where}."):
                where = f"{where} (--set {item})"
                break
        line = f"{self.source}: {where}: {message}" if where else f"{self.source}: {message}"
        if line not in self.items:
            self.items.append(line)

    def raise_if_any(self):
        if self.items:
            head = f"{len(self.items)} problem(s) in the study file:" if len(self.items) > 1 else ""
            raise ConfigError("\n".join(([head] if head else []) + [f"  - {p}" if head else p for p in self.items]))


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _or_empty(value):
    """A mapping key left empty (null) is an empty mapping; anything else is checked as given ([] is not {})."""
    return {} if value is None else value


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


# ---------------------------------------------------------------- grid expansion

def _expand(grid, where: str, problems: _Problems) -> list[dict]:
    """Every combination of the grid's axes, as {key path: (value, where it was set)}."""
    if not isinstance(grid, dict):
        problems.add(where, f"must be a mapping of axis -> list of values, got {grid!r}")
        return [{}]
    combos = [{}]
    for axis, entries in grid.items():
        here = f"{where}.{axis}"
        if not isinstance(axis, str) or not axis:
            problems.add(here, f"a grid axis must be named by a trial key such as loss, eta or loss_params.alpha, "
                               f"got {axis!r}")
            continue
        if not isinstance(entries, list) or not entries:
            problems.add(here, f"a grid axis must be a non-empty list, got {entries!r}")
            continue
        options = []
        for i, entry in enumerate(entries):
            options.extend(_expand_entry(axis, entry, f"{here}[{i}]", problems))
        combos = [{**c, **o} for c, o in itertools.product(combos, options)]
    return combos


def _expand_entry(axis, entry, where, problems) -> list[dict]:
    # A scalar sets the axis's own key; a mapping sets several keys at once and may carry its own
    # `grid`, swept only inside this entry (e.g. rll's alpha, not multiplied into the other losses).
    if not isinstance(entry, dict):
        return [{axis: (entry, where)}]
    entry = dict(entry)
    inner = entry.pop("grid", None)
    for key in [k for k in entry if not isinstance(k, str) or not k]:
        problems.add(f"{where}.{key}", f"a key must be a trial key such as loss or loss_params.alpha, got {key!r}")
        entry.pop(key)
    own = {key: (value, f"{where}.{key}") for key, value in entry.items()}
    if inner is None:
        return [own]
    return [{**own, **sub} for sub in _expand(inner, f"{where}.grid", problems)]


def set_path(target: dict, path: str, value):
    """target[a][b] = value for path 'a.b' (creating the inner mappings)."""
    keys = path.split(".")
    for key in keys[:-1]:
        target = target.setdefault(key, {})
    target[keys[-1]] = value


def _undotted(trial: dict, problems: "_Problems") -> dict:
    """`trial:` with its dotted parameter keys (loss_params.alpha: 0.5) set inside their mapping, as
    a grid entry's are; one given both ways is a problem."""
    out = json.loads(json.dumps({k: v for k, v in trial.items() if not _dotted_param(k)}, default=list))
    for key, value in trial.items():
        if not _dotted_param(key):
            continue
        group, name = key.split(".", 1)
        if isinstance(out.get(group), dict) and name in out[group]:
            problems.add(f"trial.{key}", f"given twice: as {key} and in trial.{group}; keep one")
            continue
        if group in out and not isinstance(out[group], dict):
            continue  # trial.<group> is not a mapping: _check_trial says so
        set_path(out, key, value)
    return out


def _dotted_param(key) -> bool:
    return isinstance(key, str) and "." in key and key.split(".", 1)[0] in PARAM_KEYS


def _merge(base: dict, over: dict) -> dict:
    out = dict(base)
    for key, value in over.items():
        out[key] = _merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


# ---------------------------------------------------------------- one trial's checks

def _check_choice(problems, where, what, value, choices):
    if value not in choices:
        problems.add(where, f"unknown {what} {value!r}{suggest(value, choices)}; allowed: {', '.join(choices)}")
        return False
    return True


def _number_text_hint(value) -> str:
    """A hint for a number YAML read as text: YAML 1.1 takes 1e-3 (no dot) for a string."""
    if isinstance(value, str) and re.fullmatch(r"[-+]?[0-9]+[eE][-+]?[0-9]+", value):
        return f" (YAML reads {value} as text: write it with a dot, e.g. 1.0e-3)"
    return ""


def _parameter_hint(key) -> str:
    """' (a loss parameter: write loss_params.alpha)' when `key` names a parameter of some loss, model
    or dataset; '' otherwise."""
    for group, names in (("loss", {n for loss in losses.LOSSES for n in losses.loss_param_defaults(loss)}),
                         ("model", {n for m in models.MODELS for n in models.model_param_defaults(m)}),
                         ("dataset", {n for d in data.DATASETS for n in data.dataset_param_defaults(d)})):
        if key in names:
            return f" (a {group} parameter? write {group}_params.{key})"
    return ""


def _check_trial(explicit: dict, origin: dict, problems: _Problems) -> TrialConfig | None:
    def at(key):  # where the file set `key` (a grid axis such as loss_params.alpha sets loss_params)
        inner = [where for path, where in origin.items() if path.split(".")[0] == key]
        return origin.get(key) or (inner[0] if inner else f"trial.{key}")

    before = problems.count
    for key in explicit:
        if key not in TRIAL_KEYS:
            hint = suggest(key, TRIAL_KEYS) or _parameter_hint(key)
            problems.add(at(key), f"unknown key {key!r}{hint}; trial keys are: {', '.join(TRIAL_KEYS)}")
    for key in PARAM_KEYS:
        if key in explicit and not isinstance(explicit[key], dict):
            problems.add(at(key), f"must be a mapping of parameter -> value, got {explicit[key]!r}")
    if problems.count > before:
        return None

    preset_name = explicit.get("preset")
    preset = {}
    if preset_name is not None:
        if _check_choice(problems, at("preset"), "preset", preset_name, list(PRESETS)):
            preset = PRESETS[preset_name]
            if "dataset" in explicit and explicit["dataset"] != preset["dataset"]:
                problems.add(at("dataset"), f"preset {preset_name!r} is the recipe for dataset "
                             f"{preset['dataset']!r}, not {explicit['dataset']!r}; drop the preset or pick one for "
                             f"{explicit['dataset']!r} ({', '.join(p for p, v in PRESETS.items() if v['dataset'] == explicit['dataset']) or 'none'})")
    values = _merge(_merge({k: v for k, v in dataclasses.asdict(TrialConfig()).items()}, preset), explicit)

    ok = True
    for key in ("dataset", "model", "loss", "noise", "optimizer", "schedule", "device", "precision"):
        ok &= _check_choice(problems, at(key), TRIAL_SPEC[key].what, values[key], TRIAL_SPEC[key].choices)
    if values["noise"] == noise.GIVEN:
        for key in values["noise_params"]:
            if key not in noise.GIVEN_PARAMS:
                problems.add(at("noise_params"), f"given noise has no parameter {key!r}{suggest(key, noise.GIVEN_PARAMS)}; "
                             "it takes path (a .npy or .npz of training labels) and key (the array in an .npz)")
        if "path" not in values["noise_params"]:
            problems.add(at("noise_params"), "given noise needs noise_params.path: a .npy or .npz of training labels")
        if "eta" in explicit:
            problems.add(at("eta"), "given noise measures eta from its labels (the share that differ from the clean "
                         "ones); leave eta out")
    elif values["noise_params"]:
        problems.add(at("noise_params"), f"noise {values['noise']!r} takes no noise_params (only 'given' does)")

    def param_at(group, key):
        return origin.get(f"{group}.{key}", at(group) + f".{key}")

    if values["loss"] in losses.LOSSES:
        for key in values["loss_params"]:
            for message in losses.check_loss_params(values["loss"], {key: values["loss_params"][key]}):
                problems.add(param_at("loss_params", key), message)
    if values["model"] in models.MODELS:
        for message in models.check_model_params(values["model"], values["model_params"]):
            problems.add(at("model_params"), message)

    for key, spec in TRIAL_SPEC.items():  # numbers, integers, flags and lists, each against its Key
        if spec.type in ("int", "number", "bool", "list") and not spec.ok(values[key]):
            problems.add(at(key), f"{key} must be {spec.rule()}, got {values[key]!r}{_number_text_hint(values[key])}")
            ok = False
    if not ok or problems.count > before:
        return None
    values["lr_milestones"] = tuple(values["lr_milestones"])
    values["eta"] = float(values["eta"])
    return TrialConfig(**values)


def _data_uris(cfg: TrialConfig) -> list[tuple[str, str]]:
    """(where, message) for each data root or label file given as a URI (s3://, https://, ...): data
    is read from a folder of the machine that trains, so such a value would become a path named
    after the URI. The message shows it without its credentials (data.uri_in)."""
    given = []
    if cfg.noise == noise.GIVEN:
        given.append(("trial.noise_params.path", cfg.noise_params.get("path")))
    key = data.PATH_PARAMS.get(cfg.dataset)
    if key is not None:
        given.append((f"trial.dataset_params.{key}", cfg.dataset_params.get(key)))
    uris = [(where, data.uri_in(value)) for where, value in given if isinstance(value, str)]
    return [(where, f"{uri} is a URI, but data is read from a folder of the machine that trains (a shared "
                    "filesystem on a cluster): copy it there and give that path") for where, uri in uris if uri]


def _resolve_paths(cfg: TrialConfig, base_dir: Path) -> TrialConfig:
    # Data roots and label files are resolved now: Ray workers run in other directories.
    if cfg.noise == noise.GIVEN:
        path = str((base_dir / os.path.expanduser(str(cfg.noise_params["path"]))).resolve())
        cfg = dataclasses.replace(cfg, noise_params={**cfg.noise_params, "path": path})
    key = data.PATH_PARAMS.get(cfg.dataset)
    params = dict(cfg.dataset_params)
    if key is None:
        return cfg
    default = data.dataset_param_defaults(cfg.dataset).get(key)
    value = params.get(key, default)
    if value is None:
        return cfg
    params[key] = str((base_dir / os.path.expanduser(str(value))).resolve())
    return dataclasses.replace(cfg, dataset_params=params)


# ---------------------------------------------------------------- the study file

def parse_study(raw: Any, source: str = "<study>", base_dir: Path | None = None, overrides=()) -> StudySpec:
    """Validate a study (the YAML's parsed mapping) with the command line's --set KEY=VALUE
    `overrides` applied to it; raise one ConfigError listing every problem."""
    problems = _Problems(source, overrides)
    file_raw, raw = raw, apply_overrides(raw, overrides, source)
    base_dir = Path.cwd() if base_dir is None else base_dir
    if not isinstance(raw, dict):
        problems.add("", f"a study file must be a mapping with keys {', '.join(STUDY_KEYS)}; got {type(raw).__name__}")
        problems.raise_if_any()
    for key in raw:
        if key not in STUDY_KEYS:
            problems.add(str(key), f"unknown key {key!r}{suggest(key, STUDY_KEYS)}; study keys are: {', '.join(STUDY_KEYS)}")

    name = raw.get("name")
    if not STUDY_SPEC["name"].ok(name):
        problems.add("name", f"the study name must be 1-100 letters, digits, '.', '_' or '-' (it names the "
                     f"results folder and cannot contain a path), got {name!r}")
    if not STUDY_SPEC["description"].ok(raw.get("description")):
        problems.add("description", f"must be a string, got {raw.get('description')!r}")

    resources = _or_empty(raw.get("resources"))
    cpu, gpu = 1.0, 0.0
    if not isinstance(resources, dict):
        problems.add("resources", f"must be a mapping with keys cpu, gpu; got {resources!r}")
    else:
        for key in resources:
            if key not in RESOURCE_KEYS:
                problems.add(f"resources.{key}", f"unknown key{suggest(key, RESOURCE_KEYS)}; allowed: cpu, gpu")
        cpu = resources.get("cpu", RESOURCES_SPEC["cpu"].default)
        if not RESOURCES_SPEC["cpu"].ok(cpu):
            problems.add("resources.cpu", f"must be {RESOURCES_SPEC['cpu'].rule()} (CPUs per trial), got {cpu!r}")
        gpu = resources.get("gpu", RESOURCES_SPEC["gpu"].default)
        if not RESOURCES_SPEC["gpu"].ok(gpu) or (_is_number(gpu) and gpu > 1 and gpu != int(gpu)):
            problems.add("resources.gpu", f"must be {RESOURCES_SPEC['gpu'].rule()}; got {gpu!r}")

    max_concurrent = raw.get("max_concurrent")
    if not STUDY_SPEC["max_concurrent"].ok(max_concurrent):
        problems.add("max_concurrent", f"must be a positive integer or absent, got {max_concurrent!r}")

    interval = raw.get("checkpoint_interval_s", STUDY_SPEC["checkpoint_interval_s"].default)
    if not STUDY_SPEC["checkpoint_interval_s"].ok(interval):
        problems.add("checkpoint_interval_s", f"must be a number of seconds >= 0 (0: every epoch), got {interval!r}")

    base = _or_empty(raw.get("trial"))
    if not isinstance(base, dict):
        problems.add("trial", f"must be a mapping of trial settings, got {base!r}")
        base = {}
    base = _undotted(base, problems)
    combos = _expand(_or_empty(raw.get("grid")), "grid", problems)

    trials, seen = [], set()
    for combo in combos:
        explicit, origin = json.loads(json.dumps(base, default=list)), {}
        for path, (value, where) in combo.items():
            set_path(explicit, path, value)
            origin[path] = where
        cfg = _check_trial(explicit, origin, problems)
        if cfg is None:
            continue
        uris = _data_uris(cfg)
        for where, message in uris:
            problems.add(where, message)
        if uris:
            continue
        cfg = _resolve_paths(cfg, base_dir)
        key = json.dumps(cfg.to_dict(), sort_keys=True)
        if key in seen:
            problems.add("grid", f"two grid cells give the same trial ({cfg.loss}, eta={cfg.eta}, seed={cfg.seed}); "
                         "remove the repeated values")
            continue
        seen.add(key)
        trials.append(cfg)

    # Missing data files are a user error too: check each dataset once, without loading it.
    for dataset, params in {(t.dataset, json.dumps(t.dataset_params, sort_keys=True)) for t in trials}:
        for message in data.check_dataset(dataset, json.loads(params)):
            problems.add("trial.dataset_params", message)
    if not problems.items:
        trials = _measure_given_noise(trials, problems)

    search = _parse_search(raw["search"], trials, problems) if raw.get("search") is not None else None
    batch_trials = _parse_batch_trials(raw.get("batch_trials", STUDY_SPEC["batch_trials"].default), search, problems)
    loggers = _parse_loggers(raw.get("loggers"), base_dir, problems)

    problems.raise_if_any()
    if not trials:
        raise ConfigError(f"{source}: the study has no trials")
    return StudySpec(name=name, source=source, trials=tuple(trials), resources=Resources(cpu=float(cpu), gpu=gpu),
                     max_concurrent=max_concurrent, checkpoint_interval_s=float(interval), search=search,
                     batch_trials=batch_trials, raw=file_raw, overrides=tuple(overrides), loggers=loggers)


def _override_path(key: str) -> list[str]:
    """--set's key as the mappings to descend: a grid axis and a searched key path are one key
    each, dots and all (grid.loss_params.alpha is the axis loss_params.alpha)."""
    parts = key.split(".")
    if parts[0] == "grid" and len(parts) > 1:
        return ["grid", ".".join(parts[1:])]
    if parts[:2] == ["search", "params"] and len(parts) > 2:
        return ["search", "params", ".".join(parts[2:])]
    return parts


def apply_overrides(raw: Any, overrides, source: str = "<study>") -> Any:
    """A copy of the study `raw` with each --set KEY=VALUE in `overrides` set, in order; VALUE is
    read as YAML (5, [0, 1], {alpha: 0.1}, null). A malformed --set raises ConfigError."""
    if not overrides or not isinstance(raw, dict):
        return raw
    raw = copy.deepcopy(raw)
    for item in overrides:
        key, eq, text = str(item).partition("=")
        key = key.strip()
        if not eq or not key or any(not part for part in key.split(".")):
            raise ConfigError(f"{source}: --set {item!r}: expected KEY=VALUE with a dotted key, e.g. "
                              "--set trial.epochs=5 or --set grid.seed=[0,1]")
        try:
            value = read_yaml(text) if text.strip() else None
        except yaml.YAMLError as err:
            raise ConfigError(f"{source}: --set {item}: the value is not valid YAML: "
                              f"{str(err).splitlines()[0]}") from None
        path, target = _override_path(key), raw
        trial = raw.get("trial")
        if path[0] == "trial" and len(path) > 2 and isinstance(trial, dict) and ".".join(path[1:]) in trial:
            path = ["trial", ".".join(path[1:])]  # the file gave it as a dotted key (loss_params.alpha: 0.5)
        for depth, part in enumerate(path[:-1]):
            if target.get(part) is None:
                target[part] = {}
            elif not isinstance(target[part], dict):
                where = ".".join(path[:depth + 1])
                raise ConfigError(f"{source}: --set {item}: {where} is {target[part]!r}, not a mapping, so it has no "
                                  f"key {path[depth + 1]!r}")
            target = target[part]
        target[path[-1]] = value
    return raw


def _measure_given_noise(trials, problems) -> list:
    """Given noise: each label file checked against its dataset (length, classes), and the trial's
    eta set to the share of labels that differ from the clean ones. Loads each such dataset once."""
    clean = {}
    out = []
    for cfg in trials:
        if cfg.noise != noise.GIVEN:
            out.append(cfg)
            continue
        key = (cfg.dataset, json.dumps(cfg.dataset_params, sort_keys=True))
        if key not in clean:
            ds = data.build_dataset(cfg.dataset, **cfg.dataset_params)
            clean[key] = (ds.y_train.numpy(), ds.num_classes)
        labels, num_classes = clean[key]
        try:
            given = noise.read_given_labels(cfg.noise_params["path"], cfg.noise_params.get("key"), len(labels),
                                            num_classes)
        except ConfigError as err:
            problems.add("trial.noise_params", str(err))
            continue
        out.append(dataclasses.replace(cfg, eta=noise.flip_rate(labels, given)))
    return out


def _parse_batch_trials(value, search, problems) -> bool | int:
    """`batch_trials`: false, true (group sizes chosen by memstudy) or the largest group size."""
    if STUDY_SPEC["batch_trials"].ok(value):
        unfusable = [k for k in (search.params if search else ()) if not k.startswith("loss_params.")]
        if value is not False and unfusable:
            problems.add("batch_trials", f"a fused search's members share one network and its recipe: it may search "
                         f"loss_params.* only, not {', '.join(unfusable)} (or set batch_trials: false)")
            return False
        return value
    problems.add("batch_trials", f"must be {STUDY_SPEC['batch_trials'].rule()}, got {value!r}")
    return False


def _parse_loggers(value, base_dir: Path, problems) -> dict:
    """`loggers`: a list of names or a mapping of name -> options; the trackers besides TensorBoard,
    each with its options checked, its paths resolved and its package installed."""
    from memstudy.storage import redact

    if value is None:
        return {}
    if isinstance(value, list):
        entries = [(f"loggers[{i}]", name, {}) for i, name in enumerate(value)]
    elif isinstance(value, dict):
        entries = [(f"loggers.{name}", name, {} if options is None else options) for name, options in value.items()]
    else:
        problems.add("loggers", f"must be {STUDY_SPEC['loggers'].rule()}, e.g. [tensorboard, mlflow]; got {value!r}")
        return {}
    out = {}
    for where, name, options in entries:
        if not isinstance(name, str) or name not in LOGGER_SPECS:
            problems.add(where, f"unknown logger {name!r}{suggest(name, LOGGERS) if isinstance(name, str) else ''}; "
                         f"allowed: {', '.join(LOGGERS)}")
            continue
        if name in out:
            problems.add(where, f"{name} is named twice")
            continue
        spec = LOGGER_SPECS[name]
        if not isinstance(options, dict):
            problems.add(where, f"must be a mapping of {name}'s options ({', '.join(spec) or 'it has none'}) or "
                         f"null, got {options!r}")
            continue
        for key, option in options.items():
            if key not in spec:
                problems.add(f"{where}.{key}", f"unknown option{suggest(str(key), list(spec))}; {name} takes "
                             f"{', '.join(spec) or 'no options'}")
            elif not spec[key].ok(option):
                problems.add(f"{where}.{key}", f"must be {spec[key].rule()} or null, got {option!r}")
        if name == "tensorboard":
            continue
        options = {key: options.get(key) for key in spec}
        uri = options.get("tracking_uri")
        if isinstance(uri, str):
            if redact(uri) != uri:
                problems.add(f"{where}.tracking_uri", "holds credentials, which would be stored with the results; "
                             "give them as MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD (or "
                             "MLFLOW_TRACKING_TOKEN) in the environment")
            options["tracking_uri"] = _resolve_tracking_uri(uri, base_dir)
        if isinstance(options.get("dir"), str):
            options["dir"] = str((base_dir / os.path.expanduser(options["dir"])).resolve())
        if importlib.util.find_spec(LOGGER_PACKAGES[name]) is None:
            problems.add(where, f"{name} is not installed here: pip install 'memstudy[{name}]' (from a checkout: "
                         f"pip install -e '.[{name}]')")
        out[name] = options
    return out


def _resolve_tracking_uri(uri: str, base_dir: Path) -> str:
    """A tracking URI as every Ray worker reads it: a plain path (MLflow's file store) or a
    relative sqlite:/// file resolved against `base_dir` (workers run in other folders)."""
    if uri.startswith("sqlite:///") and not uri.startswith("sqlite:////"):
        return "sqlite:///" + str((base_dir / uri[len("sqlite:///"):]).resolve())
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", uri):
        return str((base_dir / os.path.expanduser(uri)).resolve())
    return uri


def _parse_distribution(where, value, problems) -> Distribution | None:
    if not isinstance(value, dict):
        problems.add(where, f"must be a mapping like {{distribution: loguniform, low: 0.001, high: 10}}, got {value!r}")
        return None
    kind = value.get("distribution")
    if kind not in DISTRIBUTIONS:
        problems.add(f"{where}.distribution", f"unknown distribution {kind!r}{suggest(kind, DISTRIBUTIONS)}; "
                     f"allowed: {', '.join(DISTRIBUTIONS)}")
        return None
    allowed = ("distribution", "values") if kind == "choice" else ("distribution", "low", "high")
    for key in value:
        if key not in allowed:
            problems.add(f"{where}.{key}", f"unknown key for a {kind} distribution; allowed: {', '.join(allowed)}")
    if kind == "choice":
        values = value.get("values")
        if not isinstance(values, list) or not values:
            problems.add(f"{where}.values", f"a choice needs a non-empty list of values, got {values!r}")
            return None
        return Distribution(kind, values=tuple(values))
    low, high = value.get("low"), value.get("high")
    if not (_is_number(low) and _is_number(high)) or low >= high:
        problems.add(where, f"needs numbers low < high, got low={low!r}, high={high!r}")
        return None
    if kind == "loguniform" and low <= 0:
        problems.add(f"{where}.low", f"a loguniform distribution needs low > 0, got {low!r}")
        return None
    if kind == "int" and not (float(low).is_integer() and float(high).is_integer()):
        problems.add(where, f"an int distribution needs whole-number bounds, got {low!r}, {high!r}")
        return None
    return Distribution(kind, low=low, high=high)


def _check_searched_values(where: str, path: str, dist: Distribution, trials, problems):
    """A searched trial setting or model parameter: every value its distribution gives (its bounds,
    or each choice) must be one the trials take, whole numbers where they take whole numbers, so that
    a search that could only fail in its trials fails here (loss parameters: memstudy.losses)."""
    continuous = dist.kind in ("loguniform", "uniform")
    values = [int(v) for v in dist.extremes()] if dist.kind == "int" else dist.extremes()
    group, _, name = path.partition(".")
    if group == "model_params":
        for cfg in trials:
            default = models.model_param_defaults(cfg.model)[name]
            if isinstance(default, (list, tuple)):
                if dist.kind != "choice" or not all(isinstance(v, list) for v in values):
                    problems.add(where, f"model {cfg.model!r} takes a list for {name} (default {list(default)}): "
                                 "search it as a choice of lists")
                    return
            elif _is_int(default) and (continuous or not all(_is_int(v) for v in values)):
                problems.add(where, f"model {cfg.model!r} takes a whole number for {name} (default {default}): "
                             f"search it with distribution int or a choice of whole numbers, not {dist.kind}")
                return
        return
    spec = TRIAL_SPEC[path]
    if spec.type == "int" and continuous:
        problems.add(where, f"{path} takes whole numbers: search it with distribution int or a choice, not {dist.kind}")
        return
    for value in values:
        if not spec.ok(value):
            problems.add(where, f"{path} must be {spec.rule()}; this search would give it {value!r}")


def _parse_search(raw, trials, problems) -> SearchSpec | None:
    if not isinstance(raw, dict):
        problems.add("search", f"must be a mapping with keys {', '.join(SEARCH_KEYS)}; got {raw!r}")
        return None
    for key in raw:
        if key not in SEARCH_KEYS:
            problems.add(f"search.{key}", f"unknown key{suggest(key, SEARCH_KEYS)}; allowed: {', '.join(SEARCH_KEYS)}")
    params = {}
    raw_params = raw.get("params")
    if not isinstance(raw_params, dict) or not raw_params:
        problems.add("search.params", f"must map at least one key path to a distribution, got {raw_params!r}")
        raw_params = {}
    for path, value in raw_params.items():
        where = f"search.params.{path}"
        dist = _parse_distribution(where, value, problems)
        if dist is None:
            continue
        group, _, name = str(path).partition(".")
        for cfg in trials:  # a searched key must fit every grid cell it runs in
            if group == "loss_params":
                takes = losses.loss_param_defaults(cfg.loss)
                if name not in takes:
                    problems.add(where, f"loss {cfg.loss!r} has no parameter {name!r}; it takes "
                                 f"{', '.join(takes) or 'no parameters'} (search only cells whose loss takes it)")
                    break
                for extreme in dist.extremes():
                    for message in losses.check_loss_params(cfg.loss, {name: extreme}):
                        problems.add(where, message)
            elif group == "model_params":
                if name not in models.model_param_defaults(cfg.model):
                    problems.add(where, f"model {cfg.model!r} has no parameter {name!r}")
                    break
            elif path not in SEARCHABLE:
                problems.add(where, f"cannot search {path!r}; searchable: loss_params.<name>, model_params.<name>, "
                             f"{', '.join(SEARCHABLE)}")
                break
        else:
            if group != "loss_params":
                _check_searched_values(where, str(path), dist, trials, problems)
        params[path] = dist
    objective = raw.get("objective", SEARCH_SPEC["objective"].default)
    if not SEARCH_SPEC["objective"].ok(objective):
        problems.add("search.objective", f"unknown objective {objective!r}{suggest(objective, OBJECTIVES)}; "
                     f"allowed: {', '.join(OBJECTIVES)}")
    if objective == metric_names.TEST_LOSS and any(str(path).startswith("loss_params.") for path in params):
        problems.add("search.objective", f"{objective} is the trained loss on the test set, and a search over "
                     "loss_params changes that loss itself (RLL's falls as alpha grows: the largest alpha would "
                     f"win), so its values do not compare across trials; optimise {metric_names.TEST_ACC} or "
                     f"{metric_names.J2}")
    direction = raw.get("direction", "min" if objective == metric_names.TEST_LOSS else "max")
    if not SEARCH_SPEC["direction"].ok(direction):
        problems.add("search.direction", f"must be 'max' or 'min', got {direction!r}")
    for key in ("num_trials", "concurrency"):
        if not SEARCH_SPEC[key].ok(raw.get(key, SEARCH_SPEC[key].default)):
            problems.add(f"search.{key}", f"must be {SEARCH_SPEC[key].rule()}, got {raw.get(key)!r}")
    seed = raw.get("seed", SEARCH_SPEC["seed"].default)
    if not SEARCH_SPEC["seed"].ok(seed):
        problems.add("search.seed", f"must be a non-negative integer, got {seed!r}")
    asha = raw.get("asha")
    if asha is not None:
        if not isinstance(asha, dict) or set(asha) - {"grace_period", "reduction_factor"}:
            problems.add("search.asha", f"must be a mapping with grace_period and reduction_factor, got {asha!r}")
            asha = None
        else:
            asha = {key: asha.get(key, spec.default) for key, spec in ASHA_SPEC.items()}
            if not ASHA_SPEC["grace_period"].ok(asha["grace_period"]):
                problems.add("search.asha.grace_period", f"must be a positive number of epochs, got {asha['grace_period']!r}")
            if not ASHA_SPEC["reduction_factor"].ok(asha["reduction_factor"]):
                problems.add("search.asha.reduction_factor", f"must be a number > 1, got {asha['reduction_factor']!r}")
            shortest = min((cfg.epochs for cfg in trials), default=None)
            if ASHA_SPEC["grace_period"].ok(asha["grace_period"]) and shortest is not None \
                    and asha["grace_period"] > shortest:
                problems.add("search.asha.grace_period", f"{asha['grace_period']} is more than the {shortest} epochs "
                             "a searched trial trains: ASHA could never judge it; make it at most the epochs")
    return SearchSpec(params=params, objective=objective, direction=direction,
                      num_trials=raw.get("num_trials", SEARCH_SPEC["num_trials"].default),
                      concurrency=raw.get("concurrency", SEARCH_SPEC["concurrency"].default), asha=asha, seed=seed)


class StudyLoader(yaml.SafeLoader):
    """YAML's safe loader for study files and --set values, stricter in two ways: a key given twice in
    one mapping is an error (plain YAML keeps the last silently), and dates stay strings (a seed
    written 2024-01-01 is reported as a bad seed, not turned into a date)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":  # `<<: *anchor`: its keys may be overridden
                continue
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, (str, int, float, bool)) or key is None:
                if key in seen:
                    raise yaml.constructor.ConstructorError(
                        "while reading a mapping", node.start_mark, f"found the key {key!r} twice (the second "
                        "would silently replace the first)", key_node.start_mark)
                seen.add(key)
        return super().construct_mapping(node, deep)


StudyLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def read_yaml(text: str):
    """A study file's (or a --set value's) YAML, read with StudyLoader."""
    return yaml.load(text, Loader=StudyLoader)  # noqa: S506 (StudyLoader is a SafeLoader)


def load_study(path: str | os.PathLike, overrides=()) -> StudySpec:
    """Read a study YAML file with a safe loader, apply the command line's --set KEY=VALUE
    `overrides` and validate the result as one file."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"{path}: no such study file")
    try:
        raw = read_yaml(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as err:
        raise ConfigError(f"{path}: not a UTF-8 text file (byte {err.start} is {err.object[err.start]:#04x}); "
                          "save it as UTF-8") from None
    except OSError as err:
        raise ConfigError(f"{path}: cannot be read ({err.strerror or err})") from None
    except yaml.YAMLError as err:
        raise ConfigError(f"{path}: not valid YAML: {err}") from None
    return parse_study(raw, source=str(path), base_dir=Path.cwd(), overrides=tuple(overrides))


def trial_from_dict(values: dict) -> TrialConfig:
    """Rebuild a TrialConfig from its to_dict() (as passed through Ray Tune or read from config.json)."""
    values = dict(values)
    values["lr_milestones"] = tuple(values.get("lr_milestones", ()))
    return TrialConfig(**values)


def trial_name(trial: dict) -> str:
    """A readable, path-safe name for a trial: loss(params)_eta_model_dataset_seed."""
    params = "".join(f"-{k}{v:g}" if isinstance(v, (int, float)) else f"-{k}{v}"
                     for k, v in sorted(trial["loss_params"].items()))
    return f"{trial['loss']}{params}_eta{trial['eta']:g}_{trial['model']}_{trial['dataset']}_s{trial['seed']}"


def cell_names(trials: list[dict]) -> list[str]:
    """A name for each of `trials` (a grid's trials, or a search's cells: their folder and Optuna
    study): trial_name, and where trials share one (they differ in a key it leaves out: lr, epochs,
    a model parameter, ...), the first keeps it and each other adds the settings that tell it apart
    (_lr0.01), or a hash of them when those are long. Two cells never share a folder, and a study
    that ran before keeps its first cell's."""
    import hashlib

    names = [trial_name(t) for t in trials]
    out, taken = list(names), set(names)
    for name in dict.fromkeys(names):
        same = [i for i, n in enumerate(names) if n == name]
        if len(same) < 2:
            continue
        flat = [flat_settings(trials[i]) for i in same]
        differ = sorted({k for f in flat for k in f if len({g.get(k) for g in flat}) > 1})
        for i, settings in zip(same[1:], flat[1:]):
            tail = "_".join(f"{key.rsplit('.', 1)[-1]}{settings.get(key, '-')}" for key in differ)
            tail = re.sub(r"[^A-Za-z0-9.+-]+", "-", tail).strip("-")
            if not tail or len(tail) > 60 or f"{name}_{tail}" in taken:
                tail = hashlib.sha256(json.dumps(trials[i], sort_keys=True).encode()).hexdigest()[:10]
            out[i] = f"{name}_{tail}"
            taken.add(out[i])
    return out


def trial_dirname(trial: dict, trial_id: str) -> str:
    """The trial's folder inside the study folder (also Tune's trial_dirname_creator)."""
    return f"{trial_name(trial)}_{trial_id}"


def flat_settings(config: dict, prefix: str = "") -> dict:
    """{"a": {"b": 1}} -> {"a.b": "1"}: every setting of a trial config as text, keyed as the study
    file spells it (nested parameters included), to tell settings apart (the driver's end-of-study
    table and the analysis's variants)."""
    out = {}
    for key, value in config.items():
        if isinstance(value, dict) and value:
            out.update(flat_settings(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = json.dumps(value, sort_keys=True) if isinstance(value, (list, dict)) else str(value)
    return out
