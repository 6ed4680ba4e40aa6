"""Study files: grid expansion, presets, and every kind of bad input reported before Ray starts."""

import time

import pytest
import yaml

from helpers import REPO, run_cli, write_tiny_cifar, write_tiny_mnist
from memstudy.config import PRESETS, TrialConfig, load_study, lr_at, parse_study, read_yaml
from memstudy.errors import ConfigError
from memstudy.run import gpu_share

SMALL = {"dataset": "synthetic", "model": "mlp", "epochs": 2}


def study(**over):
    raw = {"name": "t", "trial": dict(SMALL)}
    raw.update(over)
    return raw


@pytest.mark.subprocess
def test_paper_grid_sweeps_alpha_only_for_rll(tmp_path, monkeypatch):
    write_tiny_mnist(tmp_path / "data")
    write_tiny_cifar(tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    spec = load_study(REPO / "studies" / "paper.yaml")
    # 3 recipes x (cce, mse, 4 rll alphas, nmse) x 4 etas x 1 seed
    assert len(spec.trials) == 3 * 7 * 4
    assert {t.loss_params.get("alpha") for t in spec.trials if t.loss == "rll"} == {0.01, 0.1, 0.45, 1.0}
    assert all("alpha" not in t.loss_params for t in spec.trials if t.loss != "rll")
    resnet32 = [t for t in spec.trials if t.preset == "resnet32_cifar10"]
    assert {(t.model, t.dataset, t.lr, t.epochs, t.weight_decay, t.lr_milestones) for t in resnet32} == {
        ("resnet32", "cifar10", 0.1, 200, 1e-4, (100, 150))}
    assert all(t.dataset_params["root"] == str(tmp_path / "data") for t in spec.trials)
    # Fused: each recipe's 28 trials in near-equal groups (of up to 16 without a GPU), listed by --dry-run.
    assert spec.batch_trials is True
    proc = run_cli(REPO / "studies" / "paper.yaml", "--dry-run", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "84 trials in 6 fused groups (sizes 14, 14, 14, 14, 14, 14)" in proc.stdout
    groups = proc.stdout.split("group ")[1:]
    assert len(groups) == 6 and all(g.startswith(f"{i + 1}: 14 trials") for i, g in enumerate(groups))
    assert all(len({line.split("_")[-3] for line in g.splitlines()[1:] if line.startswith("  ")}) == 1
               for g in groups), "a group holds one architecture"


def test_shipped_studies_validate():
    for name, count in (("digits", 48), ("smoke", 4), ("digits_cnn_batched", 16)):
        spec = load_study(REPO / "studies" / f"{name}.yaml")
        assert spec.name == name and len(spec.trials) == count
    assert load_study(REPO / "studies" / "digits_cnn_batched.yaml").batch_trials == 8


def test_explicit_keys_override_a_preset():
    spec = parse_study(study(trial={"preset": "mlp_digits", "epochs": 3, "lr": 0.5}))
    t = spec.trials[0]
    assert (t.epochs, t.lr, t.optimizer, t.model_params) == (3, 0.5, PRESETS["mlp_digits"]["optimizer"], {"hidden": [512, 512]})


def test_nested_grids_and_dotted_keys():
    spec = parse_study(study(grid={
        "loss": ["cce", {"loss": "gce", "grid": {"loss_params.q": [0.5, 0.7]}}],
        "seed": [0, 1]}))
    cells = sorted((t.loss, t.loss_params.get("q"), t.seed) for t in spec.trials)
    assert cells == [("cce", None, 0), ("cce", None, 1), ("gce", 0.5, 0), ("gce", 0.5, 1), ("gce", 0.7, 0), ("gce", 0.7, 1)]


def test_schedules():
    exp = TrialConfig(lr=0.01, schedule="exponential", lr_gamma=0.95)
    assert lr_at(exp, 1) == 0.01 and abs(lr_at(exp, 3) - 0.01 * 0.95 ** 2) < 1e-15
    step = TrialConfig(lr=0.1, schedule="multistep", lr_gamma=0.1, lr_milestones=(100, 150))
    assert [lr_at(step, e) for e in (100, 101, 150, 151)] == pytest.approx([0.1, 0.01, 0.01, 0.001])


@pytest.mark.parametrize("raw, expected", [
    (study(trial={**SMALL, "los": "cce"}), r"trial.los: unknown key 'los' \(did you mean 'loss'\?\)"),
    (study(trial={**SMALL, "loss": "rl"}), r"trial.loss: unknown loss 'rl' \(did you mean 'rll'\?\)"),
    (study(trial={**SMALL, "model": "resnet23"}), r"unknown model 'resnet23' \(did you mean 'resnet32'\?\)"),
    (study(trial={**SMALL, "dataset": "mnsit"}), r"unknown dataset 'mnsit' \(did you mean 'mnist'\?\)"),
    (study(trial={**SMALL, "noise": "symetric"}), r"unknown noise kind 'symetric'"),
    (study(grid={"eta": [0.2, 1.5]}), r"grid.eta\[1\]: eta must be a number in \[0, 1\], got 1.5"),
    (study(grid={"loss": [{"loss": "rll", "loss_params.alpha": 0}]}),
     r"grid.loss\[0\].loss_params.alpha: loss 'rll' parameter 'alpha' must be >= 1.2e-38 .*, got 0"),
    (study(trial={**SMALL, "loss": "cce", "loss_params": {"alpha": 1}}), r"loss 'cce' has no parameter 'alpha'"),
    (study(trial={**SMALL, "epochs": 0}), r"trial.epochs: epochs must be a positive integer, got 0"),
    (study(trial={**SMALL, "batch_size": -8}), r"batch_size must be a positive integer"),
    (study(trial={**SMALL, "preset": "resnet32_cifar10", "dataset": "mnist"}),
     r"preset 'resnet32_cifar10' is the recipe for dataset 'cifar10', not 'mnist'.*resnet18_mnist"),
    (study(trial={**SMALL, "preset": "resnet33_cifar10"}), r"unknown preset.*did you mean 'resnet32_cifar10'"),
    (study(trial={**SMALL, "dataset": "mnist", "dataset_params": {"root": "/nonexistent/data"}}),
     r"MNIST files not found under /nonexistent/data.*train-images-idx3-ubyte"),
    (study(name="../../etc"), r"name: the study name must be"),
    (study(name="a/b"), r"cannot contain a path"),
    (study(resources={"gpu": 1.5}), r"resources.gpu: must be 'auto', a share"),
    (study(resources={"cpus": 1}), r"resources.cpus: unknown key \(did you mean 'cpu'\?\)"),
    (study(grdi={}), r"unknown key 'grdi' \(did you mean 'grid'\?\)"),
    (study(trial={**SMALL, "lr": "1e-3"}), r"lr must be a number > 0, got '1e-3' \(YAML reads 1e-3 as text: write it "
                                          r"with a dot, e.g. 1.0e-3\)"),
    (study(grid={"loss": [{"loss": "rll", "alpha": 0.1}]}),
     r"grid.loss\[0\].alpha: unknown key 'alpha' \(a loss parameter\? write loss_params.alpha\)"),
    (study(grid={"loss_param.alpha": [0.1]}), r"grid.loss_param.alpha\[0\]: unknown key 'loss_param' \(did you mean"),
])
def test_bad_input_names_key_value_and_choices(raw, expected):
    with pytest.raises(ConfigError, match=expected):
        parse_study(raw, source="s.yaml")


# What a YAML file can hold and JSON (so the JSON Schema) cannot: keys that are not strings, infinities.
@pytest.mark.parametrize("raw, expected", [
    (study(grid={None: [1]}), r"grid.None: a grid axis must be named by a trial key"),
    (study(grid={1: ["a"], "loss": ["cce", {"loss": "rll", 3: 4}]}),
     r"(?s)grid.1: a grid axis must be named.*grid.loss\[1\].3: a key must be a trial key"),
    (study(grid={"loss": [{"loss": "rll", "loss_params.alpha": float("inf")}]}),
     r"loss 'rll' parameter 'alpha' must be a finite number, got inf"),
    (study(trial={**SMALL, "loss": "nce_rce", "loss_params": {"beta": float("inf")}}),
     r"parameter 'beta' must be a finite number"),
])
def test_what_json_cannot_hold_is_refused_too(raw, expected):
    with pytest.raises(ConfigError, match=expected):
        parse_study(raw, source="s.yaml")


@pytest.mark.parametrize("where, value", [
    ("dataset_params.root", "s3://AKIAEXAMPLEKEY:wJalrSECRETvalue@bucket/mnist"),
    ("noise_params.path", "https://user:ghp_SECRETtoken@host/labels.npz"),
])
def test_data_given_as_a_uri_is_refused_without_its_credentials(where, value):
    trial = {**SMALL, "dataset": "mnist", "model": "resnet18", "dataset_params": {"root": value, "download": True}} \
        if where.startswith("dataset") else {**SMALL, "noise": "given", "noise_params": {"path": value}}
    with pytest.raises(ConfigError) as info:
        parse_study(study(trial=trial), source="s.yaml")
    message = str(info.value)
    assert f"trial.{where}: " in message and "is a URI" in message and "***@" in message
    assert "SECRET" not in message and "AKIA" not in message


def test_dotted_parameter_keys_set_one_parameter_in_trial_too():
    # As docs/study-file.md says, and as in a grid entry (before: "unknown key 'loss_params.alpha'").
    spec = parse_study(study(trial={**SMALL, "loss": "rll", "loss_params.alpha": 0.5, "model_params.hidden": [8]}))
    assert spec.trials[0].loss_params == {"alpha": 0.5} and spec.trials[0].model_params["hidden"] == [8]
    with pytest.raises(ConfigError, match=r"trial.loss_params.alpha: given twice"):
        parse_study(study(trial={**SMALL, "loss": "rll", "loss_params.alpha": 0.5, "loss_params": {"alpha": 1}}))
    with pytest.raises(ConfigError, match=r"loss 'rll' has no parameter 'alpah'"):
        parse_study(study(trial={**SMALL, "loss": "rll", "loss_params.alpah": 0.5}))
    # --set overrides it as the study file's reference says (before: "given twice").
    raw = study(trial={**SMALL, "loss": "rll", "loss_params.alpha": 0.5, "model_params.hidden": [8]})
    spec = parse_study(raw, overrides=["trial.loss_params.alpha=0.3", "trial.model_params.hidden=[4, 4]"])
    assert spec.trials[0].loss_params == {"alpha": 0.3} and spec.trials[0].model_params["hidden"] == [4, 4]


def test_a_set_item_that_holds_credentials_is_named_without_them():
    # The refusal names the --set item that gave the value: before, it echoed the item as given.
    trial = {**SMALL, "dataset": "mnist", "model": "resnet18"}
    with pytest.raises(ConfigError) as info:
        parse_study(study(trial=trial), source="s.yaml",
                    overrides=["trial.dataset_params={root: 's3://DKEY:SECDATA888@bkt/data'}"])
    message = str(info.value)
    assert "(--set trial.dataset_params={root: 's3://***@bkt/data'})" in message and "is a URI" in message
    assert "SECDATA" not in message and "DKEY" not in message


def test_a_study_file_is_read_strictly(tmp_path):
    # A key given twice (plain YAML keeps the last), a date where a number belongs (plain YAML makes a
    # date, which crashed the checks), a file in another encoding (a UnicodeDecodeError before).
    twice = _write(tmp_path, "name: t\ntrial: {dataset: synthetic, model: mlp, epochs: 4, epochs: 400}\n")
    with pytest.raises(ConfigError, match=r"(?s)not valid YAML.*found the key 'epochs' twice"):
        load_study(twice)
    dated = _write(tmp_path, "name: t\ntrial: {dataset: synthetic, model: mlp, epochs: 2, seed: 2024-01-01}\n")
    with pytest.raises(ConfigError, match=r"trial.seed: seed must be a non-negative integer, got '2024-01-01'"):
        load_study(dated)
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("name: t\ndescription: café\ntrial: {dataset: synthetic, model: mlp}\n".encode("latin-1"))
    with pytest.raises(ConfigError, match=r"latin.yaml: not a UTF-8 text file \(byte 24 is 0xe9\)"):
        load_study(latin)
    # YAML's anchors and merge keys still work, an explicit key overriding a merged one.
    merged = _write(tmp_path, "name: t\nbase: &b {dataset: synthetic, model: mlp, epochs: 2}\n", "m.yaml")
    assert read_yaml(merged.read_text() + "trial:\n  <<: *b\n  epochs: 3\n")["trial"] == {
        "dataset": "synthetic", "model": "mlp", "epochs": 3}
    with pytest.raises(ConfigError, match=r"--set trial.seed=2024-01-01.*got '2024-01-01'|seed must be"):
        load_study(_write(tmp_path, yaml.safe_dump(study())), overrides=("trial.seed=2024-01-01",))


def test_every_problem_is_reported_at_once():
    with pytest.raises(ConfigError) as info:
        parse_study(study(trial={**SMALL, "loss": "rl", "epochs": 0}, grid={"eta": [2]}), source="s.yaml")
    message = str(info.value)
    assert "3 problem(s)" in message
    assert all(f in message for f in ("unknown loss 'rl'", "epochs must be", "eta must be"))
    assert message.count("s.yaml") == 3


def test_a_bad_base_key_in_a_grid_of_many_cells_is_one_config_error():
    # Every cell repeats the base's problem; the repeats once slipped past and reached TrialConfig (a TypeError).
    with pytest.raises(ConfigError) as info:
        parse_study(study(trial={**SMALL, "epoch": 5}, grid={"seed": [0, 1, 2]}), source="s.yaml")
    assert str(info.value).startswith("s.yaml: trial.epoch: unknown key 'epoch' (did you mean 'epochs'?)")


def test_description_must_be_text():
    with pytest.raises(ConfigError, match=r"s.yaml: description: must be a string, got 5"):
        parse_study(study(description=5), source="s.yaml")
    assert parse_study(study(description="why")).name == "t"


def test_gpu_auto_share():
    assert gpu_share("auto", 10, 0) == 0.0
    assert gpu_share("auto", 1, 1) == 1.0
    assert gpu_share("auto", 2, 1) == 0.5
    assert gpu_share("auto", 84, 1) == 0.25
    assert gpu_share(0.25, 84, 0) == 0.25


def _write(tmp_path, raw, name="s.yaml"):
    path = tmp_path / name
    path.write_text(raw if isinstance(raw, str) else yaml.safe_dump(raw))
    return path


@pytest.mark.subprocess
@pytest.mark.parametrize("content, expected", [
    ("name: x\ntrial: [1, 2\n", "not valid YAML"),
    ("!!python/object/apply:os.system ['echo hacked']\n", "not valid YAML"),
    (yaml.safe_dump(study(trial={**SMALL, "loss": "rl"})), "unknown loss 'rl'"),
    (yaml.safe_dump(study(resources={"gpu": 0.25})), "no GPU"),
    (yaml.safe_dump(study(resources={"cpu": 64})), "resources.cpu: 64 CPUs per trial but this machine has only"),
    (yaml.safe_dump(study(trial={**SMALL, "dataset": "mnist", "dataset_params": {"root": "nowhere"}})),
     "MNIST files not found under"),
])
def test_cli_user_errors_exit_2_without_traceback_before_ray(tmp_path, content, expected):
    import torch

    if "no GPU" in expected and torch.cuda.is_available():
        pytest.skip("this machine has a GPU")
    path = _write(tmp_path, content)
    _refused_before_ray(tmp_path, path, tmp_path / "results", expected)


@pytest.mark.subprocess
def test_a_results_folder_that_is_a_file_is_refused_before_ray(tmp_path):
    results = tmp_path / "results"
    results.write_text("not a folder")
    _refused_before_ray(tmp_path, _write(tmp_path, yaml.safe_dump(study())), results,
                        f"--storage {results}: {results} is a file, not a folder")


def _refused_before_ray(tmp_path, path, results, expected):
    tick = time.time()
    for dry_run in ((), ("--dry-run",)):  # the dry run checks what a run checks
        proc = run_cli(path, "--storage", results, *dry_run, cwd=tmp_path)
        assert proc.returncode == 2, proc.stderr
        assert expected in proc.stderr and (f"{path}: " in proc.stderr or "--storage" in expected)  # names the file
        assert "Traceback" not in proc.stderr
        assert not results.is_dir()  # nothing started, nothing written
    assert time.time() - tick < 60


@pytest.mark.subprocess
def test_cli_missing_study_file(tmp_path):
    proc = run_cli(tmp_path / "nope.yaml")
    assert proc.returncode == 2 and f"{tmp_path / 'nope.yaml'}: no such study file" in proc.stderr


@pytest.mark.subprocess
def test_dry_run_lists_a_grid_and_a_search_without_running(tmp_path):
    grid = _write(tmp_path, study(grid={"loss": ["cce", "mse"], "eta": [0.0, 0.4]}), "grid.yaml")
    proc = run_cli(grid, "--dry-run", "--storage", tmp_path / "results")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert sorted(lines[:-1]) == ["cce_eta0.4_mlp_synthetic_s0", "cce_eta0_mlp_synthetic_s0",
                                  "mse_eta0.4_mlp_synthetic_s0", "mse_eta0_mlp_synthetic_s0"] and lines[-1] == "4 trials"
    search = _write(tmp_path, study(trial={**SMALL, "loss": "rll"}, grid={"eta": [0.2, 0.4]}, search={
        "params": {"loss_params.alpha": {"distribution": "loguniform", "low": 0.01, "high": 1.0}}, "num_trials": 5}),
        "search.yaml")
    proc = run_cli(search, "--dry-run", "--storage", tmp_path / "results")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1] == "2 grid cells, an Optuna search of 5 trials in each over loss_params.alpha"
    assert not (tmp_path / "results").exists()


@pytest.mark.subprocess
def test_gpu_auto_runs_on_the_cpu_without_a_gpu_and_shares_a_declared_one(tmp_path):
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has a GPU")
    path = _write(tmp_path, study(trial={**SMALL, "epochs": 1}, grid={"seed": [0, 1]}, resources={"gpu": "auto"}))
    proc = run_cli(path, "--storage", tmp_path / "cpu")
    assert proc.returncode == 0 and "1 CPU and 0 GPU each" in proc.stdout, proc.stdout + proc.stderr
    # A logical GPU declared to the local Ray: auto gives each of the 2 trials half of it.
    proc = run_cli(path, "--storage", tmp_path / "gpu", "--num-gpus", 1)
    assert proc.returncode == 0 and "1 CPU and 0.5 GPU each" in proc.stdout, proc.stdout + proc.stderr
    assert "2 trials finished, 0 failed" in proc.stdout


def test_progress_estimates_the_time_left_from_trial_epochs():
    from memstudy.run import time_left, trial_epochs

    one, group = {"trial": {"epochs": 10}}, {"group": [{"epochs": 10}] * 4}
    assert trial_epochs(one, "RUNNING", 3) == (3, 10)
    assert trial_epochs(group, "RUNNING", 3) == (12, 40)   # four members, three epochs each
    assert trial_epochs(group, "PENDING", None) == (0, 40)
    assert trial_epochs(one, "TERMINATED", 7) == (10, 10)  # stopped early: nothing left
    assert time_left(60.0, 12, 50) == "3m10s"              # 38 more at 5 s each
    assert time_left(100.0, 1, 100) == "2h45m" and time_left(10.0, 5, 6) == "2s"
    assert time_left(5.0, 0, 50) == "-"


@pytest.mark.subprocess
def test_the_memstudy_command_runs_analyses_and_benches(tmp_path):
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    command = shutil.which("memstudy", path=str(Path(sys.executable).parent)) or shutil.which("memstudy")
    assert command, "pip install -e . puts the memstudy command beside python"

    def memstudy(*args):
        return subprocess.run([command, *map(str, args)], capture_output=True, text=True, timeout=120, cwd=REPO)

    proc = memstudy()
    assert proc.returncode == 2 and "run" in proc.stdout and "analyse" in proc.stdout and "bench" in proc.stdout
    proc = memstudy("run", REPO / "studies" / "smoke.yaml", "--dry-run")
    assert proc.returncode == 0 and proc.stdout.splitlines()[-1] == "4 trials", proc.stderr
    proc = memstudy("analyse", tmp_path / "nope")
    assert proc.returncode == 2 and "no such study folder" in proc.stderr
    proc = memstudy("bench", "--help")
    assert proc.returncode == 0 and "--quick" in proc.stdout
    proc = memstudy("analyze", "--help")  # the other spelling
    assert proc.returncode == 0 and "--patience" in proc.stdout
    proc = memstudy("runn")
    assert proc.returncode == 2 and "did you mean 'run'" in proc.stderr
