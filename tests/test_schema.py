"""The study file's JSON Schema and reference page, both from the key tables the parser checks
against: every shipped study validates; the schema and the parser agree on the good and bad study
files of tests/test_config.py; the checked-in docs/study-file.md is what the code generates."""

import dataclasses
import json
import subprocess
import sys

import jsonschema
import pytest
import yaml

import test_config
from helpers import REPO
from memstudy import config, losses
from memstudy.config import TRIAL_SPEC, TrialConfig, parse_study
from memstudy.errors import ConfigError
from memstudy.schema import PAGE, json_schema, markdown

VALIDATOR = jsonschema.Draft202012Validator(json_schema())
study = test_config.study
SMALL = test_config.SMALL

# Refusals that need more than the file: a missing data file, the machine's CPUs and GPUs, YAML
# that is not YAML. The parser's message says which; these are the only refusals the schema may let by.
BEYOND_A_SCHEMA = ("files not found", "no GPU", "CPUs per trial but", "not valid YAML")


def _refused_by_schema(raw) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in VALIDATOR.iter_errors(raw)]


def _cases(test, argname_index=1):
    """The parameter sets of one of test_config's parametrized tests."""
    mark = next(m for m in test.pytestmark if m.name == "parametrize")
    return [case.values if hasattr(case, "values") else case for case in mark.args[argname_index]]


def test_the_schema_is_a_valid_draft_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(json_schema())


@pytest.mark.parametrize("path", sorted((REPO / "studies").glob("*.yaml")), ids=lambda p: p.name)
def test_every_shipped_study_validates_against_the_schema(path):
    assert _refused_by_schema(yaml.safe_load(path.read_text())) == []


# Good studies of test_config (its helper `study`, as its tests build them) and a few more the parser accepts.
GOOD = [
    study(),
    study(trial={"preset": "mlp_digits", "epochs": 3, "lr": 0.5}),
    study(grid={"loss": ["cce", {"loss": "gce", "grid": {"loss_params.q": [0.5, 0.7]}}], "seed": [0, 1]}),
    study(grid={"loss": ["cce", "mse"], "eta": [0.0, 0.4]}),
    study(trial={**SMALL, "loss": "rll"}, grid={"eta": [0.2, 0.4]}, search={
        "params": {"loss_params.alpha": {"distribution": "loguniform", "low": 0.01, "high": 1.0}}, "num_trials": 5}),
    study(trial={**SMALL, "epochs": 1}, grid={"seed": [0, 1]}, resources={"gpu": "auto"}),
    study(resources={"gpu": 2, "cpu": 0.5}, batch_trials=True, max_concurrent=None, description="x"),
    study(trial={**SMALL, "preset": "mlp_digits", "dataset": "digits", "noise_seed": None}, resources=None),
    {"name": "t", "trial": None, "grid": None, "search": None},
    study(trial={"epochs": 2}, grid={"recipe": [{"preset": "mlp_digits"},
                                                {"model": "small_cnn", "model_params.channels": [4]}]}),
    study(trial={**SMALL, "loss": "rll", "loss_params.alpha": 0.5, "model_params.hidden": [8]}),  # as in a grid entry
]

# Bad studies beyond test_config's: each refused by both for a reason the schema can see.
MORE_BAD = [
    study(description=5),
    study(trial={**SMALL, "eta": "0.2"}),
    study(trial={**SMALL, "lr_milestones": [0]}),
    study(trial={**SMALL, "augment": "yes"}),
    study(trial={**SMALL, "momentum": 1.0}),
    study(trial={**SMALL, "noise_seed": -1}),
    study(trial={**SMALL, "precision": "fp16"}),
    study(trial={**SMALL, "loss_params": [1]}),
    study(trial={**SMALL, "loss": "gce", "loss_params": {"q": 1.5}}),
    study(trial={**SMALL, "noise": "pair", "noise_params": {"path": "x.npy"}}),
    study(trial={**SMALL, "noise": "given", "noise_params": {"path": "x.npy", "colum": "a"}}),
    study(trial={**SMALL, "model_params": {"hiden": [4]}}),
    study(trial={**SMALL, "dataset_params": {"n_trian": 4}}),
    study(trial={**SMALL, "loss": "cce", "loss_params.alpha": 1}),  # cce takes no parameters
    study(grid={"eta": []}),
    study(grid={"eta": 0.2}),
    study(grid={"recipe": ["mlp_digits"]}),
    study(grid={"loss": [{"loss": "gce", "loss_params.alpha": 1}]}),
    study(grid={"loss": [{"los": "cce"}]}),
    study(batch_trials=0),
    study(max_concurrent=0),
    study(checkpoint_interval_s=-1),
    study(resources={"cpu": 0}),
    study(name=None),
    {"trial": dict(SMALL)},
    study(search={"params": {"lr": {"distribution": "normal", "low": 0.1, "high": 1}}}),
    study(search={"params": {"lr": {"distribution": "loguniform", "low": 0, "high": 1}}}),
    study(search={"params": {"epochs": {"distribution": "int", "low": 1, "high": 5}}}),
    study(search={"params": {"lr": {"distribution": "uniform", "low": 0.1, "high": 1}}, "num_trials": 0}),
    study(search={"params": {"lr": {"distribution": "uniform", "low": 0.1, "high": 1}}, "asha": {"grace": 1}}),
    study(search={"params": {"lr": {"distribution": "uniform", "low": 0.1, "high": 1}}, "objective": "acc"}),
    study(search={"params": {}}),
    study(resources=[]),
    study(grid=0),
    study(trial=""),
]


@pytest.mark.parametrize("raw", GOOD)
def test_what_the_parser_accepts_the_schema_accepts(raw):
    parse_study(raw)
    assert _refused_by_schema(raw) == []


def _bad_cases():
    """test_config's bad study files (its parametrized refusals, in-process and through the CLI), and MORE_BAD."""
    cases = [(raw, None) for raw, _ in _cases(test_config.test_bad_input_names_key_value_and_choices)]
    for content, _ in _cases(test_config.test_cli_user_errors_exit_2_without_traceback_before_ray):
        cases.append((None, content))
    return cases + [(raw, None) for raw in MORE_BAD]


@pytest.mark.parametrize("raw, content", _bad_cases())
def test_what_the_parser_refuses_for_a_structural_reason_the_schema_refuses(raw, content, tmp_path):
    if content is not None:  # a file's text: read as the CLI reads it
        try:
            raw = yaml.safe_load(content)
        except yaml.YAMLError:
            raw = None
    with pytest.raises(ConfigError) as refused:
        if raw is None:
            config.load_study(_write(tmp_path, content))
        else:
            parse_study(raw, source="s.yaml", base_dir=tmp_path)
            # The parser's checks of the machine come with the run (preflight): as the CLI does.
            from memstudy.run import preflight

            preflight(parse_study(raw, source="s.yaml", base_dir=tmp_path), tmp_path / "results", num_gpus=0)
    message = str(refused.value)
    if any(reason in message for reason in BEYOND_A_SCHEMA):
        return  # beyond a schema: the parser alone refuses it
    assert raw is not None and _refused_by_schema(raw), f"the schema accepts what the parser refuses: {message}"


def _write(tmp_path, content):
    path = tmp_path / "s.yaml"
    path.write_text(content)
    return path


def test_the_beyond_a_schema_cases_are_the_ones_the_schema_cannot_see():
    """The refusals left to the parser are exactly those of test_config's that need the machine or
    the disk, or are not YAML: no structural refusal hides among them."""
    beyond = []
    for raw, content in _bad_cases():
        try:
            raw = yaml.safe_load(content) if content is not None else raw
        except yaml.YAMLError:
            beyond.append("not YAML")
            continue
        if not _refused_by_schema(raw):
            beyond.append(json.dumps(raw, sort_keys=True))
    assert len(beyond) == 6, beyond  # 2 not YAML, 2 missing MNIST files, a GPU and 64 CPUs asked of this machine
    assert sum("nonexistent" in b or "nowhere" in b for b in beyond) == 2
    assert sum('"gpu": 0.25' in b or '"cpu": 64' in b for b in beyond) == 2


def test_the_key_tables_are_the_trial_config_and_its_defaults():
    fields = dataclasses.fields(TrialConfig)
    assert list(TRIAL_SPEC) == [f.name for f in fields] == config.TRIAL_KEYS
    defaults = TrialConfig().to_dict()
    assert {k: v.default for k, v in TRIAL_SPEC.items()} == defaults
    schema = json_schema()["$defs"]["trial"]["properties"]
    assert {k: schema[k]["default"] for k in schema} == defaults
    assert set(json_schema()["properties"]) == set(config.STUDY_KEYS)


@pytest.mark.parametrize("name", list(losses.LOSSES))
def test_each_loss_parameter_rule_is_the_schemas_bound(name):
    """From the loss registry: the schema's bounds on loss_params allow exactly what the loss's rule does."""
    defaults = losses.loss_param_defaults(name)
    for param in defaults:
        for value in (-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0):
            raw = study(trial={**SMALL, "loss": name, "loss_params": {param: value}})
            parser_ok = not losses.check_loss_params(name, {param: value})
            assert (not _refused_by_schema(raw)) == parser_ok, (name, param, value)


def test_the_reference_page_is_what_the_code_generates():
    assert PAGE.read_text() == markdown(), \
        "docs/study-file.md is stale: run `python -m memstudy.schema --markdown docs/study-file.md`"


def test_the_reference_page_names_every_key_dataset_model_loss_and_preset():
    page = markdown()
    names = [*config.STUDY_KEYS, *TRIAL_SPEC, *config.PRESETS, *config.data.DATASETS, *config.models.MODELS,
             *losses.LOSSES, *config.noise.KINDS]
    assert [n for n in names if f"`{n}`" not in page] == []
    assert "| `epochs` | a positive integer | `10` |" in page
    assert "| `eta` | a number in [0, 1] | `0.0` |" in page
    assert "| `rll` | `alpha` (>= 1.2e-38 (a positive number that float32 resolves)) | `0.1` |" in page


@pytest.mark.subprocess
def test_memstudy_schema_prints_the_schema_and_writes_the_page(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "memstudy.cli", "schema"], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == json_schema()
    page = tmp_path / "study-file.md"
    proc = subprocess.run([sys.executable, "-m", "memstudy.schema", "--markdown", str(page)], capture_output=True,
                          text=True, cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert page.read_text() == PAGE.read_text()


@pytest.mark.subprocess
def test_memstudy_schema_help_answers_under_its_name_without_torch_or_ray():
    proc = subprocess.run([sys.executable, "-m", "memstudy.cli", "schema", "--help"], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    assert proc.returncode == 0 and proc.stdout.startswith("usage: memstudy schema "), proc.stdout + proc.stderr
    code = ("import sys\nfrom memstudy import schema\ntry:\n    schema.main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('torch', 'ray') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert proc.stdout.strip().splitlines()[-1] == "[]", proc.stdout + proc.stderr
