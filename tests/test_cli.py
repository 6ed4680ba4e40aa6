"""The command line's front: --version, each subcommand's help under its own name, answered without
loading torch or Ray, and the first line of a run before Ray's start-up."""

import subprocess
import sys

import pytest

from helpers import REPO


def _memstudy(*args):
    return subprocess.run([sys.executable, "-m", "memstudy.cli", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=120)


def test_version():
    from memstudy import __version__

    proc = _memstudy("--version")
    assert proc.returncode == 0 and proc.stdout.strip() == f"memstudy {__version__}"


@pytest.mark.parametrize("command", ["run", "analyse", "bench", "check"])
def test_each_subcommand_shows_its_help_under_its_own_name(command):
    proc = _memstudy(command, "--help")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"usage: memstudy {command} "), proc.stdout[:200]


def test_run_help_and_its_input_checks_load_neither_torch_nor_ray():
    code = ("import sys\nfrom memstudy import run\ntry:\n    run.main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('torch', 'ray') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "[]", proc.stdout


def test_the_names_run_exported_before_the_split_still_import():
    from memstudy import run

    assert run.time_left(60.0, 12, 50) == "3m10s" and callable(run._progress_callback)
    assert run.trial_epochs({"trial": {"epochs": 3}}, "RUNNING", 1) == (1, 3)


@pytest.mark.parametrize("call", ["from analysis.__main__ import main\nmain(['--help'])",
                                  "from memstudy.cli import main\nmain(['analyse', '--help'])"])
def test_analyse_help_loads_no_pandas_matplotlib_torch_or_ray(call):
    # As `python -m analysis --help` and `memstudy analyse --help` run it: the analysis package imported
    # first (its names are loaded on first use), then main's --help.
    code = ("import sys\ntry:\n    " + call.replace("\n", "\n    ") + "\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('pandas', 'matplotlib', 'torch', 'ray') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "usage: " in proc.stdout and proc.stdout.strip().splitlines()[-1] == "[]", proc.stdout


def test_the_analysis_names_still_import_from_the_package():
    import analysis
    from memstudy import metrics as M

    assert set(analysis.__all__) <= set(dir(analysis))
    assert analysis.flip_epoch is M.flip_epoch and callable(analysis.load_table) and callable(analysis.build_report)
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        analysis.nope  # noqa: B018
