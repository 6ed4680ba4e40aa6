"""The study file's JSON Schema and its reference page (docs/study-file.md), both written from the key
tables in memstudy.config that the parser checks against, and from the registries of datasets,
models, losses, noise kinds and presets: `memstudy schema`, `memstudy schema --markdown PATH`.

The schema catches what one file can show: unknown keys, wrong types, values out of range or not
allowed (also each loss's, model's and dataset's parameters where the mapping names the loss,
model or dataset). Only the parser checks what needs more than that: data files and label files,
the machine's CPUs and GPUs, a value against another mapping's (a grid cell's loss against the
base's loss_params, noise_params where the noise kind is left to the grid), low < high, two grid
cells that give one trial, a search beside batch_trials. JSON has one number type, so the schema
takes 2.0 as an integer and .inf as a number, which the parser refuses.
"""

from __future__ import annotations

import argparse
import inspect
import json
import re
import sys
from pathlib import Path

config = data = losses = models = noise = None  # loaded by _load(): they import torch, which --help need not

PAGE = Path(__file__).resolve().parent.parent / "docs" / "study-file.md"
COMMAND = "python -m memstudy.schema --markdown docs/study-file.md"
PARAM_GROUPS = ("dataset", "model", "loss", "noise")


# ---------------------------------------------------------------- JSON Schema

def _load():
    """The key tables and the registries, imported once they are needed (after --help)."""
    global config, data, losses, models, noise
    from memstudy import config, data, losses, models, noise  # noqa: F811

def _bounds(key: config.Key) -> dict:
    out = {}
    if key.low is not None:
        out["exclusiveMinimum" if key.low_open else "minimum"] = key.low
    if key.high is not None:
        out["exclusiveMaximum" if key.high_open else "maximum"] = key.high
    return out


def key_schema(key: config.Key, name: str = "") -> dict:
    """One key's schema: its type and allowed values, its default and its meaning."""
    if key.type == "choice":
        base = {"enum": list(key.choices)}
    elif key.type in ("int", "number"):
        base = {"type": "integer" if key.type == "int" else "number", **_bounds(key)}
    elif key.type == "bool":
        base = {"type": "boolean"}
    elif key.type == "str":
        base = {"type": "string", **({"pattern": f"^{key.pattern}$"} if key.pattern else {})}
    elif key.type == "list":
        base = {"type": "array", "items": key_schema(key.items)}
    elif key.type == "mapping":
        base = {"type": "object"}
    else:
        base = {}
    if name == "gpu":  # a share of one GPU, or a whole number of them (the parser's rule beside RESOURCES_SPEC)
        base = {"anyOf": [{"type": "number", "minimum": 0, "maximum": 1}, {"type": "integer", "minimum": 0}]}
    options = [base] + [{"const": a} for a in key.also] + ([{"type": "null"}] if key.nullable else [])
    out = options[0] if len(options) == 1 else {"anyOf": options}
    out = {"description": f"{key.doc} ({key.rule()})", **out}
    if key.default is not None or key.nullable:
        out["default"] = key.default
    return out


def _rule_bounds(rule_text: str) -> dict:
    """A loss parameter's rule ('> 0', '>= 0', '< 0 (...)', 'in (0, 1]') as JSON Schema bounds."""
    m = re.match(r"in ([(\[])\s*(\S+),\s*(\S+?)\s*([)\]])", rule_text)
    if m:
        low, high = float(m[2]), float(m[3])
        return {"exclusiveMinimum" if m[1] == "(" else "minimum": low,
                "exclusiveMaximum" if m[4] == ")" else "maximum": high}
    m = re.match(r"(>=|>|<=|<)\s*(\S+)", rule_text)
    if not m:
        raise ValueError(f"a loss rule memstudy.schema cannot read: {rule_text!r}")
    return {{">": "exclusiveMinimum", ">=": "minimum", "<": "exclusiveMaximum", "<=": "maximum"}[m[1]]: float(m[2])}


def _param_defaults(group: str, name: str) -> dict:
    if group == "dataset":
        return data.dataset_param_defaults(name)
    if group == "model":
        return models.model_param_defaults(name)
    if group == "loss":
        return losses.loss_param_defaults(name)
    return {key: None for key in noise.GIVEN_PARAMS}


def _param_schema(group: str, name: str, param: str, default) -> dict:
    out = {} if default is None or default is inspect.Parameter.empty else {"default": _jsonable(default)}
    if group == "loss":
        rule = losses.LOSSES[name].rules.get(param)
        out.update({"type": "number", **(_rule_bounds(rule[0]) if rule else {})})
    if group == "noise":
        out["type"] = "string"
    return out


def _jsonable(value):
    return list(value) if isinstance(value, tuple) else value


def _registry(group: str) -> list:
    return {"dataset": list(data.DATASETS), "model": list(models.MODELS), "loss": list(losses.LOSSES),
            "noise": [noise.GIVEN]}[group]


def _conditions(dotted: bool) -> list[dict]:
    """What a mapping that names its loss, model, dataset, noise or preset allows beside it: that
    one's parameters only (as <group>_params, and in a grid entry as <group>_params.NAME), the
    preset's own dataset, noise_params for given noise only and no eta with it."""
    out = []
    for group in PARAM_GROUPS:
        for name in _registry(group):
            params = _param_defaults(group, name)
            props = {p: _param_schema(group, name, p, d) for p, d in params.items()}
            then = {"properties": {f"{group}_params": {"type": "object", "properties": props,
                                                       "additionalProperties": False}}}
            if dotted:
                then["properties"].update({f"{group}_params.{p}": s for p, s in props.items()})
                allowed = "|".join(re.escape(p) for p in params)
                then["propertyNames"] = {"not": {"pattern": f"^{group}_params\\.(?!({allowed})$)" if allowed
                                                 else f"^{group}_params\\."}}
            if group == "noise":
                then["not"] = {"required": ["eta"]}
            out.append({"if": {"properties": {group: {"const": name}}, "required": [group]}, "then": then})
    # Any drawn noise kind takes no noise_params.
    out.append({"if": {"properties": {"noise": {"not": {"const": noise.GIVEN}}}, "required": ["noise"]},
                "then": {"properties": {"noise_params": {"maxProperties": 0}},
                         **({"propertyNames": {"not": {"pattern": "^noise_params\\."}}} if dotted else {})}})
    for name, recipe in config.PRESETS.items():
        out.append({"if": {"properties": {"preset": {"const": name}}, "required": ["preset"]},
                    "then": {"properties": {"dataset": {"const": recipe["dataset"]}}}})
    return out


def _trial_values() -> dict:
    return {name: key_schema(key, name) for name, key in config.TRIAL_SPEC.items()}


def _dotted_params() -> dict:
    # A loss parameter is a number; another group's dotted key may go deeper (model_params.hidden).
    return {r"^loss_params\.[^.]+$": {"type": "number"}, r"^(dataset|model|noise)_params\..+$": {}}


def _grid_schema() -> dict:
    values = _trial_values()
    entry = {"$ref": "#/$defs/entry"}
    axis = {name: {"type": "array", "minItems": 1,
                   "items": entry if key.type == "mapping" else {"anyOf": [values[name], entry]}}
            for name, key in config.TRIAL_SPEC.items()}
    return {"type": "object",
            "description": "axis -> non-empty list; a scalar sets the axis's key, a mapping (an entry) sets several "
                           "keys and may hold its own grid. An axis that is not a key (e.g. recipe) holds entries.",
            "properties": axis,
            "patternProperties": {p: {"type": "array", "minItems": 1, "items": {"anyOf": [s, entry]}}
                                  for p, s in _dotted_params().items()},
            "additionalProperties": {"type": "array", "minItems": 1, "items": entry}}


def _distribution_schema() -> dict:
    number = {"type": "number"}
    ranged = [k for k in config.DISTRIBUTIONS if k != "choice"]
    return {"oneOf": [
        {"type": "object", "properties": {"distribution": {"const": "choice"},
                                          "values": {"type": "array", "minItems": 1}},
         "required": ["distribution", "values"], "additionalProperties": False},
        {"type": "object", "properties": {"distribution": {"enum": [k for k in ranged if k != "loguniform"]},
                                          "low": number, "high": number},
         "required": ["distribution", "low", "high"], "additionalProperties": False},
        {"type": "object", "properties": {"distribution": {"const": "loguniform"},
                                          "low": {"type": "number", "exclusiveMinimum": 0}, "high": number},
         "required": ["distribution", "low", "high"], "additionalProperties": False},
    ]}


def _mapping(spec: dict, nullable: bool, description: str) -> dict:
    obj = {"type": "object", "properties": {name: key_schema(key, name) for name, key in spec.items()},
           "additionalProperties": False}
    return {"description": description, "anyOf": [obj, {"type": "null"}]} if nullable else \
        {"description": description, **obj}


def json_schema() -> dict:
    """The JSON Schema (draft 2020-12) of a study file."""
    _load()
    searchable = "|".join([r"(loss|model)_params\.[^.]+"] + [re.escape(k) for k in config.SEARCHABLE])
    search = _mapping(config.SEARCH_SPEC, False, config.STUDY_SPEC["search"].doc)
    search["properties"]["params"] = {**key_schema(config.SEARCH_SPEC["params"]), "minProperties": 1,
                                      "propertyNames": {"pattern": f"^({searchable})$"},
                                      "additionalProperties": {"$ref": "#/$defs/distribution"}}
    search["properties"]["asha"] = _mapping(config.ASHA_SPEC, True, config.SEARCH_SPEC["asha"].doc)
    search["required"] = ["params"]
    properties = {name: key_schema(key, name) for name, key in config.STUDY_SPEC.items()}
    for name in ("trial", "grid", "search"):  # a mapping of its own, or null (none)
        properties[name] = {"description": config.STUDY_SPEC[name].doc,
                            "anyOf": [{"$ref": f"#/$defs/{name}"}, {"type": "null"}]}
    properties["resources"] = _mapping(config.RESOURCES_SPEC, True, config.STUDY_SPEC["resources"].doc)
    loggers = config.STUDY_SPEC["loggers"]
    properties["loggers"] = {"description": f"{loggers.doc} ({loggers.rule()})", "default": loggers.default, "anyOf": [
        {"type": "array", "items": {"enum": list(config.LOGGERS)}, "uniqueItems": True},
        {"type": "object", "additionalProperties": False,
         "properties": {name: _mapping(spec, True, f"{name}'s options") for name, spec in config.LOGGER_SPECS.items()}},
        {"type": "null"}]}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "memstudy study file",
        "description": "A study: trials from a base (trial), a grid of axes, and how to run them. Reference: "
                       "docs/study-file.md",
        "type": "object",
        "properties": properties,
        "required": list(config.REQUIRED_KEYS),
        "additionalProperties": False,
        "$defs": {
            "trial": {"type": "object", "properties": _trial_values(), "patternProperties": _dotted_params(),
                      "additionalProperties": False, "allOf": _conditions(dotted=True)},
            "entry": {"type": "object", "properties": {**_trial_values(), "grid": {"$ref": "#/$defs/grid"}},
                      "patternProperties": _dotted_params(), "additionalProperties": False,
                      "allOf": _conditions(dotted=True)},
            "grid": _grid_schema(),
            "search": search,
            "distribution": _distribution_schema(),
        },
    }


# ---------------------------------------------------------------- the reference page

def _cell(value) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def _code(value) -> str:
    return f"`{json.dumps(_jsonable(value))}`" if value is not None else "`null`"


def _key_table(spec: dict, prefix: str = "") -> list[str]:
    rows = ["| key | allowed | default | meaning |", "|---|---|---|---|"]
    for name, key in spec.items():
        required = name in config.REQUIRED_KEYS and not prefix
        default = "required" if required else (_code(key.default) if key.default is not None or key.nullable
                                                else "-")
        allowed = key.rule() + (" or null" if key.nullable else "")
        rows.append(f"| `{prefix}{name}` | {_cell(allowed)} | {default} | {_cell(key.doc)} |")
    return rows


def _about(group: str, name: str) -> str:
    """The first line of the loader's, network's or loss's docstring, where it has one."""
    fn = {"dataset": lambda: data.DATASETS[name][0], "model": lambda: models.MODELS[name],
          "loss": lambda: losses.LOSSES[name].fn}[group]()
    return _cell(" ".join(fn.__doc__.strip().split("\n\n")[0].split())) if fn.__doc__ else ""


def _params_table(group: str) -> list[str]:
    rows = [f"| {group} | parameter | default | about |", "|---|---|---|---|"]
    for name in _registry(group):
        params = _param_defaults(group, name) or {None: None}
        for i, (param, default) in enumerate(params.items()):
            rule = losses.LOSSES[name].rules.get(param) if group == "loss" else None
            shown = "-" if param is None or default is inspect.Parameter.empty or default is None else _code(default)
            about = _about(group, name) if i == 0 else ""
            rows.append(f"| `{name}` | {f'`{param}`' if param else '(none)'}{f' ({_cell(rule[0])})' if rule else ''} "
                        f"| {shown} | {about} |")
    return rows


def markdown() -> str:
    """docs/study-file.md: every key of a study file, and every dataset's, model's, loss's and
    preset's parameters, from the tables the parser checks against."""
    _load()
    lines = [
        "# Study file reference",
        "",
        f"<!-- Generated from memstudy/config.py by `{COMMAND}`; do not edit. -->",
        "",
        "A study file is YAML. `memstudy schema > study.schema.json` writes its JSON Schema, for an "
        "editor's completion and checking (for example with the YAML language server: "
        "`# yaml-language-server: $schema=study.schema.json` at the top of the file). "
        "`memstudy run STUDY.yaml --set KEY=VALUE` overrides a key without editing the file "
        "(`--set trial.epochs=5 --set grid.seed=[0]`); each value is YAML and is checked as the file is.",
        "",
        "## Study keys",
        "",
        *_key_table(config.STUDY_SPEC),
        "",
        "### resources",
        "",
        *_key_table(config.RESOURCES_SPEC, "resources."),
        "",
        "### loggers",
        "",
        "TensorBoard is always written (the analysis reads it). `loggers: [mlflow, wandb]` adds trackers with "
        "their defaults; a mapping gives options: `loggers: {mlflow: {tracking_uri: http://HOST:5000}, wandb: "
        "{mode: offline}}`. Each trial (each member of a fused group too) is one run with its parameters and "
        "per-epoch metrics, under TensorBoard's names. A tracker's package is an extra: "
        + ", ".join(f"`pip install 'memstudy[{name}]'`" for name in config.LOGGER_PACKAGES) + ". See [Trackers](trackers.md).",
        "",
        *[row for name, spec in config.LOGGER_SPECS.items() if spec for row in (*_key_table(spec, f"loggers.{name}."), "")],
        "## Trial keys",
        "",
        "Keys of `trial:`, of a grid axis and of a grid entry. A key left out takes the preset's value, "
        "else the default.",
        "",
        *_key_table(config.TRIAL_SPEC),
        "",
        "## Grids",
        "",
        "`grid:` maps an axis to a non-empty list; every combination of the axes' values is one trial. "
        "An axis named by a trial key (or a dotted parameter key such as `loss_params.alpha`) takes "
        "scalars that set that key. A mapping in the list (an entry) sets several keys at once, dotted "
        "keys included, and may hold its own `grid:`, swept only inside that entry. An axis with any other "
        "name (`recipe:`) holds entries only. Two cells that give the same trial are refused.",
        "",
        "## Search",
        "",
        "`search:` runs an Optuna search (through Ray Tune) in every grid cell.",
        "",
        *_key_table(config.SEARCH_SPEC, "search."),
        "",
        *_key_table(config.ASHA_SPEC, "search.asha."),
        "",
        f"Distributions: {', '.join(f'`{d}`' for d in config.DISTRIBUTIONS)}. `choice` takes `values`; the others "
        "take numbers `low` < `high` (`loguniform`: `low` > 0; `int`: whole numbers).",
        "",
        "## Presets",
        "",
        "| preset | settings |",
        "|---|---|",
        *[f"| `{name}` | {_cell(', '.join(f'{k}: {json.dumps(_jsonable(v))}' for k, v in recipe.items()))} |"
          for name, recipe in config.PRESETS.items()],
        "",
        "## Datasets (`dataset_params`)",
        "",
        *_params_table("dataset"),
        "",
        "Data roots and files are resolved against the folder the command runs in.",
        "",
        "## Models (`model_params`)",
        "",
        *_params_table("model"),
        "",
        "## Losses (`loss_params`)",
        "",
        *_params_table("loss"),
        "",
        "Symmetric at their default parameters: "
        + ", ".join(f"`{n}`" for n, s in losses.LOSSES.items() if s.symmetric) + ".",
        "",
        "## Noise (`noise`, `noise_params`)",
        "",
        f"Kinds: {', '.join(f'`{k}`' for k in noise.KINDS)}. Only `{noise.GIVEN}` takes `noise_params`: "
        f"{', '.join(f'`{p}`' for p in noise.GIVEN_PARAMS)} (a `.npy` or `.npz` of one label per training "
        "example, and the array's name in an `.npz`); its `eta` is measured from the labels.",
        "",
    ]
    return "\n".join(lines)


def main(argv=None, prog: str = "python -m memstudy.schema") -> int:
    parser = argparse.ArgumentParser(prog=prog, description="Print the study file's JSON Schema (memstudy schema > "
                                     "study.schema.json), or write its reference page.")
    parser.add_argument("--markdown", metavar="PATH", help=f"write the reference page to PATH instead ({COMMAND})")
    args = parser.parse_args(argv)
    if args.markdown:
        Path(args.markdown).write_text(markdown())
        print(f"memstudy: wrote {args.markdown}")
    else:
        print(json.dumps(json_schema(), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
