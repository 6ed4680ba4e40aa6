"""End to end through the CLI on a real local Ray: TensorBoard read back, failures, resume, GPU packing."""

import copy
import json
import math
import os
import shutil
import subprocess
import sys
import time

import numpy as np
import pytest
import yaml

from helpers import REPO, interrupt_then_resume, parse_table, run_cli, scalars, status_of, trial_dirs, write_study
from memstudy import metrics as M
from memstudy.config import trial_from_dict
from memstudy.noise import add_label_noise
from memstudy.train import CONFIG_FILE, LABELS_FILE, STATUS_FILE, SUMMARY_EVENTS, TB_DIR, run_trials


@pytest.mark.subprocess
def test_smoke_study_end_to_end(smoke_run):
    proc, study_dir = smoke_run
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "4 trials finished, 0 failed" in proc.stdout
    assert "done 4/4" in proc.stdout
    # The first line comes before Ray's seconds of start-up.
    assert proc.stdout.splitlines()[0] == "memstudy: study 'smoke': 4 trials; starting a local Ray ...", proc.stdout[:300]
    dirs = trial_dirs(study_dir)
    assert len(dirs) == 4
    for d in dirs:
        config = json.loads((d / CONFIG_FILE).read_text())
        epochs = config["trial"]["epochs"]
        tags = scalars(d)
        assert set(M.EPOCH_METRICS) <= set(tags)
        for metric in (M.J1, M.J2, M.TEST_ACC, M.TRAIN_LOSS):
            assert [step for step, _ in tags[metric]] == list(range(epochs + 1))
        assert json.loads((d / STATUS_FILE).read_text())["status"] == "finished"
        # The saved noise record rebuilds the noisy labels exactly.
        labels = np.load(d / LABELS_FILE)
        noise = config["noise"]
        rebuilt = add_label_noise(labels["clean"], config["data"]["num_classes"], noise["eta"], noise["kind"], noise["seed"])
        assert np.array_equal(rebuilt, labels["noisy"])
        assert math.isclose(noise["realised_rate"], float((labels["clean"] != labels["noisy"]).mean()))
        assert config["code_version"].startswith("0.")
        if noise["eta"] == 0:
            assert all(a == b for (_, a), (_, b) in zip(tags[M.J1], tags[M.J2]))
    summary = json.loads((study_dir / "summary.json").read_text())
    assert len(summary["finished"]) == 4 and summary["failed"] == {}
    # Ray's own logs stay in Ray's session folder: they record the workers' environment (credentials).
    assert not (study_dir / "ray_logs").exists()


@pytest.mark.subprocess
def test_rerunning_a_finished_study_reruns_nothing(smoke_run):
    _, study_dir = smoke_run
    dirs = trial_dirs(study_dir)
    before = {d.name: json.loads((d / STATUS_FILE).read_text())["started"] for d in dirs}
    again = run_cli(REPO / "studies" / "smoke.yaml", "--storage", study_dir.parent)
    assert again.returncode == 0, again.stdout + again.stderr
    assert {d.name: json.loads((d / STATUS_FILE).read_text())["started"] for d in dirs} == before


@pytest.mark.subprocess
def test_non_finite_loss_fails_one_trial_others_go_on(tmp_path):
    # Two trials fail; all three share the name cce_eta0_mlp_synthetic_s0 (lr is not in it): before,
    # the failures were keyed by that name, and one of them went uncounted.
    raw = {"name": "boom", "checkpoint_interval_s": 0,
           "trial": {"dataset": "synthetic", "model": "mlp", "model_params": {"hidden": [16]}, "epochs": 3,
                     "optimizer": "sgd", "batch_size": 64},
           "grid": {"lr": [0.01, 1.0e30, 1.0e29]}}
    proc = run_cli(write_study(tmp_path, raw), "--storage", tmp_path / "results")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "1 trials finished, 2 failed" in proc.stdout
    assert proc.stdout.count("FAILED cce_eta0_mlp_synthetic_s0_") == 2 and "non-finite training loss" in proc.stdout
    assert "at epoch 1, batch" in proc.stdout
    dirs = trial_dirs(tmp_path / "results" / "boom")
    statuses = {d.name: json.loads((d / STATUS_FILE).read_text())["status"] for d in dirs}
    assert sorted(statuses.values()) == ["failed", "failed", "finished"]
    summary = json.loads((tmp_path / "results" / "boom" / "summary.json").read_text())
    assert sorted(summary["failed"]) == sorted(n for n, s in statuses.items() if s == "failed")  # each by its folder
    assert summary["finished"] == [n for n, s in statuses.items() if s == "finished"]
    # It would fail again: it ran once (a retry would have opened a second event file), and ended.
    for name in summary["failed"]:
        assert len([p for p in (tmp_path / "results" / "boom" / name / TB_DIR).glob("events.out.tfevents.*")
                    if not p.name.endswith(SUMMARY_EVENTS)]) == 1
    assert "trial cce_eta0_mlp_synthetic_s0" in proc.stdout and "failed: NonFiniteLossError" in proc.stdout
    # The end-of-study table holds the finished trial alone and counts the failed ones.
    assert [(row["loss"], row["n"]) for row in parse_table(proc.stdout.splitlines(), "dataset")] == [("cce", "1")]
    assert "left out: 2 failed (trial folders not in the table)" in proc.stdout


@pytest.mark.slow  # the default run stays near 12 minutes; see docs/development.md
@pytest.mark.subprocess
def test_changed_study_refuses_to_resume_without_restart(tmp_path):
    raw = {"name": "change", "trial": {"dataset": "synthetic", "model": "mlp", "epochs": 1}}
    path = write_study(tmp_path, raw)
    assert run_cli(path, "--storage", tmp_path / "r").returncode == 0
    raw["trial"]["epochs"] = 2
    path.write_text(yaml.safe_dump(raw))
    proc = run_cli(path, "--storage", tmp_path / "r")
    assert proc.returncode == 2 and "--restart" in proc.stderr
    proc = run_cli(path, "--storage", tmp_path / "r", "--restart")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert any(p.name.startswith("change.old-") for p in (tmp_path / "r").iterdir())


@pytest.mark.subprocess
def test_resume_after_killing_the_driver(tmp_path):
    # Trials run one at a time, each a few seconds long, checkpointing every epoch.
    raw = {"name": "resume", "max_concurrent": 1, "checkpoint_interval_s": 0,
           "trial": {"dataset": "synthetic", "dataset_params": {"n_train": 20000, "n_test": 256, "shape": [64]},
                     "model": "mlp", "model_params": {"hidden": [256, 256]}, "epochs": 12, "batch_size": 128,
                     "optimizer": "adam", "lr": 0.001, "eta": 0.4},
           "grid": {"seed": [0, 1]}}
    path = write_study(tmp_path, raw)
    storage = tmp_path / "results"
    study_dir = storage / "resume"
    first_run, proc = interrupt_then_resume(path, storage, study_dir, min_epoch=3)
    done_before = {name for name, s in first_run.items() if s.get("status") == "finished"}
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "2 trials finished, 0 failed" in proc.stdout
    dirs = trial_dirs(study_dir)
    assert len(dirs) == 2
    resumed = 0
    for d in dirs:
        status = status_of(d)
        assert status["status"] == "finished"
        if d.name in done_before:  # finished trials were not trained again (see test_fused's resume test)
            assert status["started"] == first_run[d.name]["started"] or status["resumed_from"] == 12
        resumed += 0 < status.get("resumed_from", 0) < 12
        logged = scalars(d)
        for metric in (M.J1, M.J2, M.TEST_ACC):
            steps = [step for step, _ in logged[metric]]
            assert steps == list(range(13)), f"{d.name} {metric}: {steps}"
        if status.get("resumed_from", 0) > 0:
            # The resumed trial's numbers are those of the same trial never interrupted (as a 1-CPU
            # trial runs: one thread), to float32 rounding of the event files.
            cfg = trial_from_dict(json.loads((d / CONFIG_FILE).read_text())["trial"])
            straight = run_trials([cfg], threads=1)[0]
            for metric in (M.J1, M.J2, M.TEST_ACC, M.TRAIN_LOSS, M.TEST_NOISY_LOSS):
                assert [v for _, v in logged[metric]] == pytest.approx([r[metric] for r in straight], rel=1e-6), metric
    assert resumed >= 1, "the interrupted trial should continue from its checkpoint"


@pytest.mark.slow  # the default run stays near 12 minutes; see docs/development.md
@pytest.mark.subprocess
def test_checkpoints_are_throttled_and_the_last_epoch_is_always_saved(tmp_path):
    import torch

    from memstudy.storage import STATE_FILE

    for interval, saves in ((3600, 1), (0, 3)):
        raw = {"name": f"ckpt{interval}", "checkpoint_interval_s": interval,
               "trial": {"dataset": "synthetic", "model": "mlp", "model_params": {"hidden": [8]}, "epochs": 3}}
        proc = run_cli(write_study(tmp_path, raw), "--storage", tmp_path / "r")
        assert proc.returncode == 0, proc.stdout + proc.stderr
        [trial] = trial_dirs(tmp_path / "r" / raw["name"])
        # The trial's own state, beside its logs (no Tune checkpoint: see train.tune_reporter).
        state = torch.load(trial / STATE_FILE, weights_only=True)
        assert (state["epoch"], state["saves"]) == (3, saves), interval
        assert not list(trial.glob("checkpoint_*"))


@pytest.mark.subprocess
def test_a_trial_the_stopped_driver_never_recorded_is_superseded(tmp_path):
    # A driver killed after a trial started but before Tune's snapshot recorded it leaves a folder
    # "running" that the resumed run never sees (Tune runs the trial again under a new id); or
    # "finished", when the trial ended before the kill. Here both orphans are planted: copies of a
    # trial's folder, under other ids, one stopped at epoch 1 and one finished.
    from analysis.table import load_table

    raw = {"name": "orphan", "trial": {"dataset": "synthetic", "model": "mlp", "model_params": {"hidden": [8]},
                                       "epochs": 2}}
    path = write_study(tmp_path, raw)
    assert run_cli(path, "--storage", tmp_path / "r").returncode == 0
    study_dir = tmp_path / "r" / "orphan"
    [trial] = trial_dirs(study_dir)
    orphans = []
    for suffix, ended in (("deadbeef", False), ("feedface", True)):
        orphan = study_dir / (trial.name.rsplit("_", 1)[0] + "_" + suffix)
        shutil.copytree(trial, orphan, ignore=shutil.ignore_patterns("checkpoint_*", "progress.csv", "result.json",
                                                                      "params.*"))
        (orphan / STATUS_FILE).write_text(json.dumps({**status_of(trial), **({} if ended else {"status": "running",
                                                                                               "epoch": 1})}))
        orphans.append(orphan)
    proc = run_cli(path, "--storage", tmp_path / "r")
    assert proc.returncode == 0 and "2 trial folder(s) of a stopped run were superseded" in proc.stdout, proc.stdout
    assert [status_of(orphan)["status"] for orphan in orphans] == [M.SUPERSEDED] * 2
    assert status_of(trial)["status"] == "finished"
    assert set(load_table(study_dir).trial) == {trial.name}  # the analysis reads the trial once


@pytest.mark.subprocess
def test_every_member_of_a_group_the_stopped_driver_never_recorded_is_superseded(tmp_path):
    # A fused group Tune never recorded runs again with all its members, so its first run's member
    # folders are superseded however they ended: here a planted copy of a member, under another
    # group's id, that had stopped early (a search's member pruned before the driver was killed).
    from analysis.table import load_table

    raw = {"name": "orphans", "batch_trials": 2,
           "trial": {"dataset": "synthetic", "model": "mlp", "model_params": {"hidden": [8]}, "epochs": 2},
           "grid": {"eta": [0.0, 0.4]}}
    path = write_study(tmp_path, raw)
    assert run_cli(path, "--storage", tmp_path / "r").returncode == 0
    study_dir = tmp_path / "r" / "orphans"
    members = trial_dirs(study_dir)
    assert len(members) == 2 and all(json.loads((m / CONFIG_FILE).read_text())["fused_group"] for m in members)
    orphan = study_dir / (members[0].name.rsplit("_", 2)[0] + "_deadbeef_00000-0")
    shutil.copytree(members[0], orphan, ignore=shutil.ignore_patterns("checkpoint_*", "progress.csv", "result.json",
                                                                        "params.*"))
    (orphan / STATUS_FILE).write_text(json.dumps({**status_of(members[0]), "status": "stopped_early", "epoch": 1}))
    proc = run_cli(path, "--storage", tmp_path / "r")
    assert proc.returncode == 0 and "1 trial folder(s) of a stopped run were superseded" in proc.stdout, proc.stdout
    assert status_of(orphan)["status"] == M.SUPERSEDED
    assert [status_of(m)["status"] for m in members] == ["finished", "finished"]
    assert set(load_table(study_dir).trial) == {m.name for m in members}  # the analysis reads each member once


@pytest.mark.subprocess
def test_fractional_gpu_packing_on_a_declared_logical_gpu(tmp_path):
    # Four trials asking 0.25 GPU each must run at the same time on one (logical) GPU.
    raw = {"name": "pack", "resources": {"cpu": 0.5, "gpu": 0.25}, "checkpoint_interval_s": 60,
           "trial": {"dataset": "synthetic", "dataset_params": {"n_train": 8000, "shape": [64]}, "model": "mlp",
                     "model_params": {"hidden": [128]}, "epochs": 8, "device": "cpu"},
           "grid": {"seed": [0, 1, 2, 3]}}
    proc = run_cli(write_study(tmp_path, raw), "--storage", tmp_path / "results", "--num-gpus", 1)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0.25 GPU each" in proc.stdout
    states = [status_of(d) for d in trial_dirs(tmp_path / "results" / "pack")]
    assert len(states) == 4
    assert max(s["started"] for s in states) < min(s["updated"] for s in states), "the four trials did not overlap"
    assert {s["cuda_visible_devices"] for s in states} == {"0"}


def test_a_trial_resumed_from_its_last_checkpoint_ends_without_training(tmp_path):
    # A driver killed after a trial's last checkpoint but before Tune saw it end restores the trial
    # with nothing left to train: it reports its metrics again and logs no step twice.
    # (The same for a fused group: test_fused.py.)
    from memstudy.config import TrialConfig
    from memstudy.train import run_trial

    cfg = TrialConfig(dataset="synthetic", model="mlp", model_params={"hidden": [16]}, epochs=2, eta=0.2)
    states, reported = [], []
    first = run_trial(cfg, tmp_path / "t", on_epoch=lambda m, s: states.append(s))
    again = run_trial(cfg, tmp_path / "t", start_state=states[-1], on_epoch=lambda m, s: reported.append(m))
    assert [m["epoch"] for m in reported] == [2] and again[M.J2] == first[M.J2]
    status = status_of(tmp_path / "t")
    assert (status["status"], status["epoch"], status["resumed_from"]) == ("finished", 2, 2)
    assert [step for step, _ in scalars(tmp_path / "t")[M.J2]] == [0, 1, 2]
    # The summary and the HParams session once, as one run writes them (twice before: found by a probe).
    assert _summary_records(tmp_path / "t") == {**{tag: [2] for tag in M.SUMMARY_METRICS},
                                                "_hparams_/session_start_info": [0], "_hparams_/session_end_info": [0]}


def _summary_records(trial_dir) -> dict:
    """{tag: [step of each event]} of the summary metrics and HParams records in every event file of the
    trial's TensorBoard folder, read raw (as they are written, before any purge)."""
    from tensorboard.backend.event_processing.event_file_loader import LegacyEventFileLoader

    found = {}
    for path in sorted((trial_dir / TB_DIR).glob("events.out.tfevents.*")):
        for event in LegacyEventFileLoader(str(path)).Load():
            for value in event.summary.value:
                if value.tag in M.SUMMARY_METRICS or value.tag.startswith("_hparams_/"):
                    found.setdefault(value.tag, []).append(event.step)
    return found


def test_a_trial_resumed_mid_run_reports_its_restored_epoch_again(tmp_path):
    # A driver killed after a trial saved its state at epoch 2 but before that epoch's report
    # reached it: resumed from the state, the trial reports epoch 2 again (an unfused search's
    # intermediate value for it, ASHA's decision at it), then trains on; no step is logged twice.
    from memstudy.config import TrialConfig
    from memstudy.train import run_trial

    cfg = TrialConfig(dataset="synthetic", model="mlp", model_params={"hidden": [16]}, epochs=4, eta=0.2)
    states, straight, reported = [], [], []
    run_trial(cfg, tmp_path / "a", on_epoch=lambda m, s: (states.append(copy.deepcopy(s)), straight.append(m)))
    run_trial(cfg, tmp_path / "t", on_epoch=lambda m, s: None)
    again = run_trial(cfg, tmp_path / "t", start_state=states[2], on_epoch=lambda m, s: reported.append((m, s)))
    assert [(m["epoch"], s is None) for m, s in reported] == [(2, True), (3, False), (4, False)]
    # The evaluation's metrics as the epoch measured them (the online ones come from its training pass).
    again_2 = {k: v for k, v in reported[0][0].items() if k != M.EPOCH_TIME}
    assert M.J2 in again_2 and again_2.items() <= straight[2].items()
    assert again[M.J2] == straight[-1][M.J2]
    assert [step for step, _ in scalars(tmp_path / "t")[M.J2]] == [0, 1, 2, 3, 4]
    assert _summary_records(tmp_path / "t") == {**{tag: [4] for tag in M.SUMMARY_METRICS},
                                                "_hparams_/session_start_info": [0], "_hparams_/session_end_info": [0]}


def _hparams_of(trial_dir):
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
    from tensorboard.plugins.hparams.plugin_data_pb2 import HParamsPluginData

    acc = EventAccumulator(str(trial_dir / "tb"), size_guidance={"scalars": 0, "tensors": 0})
    acc.Reload()
    found = {}
    for tag, content in acc.PluginTagToContent("hparams").items():
        data = HParamsPluginData.FromString(content)
        if data.HasField("session_start_info"):
            found.update({k: v.number_value if v.HasField("number_value") else v.string_value
                          for k, v in data.session_start_info.hparams.items()})
    return found, {tag: acc.Scalars(tag)[-1].value for tag in M.SUMMARY_METRICS}


@pytest.mark.subprocess
def test_every_trial_writes_its_hparams_and_summary_for_tensorboard(tmp_path):
    """TensorBoard's HParams view: each trial's own event file holds its hyperparameters and summary
    metrics (read back here from the plugin's records), and a real tensorboard lists every trial."""
    import dataclasses
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    from memstudy.config import TrialConfig

    base = TrialConfig(dataset="synthetic", model="mlp", model_params={"hidden": [8]}, epochs=3, lr=0.05)
    grid = [dataclasses.replace(base, loss=loss, loss_params=params, eta=eta)
            for loss, params in (("cce", {}), ("rll", {"alpha": 0.1})) for eta in (0.0, 0.4)]
    histories = [run_trials([cfg], [tmp_path / f"t{i}"])[0] for i, cfg in enumerate(grid)]
    for i, (cfg, history) in enumerate(zip(grid, histories)):
        hparams, summary = _hparams_of(tmp_path / f"t{i}")
        assert hparams["loss"] == cfg.loss and hparams["eta"] == pytest.approx(cfg.eta)
        assert hparams["lr"] == pytest.approx(0.05) and hparams["batch_size"] == 128 and hparams["epochs"] == 3
        assert hparams.get("loss_params.alpha") == (pytest.approx(0.1) if cfg.loss == "rll" else None)
        assert summary[M.FINAL_J1] == pytest.approx(history[-1][M.J1])
        assert summary[M.PEAK_J2] == pytest.approx(max(r[M.J2] for r in history))
        assert summary[M.FINAL_J2_MINUS_J1] == pytest.approx(history[-1][M.J2] - history[-1][M.J1])

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    board = subprocess.Popen([sys.executable, "-m", "tensorboard.main", "--logdir", str(tmp_path), "--host",
                              "127.0.0.1", "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    request = json.dumps({"experimentName": "", "allowedStatuses": ["STATUS_SUCCESS"], "colParams": [],
                          "startIndex": 0, "sliceSize": 100}).encode()
    try:
        deadline = time.time() + 60
        while True:
            try:
                url = f"http://127.0.0.1:{port}/data/plugin/hparams/session_groups"
                reply = urllib.request.urlopen(urllib.request.Request(url, request, {"Content-Type": "application/json"}))
                groups = json.loads(reply.read())
                if groups.get("totalSize") == len(grid):
                    break
            except OSError:
                pass
            assert time.time() < deadline, "tensorboard did not list the trials"
            time.sleep(1)
        assert sorted(g["name"] for g in groups["sessionGroups"]) == [f"t{i}/tb" for i in range(4)]
        url = f"http://127.0.0.1:{port}/data/plugin/hparams/experiment"
        experiment = json.loads(urllib.request.urlopen(urllib.request.Request(
            url, b'{"experimentName": ""}', {"Content-Type": "application/json"})).read())
        differs = {h["name"] for h in experiment["hparamInfos"] if h.get("differs")}
        assert differs == {"loss", "eta"} and "loss_params.alpha" in {h["name"] for h in experiment["hparamInfos"]}
    finally:
        board.kill()
        board.wait()


@pytest.mark.slow
def test_a_study_of_two_hundred_short_trials_records_each_once(tmp_path):
    # Load: every trial recorded once, the progress readable (not a line per event), the driver's
    # memory bounded; prints the overhead per trial (wall time over trials, 2 at a time).
    n = 200
    raw = {"name": "many", "checkpoint_interval_s": 0,
           "trial": {"dataset": "synthetic", "dataset_params": {"n_train": 64, "n_test": 32, "num_classes": 4},
                     "model": "mlp", "model_params": {"hidden": [8]}, "epochs": 1, "batch_size": 32,
                     "record_predictions": False},
           "grid": {"seed": list(range(n))}, "resources": {"cpu": 1}}
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    start = time.time()
    driver = subprocess.Popen([sys.executable, "-m", "memstudy.run", str(write_study(tmp_path, raw)),
                               "--storage", str(tmp_path)], cwd=REPO, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    peak = 0
    while driver.poll() is None:
        try:
            rss = [line for line in open(f"/proc/{driver.pid}/status") if line.startswith("VmRSS")]
            peak = max(peak, int(rss[0].split()[1]) * 1024) if rss else peak
        except OSError:
            pass
        time.sleep(0.5)
    out = driver.stdout.read()
    wall = time.time() - start
    assert driver.returncode == 0, out[-3000:]
    assert f"{n} trials finished, 0 failed" in out
    dirs = trial_dirs(tmp_path / "many")
    assert len(dirs) == n and len({json.loads((d / CONFIG_FILE).read_text())["trial"]["seed"] for d in dirs}) == n
    for d in dirs:
        assert status_of(d)["status"] == "finished"
        assert [step for step, _ in scalars(d)[M.J1]] == [0, 1]
    progress = [line for line in out.splitlines() if "] done " in line]
    assert progress[-1].split("]", 1)[1].startswith(f" done {n}/{n}") and len(progress) <= 60, len(progress)
    assert peak < 1.5 * 2**30, f"driver peak RSS {peak / 2**30:.2f} GiB"
    print(f"\n{n} trials in {wall:.0f} s: {2 * wall / n:.2f} s per trial per CPU slot, "
          f"{len(progress)} progress lines, driver peak RSS {peak / 2**20:.0f} MiB")
