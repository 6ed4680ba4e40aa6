"""Interrupts, restarts and what the driver checks before Ray starts: Ctrl-C, a second driver, a
trial restarted before it saved anything, the progress line after a resume, --dry-run."""

import logging
import os
import signal
import subprocess
import sys
import time
from types import SimpleNamespace

import pytest

from helpers import REPO, run_cli, scalars, status_of, trial_dirs, write_study
from memstudy import metrics as M
from memstudy.config import trial_from_dict
from memstudy.errors import ConfigError, StoreError
from memstudy.storage import Lease, node_folder
from memstudy.train import SUMMARY_EVENTS, TB_DIR, run_trials

# A study of 2 trials, one at a time, each some seconds long: long enough to interrupt.
LONG = {"name": "long", "max_concurrent": 1, "checkpoint_interval_s": 0,
        "trial": {"dataset": "synthetic", "dataset_params": {"n_train": 20000, "n_test": 256, "shape": [64]},
                  "model": "mlp", "model_params": {"hidden": [256, 256]}, "epochs": 8, "batch_size": 128,
                  "optimizer": "adam", "lr": 0.001, "eta": 0.4},
        "grid": {"seed": [0, 1]}}


def _start(study_file, storage, **popen):
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    return subprocess.Popen([sys.executable, "-m", "memstudy.run", str(study_file), "--storage", str(storage)],
                            cwd=REPO, env=env, text=True, start_new_session=True, **popen)


def _wait_for(condition, timeout=180, process=None):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if condition():
            return
        assert process is None or process.poll() is None, "the study ended first"
        time.sleep(0.2)
    pytest.fail("timed out")


def _running_epoch(study_dir, epoch):
    return lambda: study_dir.exists() and any(
        status_of(d).get("status") == "running" and (status_of(d).get("epoch") or 0) >= epoch
        for d in trial_dirs(study_dir))


# ---------------------------------------------------------------- one driver per study

def test_a_folder_lease_keeps_a_second_driver_out_and_dies_with_its_process(tmp_path):
    first = Lease(tmp_path / "study").acquire()
    with pytest.raises(ConfigError, match=rf"another driver runs this study \(host .+, pid {os.getpid()}, started "):
        Lease(tmp_path / "study").acquire()
    first.release()
    Lease(tmp_path / "study").acquire().release()
    # A driver killed with kill -9: its OS lock goes with it, the next driver starts at once.
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from memstudy.storage import Lease; "
                               "Lease(sys.argv[1]).acquire(); print('held', flush=True); time.sleep(600)",
                               str(tmp_path / "killed")], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    with pytest.raises(ConfigError, match=f"pid {holder.pid}"):
        Lease(tmp_path / "killed").acquire()
    holder.kill()
    holder.wait()
    Lease(tmp_path / "killed").acquire().release()


@pytest.mark.subprocess
def test_a_second_driver_on_a_running_study_is_refused(tmp_path):
    path = write_study(tmp_path, {**LONG, "trial": {**LONG["trial"], "epochs": 100}})  # killed long before its end
    storage = tmp_path / "results"
    first = _start(path, storage, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for(_running_epoch(storage / "long", 1), process=first)
        started = time.time()
        second = run_cli(path, "--storage", storage)
        assert second.returncode == 2, second.stdout + second.stderr
        assert f"another driver runs this study (host {os.uname().nodename}, pid {first.pid}, started" in second.stderr
        assert time.time() - started < 30  # before Ray starts
        restart = run_cli(path, "--storage", storage, "--restart")  # nor is it moved aside under it
        assert restart.returncode == 2 and "another driver runs this study" in restart.stderr
        assert not any(p.name.startswith("long.old-") for p in storage.iterdir())
    finally:
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()


# ---------------------------------------------------------------- Ctrl-C

@pytest.mark.subprocess
def test_ctrl_c_says_one_line_exits_130_and_the_rerun_finishes(tmp_path):
    path = write_study(tmp_path, LONG)
    storage = tmp_path / "results"
    study_dir = storage / "long"
    driver = _start(path, storage, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        _wait_for(_running_epoch(study_dir, 2), process=driver)
        os.killpg(driver.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole foreground group
        out, err = driver.communicate(timeout=120)
    finally:
        if driver.poll() is None:
            os.killpg(driver.pid, signal.SIGKILL)
    assert driver.returncode == 130, out + err
    assert "memstudy: interrupted; rerun the same command to resume" in err
    for noise in ("Traceback", "AttributeError", "Tuner.restore", "Failed to fetch metrics"):
        assert noise not in out + err, (noise, out + err)
    # The trial Ctrl-C stopped says so (before: stopped_early, as if a scheduler had stopped it; a
    # grid has no early stopping), until the rerun continues it.
    stopped = [status_of(d) for d in trial_dirs(study_dir) if status_of(d)["status"] != "finished"]
    assert [s["status"] for s in stopped] == [M.INTERRUPTED], stopped
    time.sleep(2)
    again = run_cli(path, "--storage", storage)
    assert again.returncode == 0, again.stdout + again.stderr
    assert f"memstudy: resuming: trial folders: 1 interrupted at epoch {stopped[0]['epoch']}" in again.stdout, \
        again.stdout
    assert "2 trials finished, 0 failed" in again.stdout
    for d in trial_dirs(study_dir):
        assert status_of(d)["status"] == "finished"
        assert [step for step, _ in scalars(d)[M.J1]] == list(range(9)), d.name


# ---------------------------------------------------------------- a trial that starts again

def test_a_trial_restarted_before_it_saved_a_state_logs_each_epoch_once(tmp_path, caplog):
    cfg = trial_from_dict({"dataset": "synthetic", "model": "mlp", "model_params": {"hidden": [8]}, "epochs": 4})
    folder = tmp_path / "trial"
    run_trials([cfg], [folder], threads=1)  # an attempt that wrote epochs 0-4 and then lost its state
    second = run_trials([cfg], [folder], threads=1)[0]  # Ray Tune starts it again from the start
    with caplog.at_level(logging.WARNING):
        logged = scalars(folder)
    assert [step for step, _ in logged[M.J1]] == list(range(5))
    assert [v for _, v in logged[M.TRAIN_LOSS]] == pytest.approx([r[M.TRAIN_LOSS] for r in second], rel=1e-6)
    assert "out of order" not in caplog.text
    events = sorted(p.name.endswith(SUMMARY_EVENTS) for p in (folder / TB_DIR).glob("events.out.tfevents.*"))
    assert events == [False, True]  # the epochs' file and the summary's, each once


# ---------------------------------------------------------------- the progress line

def _trial(trial_id, status, epoch, epochs=10):
    return SimpleNamespace(trial_id=trial_id, status=status, config={"trial": {"epochs": epochs}},
                           last_result={"epoch": epoch} if epoch is not None else {})


def test_time_left_counts_only_the_epochs_trained_in_this_run(monkeypatch, capsys):
    from memstudy import progress as module

    clock = [1000.0]
    monkeypatch.setattr(module.time, "time", lambda: clock[0])
    progress = module.progress_callback(2, retries=3)
    # A resumed study: one trial finished before, one restored at epoch 5 of 10 ...
    trials = [_trial("a", "TERMINATED", 10), _trial("b", "RUNNING", 5)]
    progress.on_step_end(0, trials)
    clock[0] += 70  # ... which trains one more epoch in 70 s (Ray's start included)
    trials[1] = _trial("b", "RUNNING", 6)
    progress.on_step_end(1, trials)
    lines = capsys.readouterr().out.splitlines()
    # 4 epochs left at 70 s each; the 15 epochs trained before this run took no time here.
    assert lines[-1].endswith("time left 4m40s"), lines


def test_the_progress_line_counts_trials_and_the_best_j2_of_noisy_runs(monkeypatch, capsys):
    from memstudy import metrics as M
    from memstudy import progress as module

    monkeypatch.setattr(module.time, "time", lambda: 1000.0)
    member = {"epochs": 10, "eta": 0.4}
    # 10 trials: a fused group of 4 that ended with 3 alive (one member failed alone), a group of 4
    # running, a clean trial finished (its J2 is its J1: 0.99) and a noisy one pending.
    groups = [SimpleNamespace(trial_id=i, status=status, config={"group": [member] * 4},
                              last_result={"epoch": epoch, M.J2: j2, M.BEST_NOISY_J2: noisy, "trials_alive": alive})
              for i, (status, epoch, j2, noisy, alive) in enumerate([("TERMINATED", 10, 0.9, 0.8, 3),
                                                                     ("RUNNING", 5, 0.95, 0.7, 4)])]
    clean = SimpleNamespace(trial_id=2, status="TERMINATED", config={"trial": {"epochs": 10, "eta": 0.0}},
                            last_result={"epoch": 10, M.J2: 0.99})
    noisy = SimpleNamespace(trial_id=3, status="PENDING", config={"trial": {"epochs": 10, "eta": 0.2}},
                            last_result={})
    module.progress_callback(10, retries=3).on_step_end(0, [*groups, clean, noisy])
    line = capsys.readouterr().out.splitlines()[-1]
    assert "done 4/10  running 4  pending 1  failed 1  best J2 (eta > 0) 0.800" in line, line


@pytest.mark.parametrize("elapsed, done, total, text", [
    (59.6, 1, 2, "1m00s"), (119.6, 1, 2, "2m00s"), (3599.6, 1, 2, "1h00m"), (60.0, 12, 50, "3m10s"),
    (100.0, 1, 100, "2h45m"), (10.0, 5, 6, "2s"), (5.0, 0, 50, "-"), (3.0, 5, 5, "0s")])
def test_time_left_is_rounded(elapsed, done, total, text):
    from memstudy.run import time_left

    assert time_left(elapsed, done, total) == text


# ---------------------------------------------------------------- a private folder on each node

def test_trials_keep_their_node_files_in_a_private_folder_of_this_user(tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    folder = node_folder()
    assert folder == tmp_path / f"memstudy-{os.getuid()}"
    assert folder.stat().st_mode & 0o777 == 0o700 and folder.stat().st_uid == os.getuid()
    assert node_folder() == folder  # found again
    folder.chmod(0o777)  # opened up (or made so by another user): refused, not written into
    with pytest.raises(StoreError, match="not a private folder of this user"):
        node_folder()
    folder.rmdir()
    folder.symlink_to(tmp_path)  # a link planted by someone else
    with pytest.raises(StoreError, match="a link"):
        node_folder()
    folder.unlink()
    if os.getuid() == 0:  # another user's folder of that name
        folder.mkdir(mode=0o700)
        os.chown(folder, 65534, 65534)
        with pytest.raises(StoreError, match="owner 65534"):
            node_folder()


# ---------------------------------------------------------------- --dry-run checks what the run checks

@pytest.mark.subprocess
def test_the_model_check_runs_the_model_on_the_cpu_without_torch_compiler(tmp_path):
    # A model that builds for the dataset's shape but cannot run on it (a 2x2 max pool of 1x1 images)
    # is refused before Ray starts. A study whose model runs passes, and the check leaves torch's
    # compiler unimported (a meta-device forward pass imports it for linear layers: 0.7-1.4 s of
    # every run and --dry-run here).
    (tmp_path / "good").mkdir()
    (tmp_path / "bad").mkdir()
    good = write_study(tmp_path / "good", LONG)  # an MLP: linear layers with biases
    bad = write_study(tmp_path / "bad", {**LONG, "trial": {
        **LONG["trial"], "dataset": "synthetic", "model": "small_cnn", "model_params": {},
        "dataset_params": {"n_train": 8, "n_test": 4, "shape": [1, 1, 1]}}})
    code = ("import sys\nfrom memstudy.config import load_study\nfrom memstudy.errors import ConfigError\n"
            "from memstudy.run import preflight\n"
            f"preflight(load_study({str(good)!r}), storage={str(tmp_path / 'results')!r})\n"
            "print('compiler imported:', 'torch._dynamo' in sys.modules)\n"
            f"try:\n    preflight(load_study({str(bad)!r}), storage={str(tmp_path / 'results')!r})\n"
            "except ConfigError as err:\n    print(err)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "compiler imported: False" in proc.stdout, proc.stdout
    assert "trial.model: 'small_cnn' cannot take 'synthetic''s inputs of shape [1, 1, 1]" in proc.stdout, proc.stdout


@pytest.mark.subprocess
@pytest.mark.parametrize("change, expected", [
    ({"resources": {"gpu": 1}}, "resources.gpu: the study asks for 1 GPU per trial but this machine has no GPU"),
    ({"trial": {**LONG["trial"], "device": "cuda"}, "resources": {"gpu": 0}},
     "trial.device: 'cuda' but the trials get no GPU"),
    ({"trial": {**LONG["trial"], "model": "small_cnn", "model_params": {}}},
     "trial.model: model 'small_cnn' needs image input (C, H, W), got shape (64,)"),
    ({"trial": {**LONG["trial"], "device": "cuda"}, "resources": {"gpu": 1}, "--num-gpus": "1"},
     "trial.device: 'cuda' but this machine's torch sees no CUDA GPU"),
    ({"trial": {**LONG["trial"], "model_params": {"hidden": [-3]}}},
     "trial.model_params: 'mlp' cannot be built with {\"hidden\": [-3]}"),
    ({"trial": {**LONG["trial"], "epochs": 9}}, "the study's trials changed since"),  # another study's folder
    ({"trial": {**LONG["trial"], "epochs": 9}, "--num-gpus": "-1"}, "--num-gpus must be a number of GPUs >= 0"),
    ({"trial": {**LONG["trial"], "epochs": 9}, "--store-wait": "nan"}, "--store-wait must be a number of seconds"),
])
def test_dry_run_and_run_refuse_the_same_things_before_ray_starts(tmp_path, change, expected):
    import torch

    from memstudy.config import parse_study

    if "no GPU" in expected or "no CUDA GPU" in expected:
        if torch.cuda.is_available():
            pytest.skip("this machine has a GPU")
    from memstudy.run import STUDY_FILE, _prepare_study_dir

    options = [item for key in [k for k in change if k.startswith("--")] for item in (key, change.pop(key))]
    if "changed since" in expected:  # the results folder holds LONG as it was
        _prepare_study_dir(parse_study(LONG, source="long.yaml"), tmp_path / "results" / "long", restart=False)
        (tmp_path / "results" / "long" / "trial_a").mkdir()
    record = tmp_path / "results" / "long" / STUDY_FILE
    before = record.read_text() if record.exists() else None
    path = write_study(tmp_path, {**LONG, **change})
    for extra in (("--dry-run", *options), tuple(options)):
        started = time.time()
        proc = run_cli(path, "--storage", tmp_path / "results", *extra)
        assert proc.returncode == 2, (extra, proc.stdout + proc.stderr)
        assert expected in proc.stderr and (str(path) in proc.stderr or options), (extra, proc.stderr)
        assert "Traceback" not in proc.stderr
        assert time.time() - started < 30, extra
    if before is None:
        assert not (tmp_path / "results" / "long").exists()
    else:  # the other study's folder as it was
        assert record.read_text() == before and (tmp_path / "results" / "long" / "trial_a").is_dir()


@pytest.mark.parametrize("content", ['{"trials": [', "[1, 2]", ""])
def test_an_unreadable_study_record_is_one_clear_error_that_keeps_the_results(tmp_path, content):
    # A study.json cut short (a driver killed while writing it, before it was written whole) or not
    # a record at all: one message that says how to resume, never a traceback; nothing moved or lost.
    from memstudy.config import parse_study
    from memstudy.run import STUDY_FILE, _prepare_study_dir

    spec = parse_study(LONG, source="long.yaml")
    study_dir = tmp_path / "long"
    assert _prepare_study_dir(spec, study_dir, restart=False) is False
    assert _prepare_study_dir(spec, study_dir, restart=False) is True  # the record it wrote reads back
    (study_dir / "trial_a").mkdir()
    (study_dir / STUDY_FILE).write_text(content)
    with pytest.raises(ConfigError, match=rf"{STUDY_FILE}: the record of the study this folder holds cannot be "
                                          rf"read.*delete .*{STUDY_FILE} and rerun to resume"):
        _prepare_study_dir(spec, study_dir, restart=False)
    assert (study_dir / "trial_a").is_dir() and (study_dir / STUDY_FILE).read_text() == content
