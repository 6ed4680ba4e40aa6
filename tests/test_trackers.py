"""Trackers besides TensorBoard (study key `loggers`): MLflow against a real local tracking store and
W&B in its offline mode, read back with MLflow's client and from W&B's own run files."""

import copy
import dataclasses
import json
import math
import struct
import sys
from pathlib import Path

import numpy as np
import pytest

from helpers import REPO, run_cli, scalars, trial_dirs, write_study
from memstudy import metrics as M
from memstudy.config import TrialConfig, parse_study
from memstudy.errors import ConfigError
from memstudy.trackers import MLFLOW_DB, TRACKERS_FILE, WANDB_DIR, prepare
from memstudy.train import run_trials

pytest.importorskip("mlflow")
pytest.importorskip("wandb")

BASE = TrialConfig(dataset="synthetic", dataset_params={"n_train": 96, "n_test": 32, "shape": [12]}, model="mlp",
                   model_params={"hidden": [16]}, optimizer="adam", lr=0.01, epochs=3, batch_size=32,
                   data_seed=0, record_predictions=False)
RAW = {"name": "tracked", "trial": {"dataset": "synthetic", "dataset_params": {"n_train": 96, "n_test": 32}}}


# ---------------------------------------------------------------- reading back

def mlflow_runs(uri: str, experiment: str) -> dict:
    """{run name: (run, {metric: [(step, value)]})} of an MLflow experiment."""
    from mlflow.tracking import MlflowClient

    client = MlflowClient(tracking_uri=uri)
    exp = client.get_experiment_by_name(experiment)
    out = {}
    for run in client.search_runs([exp.experiment_id]):
        history = {key: sorted((m.step, m.value) for m in client.get_metric_history(run.info.run_id, key))
                   for key in run.data.metrics}
        assert run.info.run_name not in out, f"two runs named {run.info.run_name}"
        out[run.info.run_name] = (run, history)
    return out


def wandb_records(run_file: Path):
    """The records of a W&B run file (a LevelDB-style log of protobuf Records after a 7-byte
    header): W&B 0.31 no longer ships a Python reader, so the framing is read here and each
    record is parsed with W&B's own protobuf classes."""
    from wandb.proto import wandb_internal_pb2 as pb

    raw, block, pos, chunks = run_file.read_bytes(), 32768, 7, []
    assert raw[:4] == b":W&B"
    while pos + 7 <= len(raw):
        left = block - pos % block
        if left < 7:
            pos += left
            continue
        _, length, kind = struct.unpack("<IHB", raw[pos:pos + 7])
        if kind == 0 and length == 0:
            pos += left
            continue
        chunks.append(raw[pos + 7:pos + 7 + length])
        pos += 7 + length
        if kind in (1, 4):  # a full record, or a record's last chunk
            record = pb.Record()
            record.ParseFromString(b"".join(chunks))
            chunks = []
            yield record


def wandb_history(folder: Path):
    """(run ids, config, {metric: [(step, value)]}) of every W&B run file under `folder`."""
    ids, config, history = set(), {}, {}
    for run_file in sorted(folder.glob(f"{WANDB_DIR}/offline-run-*/run-*.wandb")):
        for record in wandb_records(run_file):
            kind = record.WhichOneof("record_type")
            if kind == "run":
                ids.add(record.run.run_id)
                config.update({i.key: json.loads(i.value_json) for i in record.run.config.update})
            elif kind == "history":
                for item in record.history.item:
                    key = item.key or "/".join(item.nested_key)  # train/j1 comes as its parts
                    if not key.startswith("_"):
                        history.setdefault(key, []).append((record.history.step.num, json.loads(item.value_json)))
    return ids, config, {k: sorted(v) for k, v in history.items()}


def same(a, b) -> bool:
    """Lists of (step, value): equal as TensorBoard's float32 holds them, NaN equal to NaN."""
    def f32(v):
        return np.float32(float(v))

    return len(a) == len(b) and all(s == t and (f32(v) == f32(w) or (math.isnan(f32(v)) and math.isnan(f32(w))))
                                    for (s, v), (t, w) in zip(a, b))


def assert_tracked_like_tensorboard(history: dict, tb: dict, skip=()):
    for name in set(M.EPOCH_METRICS) - set(skip):
        assert same(history[name], tb[name]), name


# ---------------------------------------------------------------- the study key

def test_loggers_key_shapes_and_refusals(tmp_path, monkeypatch):
    assert parse_study(RAW).loggers == {}
    assert parse_study({**RAW, "loggers": ["tensorboard"]}).loggers == {}
    spec = parse_study({**RAW, "loggers": ["tensorboard", "mlflow", "wandb"]}, base_dir=tmp_path)
    assert set(spec.loggers) == {"mlflow", "wandb"} and spec.loggers["wandb"]["mode"] is None
    spec = parse_study({**RAW, "loggers": {"mlflow": {"tracking_uri": "sqlite:///runs/m.db", "experiment_name": "x"},
                                           "wandb": {"mode": "offline", "dir": "wb", "project": "p"}}}, base_dir=tmp_path)
    assert spec.loggers["mlflow"] == {"tracking_uri": f"sqlite:///{tmp_path}/runs/m.db", "experiment_name": "x"}
    assert spec.loggers["wandb"]["dir"] == str(tmp_path / "wb")  # workers run elsewhere: resolved where run
    assert parse_study({**RAW, "loggers": {"mlflow": {"tracking_uri": "http://mlflow:5000"}}}
                       ).loggers["mlflow"]["tracking_uri"] == "http://mlflow:5000"
    bad = {"loggers": ["mlflwo"]}
    with pytest.raises(ConfigError, match=r"loggers\[0\]: unknown logger 'mlflwo' \(did you mean 'mlflow'\?\); "
                                          r"allowed: tensorboard, mlflow, wandb"):
        parse_study({**RAW, **bad})
    for loggers, message in [
            ({"wandb": {"mode": "offlne"}}, r"loggers\.wandb\.mode: must be one of online, offline or null"),
            ({"wandb": {"projet": "p"}}, r"loggers\.wandb\.projet: unknown option \(did you mean 'project'\?\)"),
            ({"mlflow": {"tracking_uri": "https://me:hunter2@mlflow.example"}}, r"holds credentials"),
            ({"mlflow": ["x"]}, r"loggers\.mlflow: must be a mapping of mlflow's options"),
            ("mlflow", r"loggers: must be a list of tensorboard, mlflow, wandb"),
            (["mlflow", "mlflow"], r"loggers\[1\]: mlflow is named twice")]:
        with pytest.raises(ConfigError, match=message) as err:
            parse_study({**RAW, "loggers": loggers})
        assert "hunter2" not in str(err.value)
    # A tracker whose package is missing (sys.modules[name] = None is how Python blocks an import):
    # one error naming the extra, before anything runs.
    monkeypatch.setitem(sys.modules, "wandb", None)
    with pytest.raises(ConfigError, match=r"loggers\[0\]: wandb is not installed here: pip install 'memstudy\[wandb\]'"):
        parse_study({**RAW, "loggers": ["wandb"]})


def test_a_tracking_store_mlflow_cannot_use_is_refused_before_ray_starts(tmp_path):
    study = write_study(tmp_path, {**RAW, "loggers": {"mlflow": {"tracking_uri": "htp://localhost:5000"}}})
    proc = run_cli(study, "--storage", tmp_path / "results", timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert "memstudy: error: loggers.mlflow: the tracking store at htp://localhost:5000 did not take experiment " \
           "'tracked'" in proc.stderr and "starting a local Ray" not in proc.stdout


# ---------------------------------------------------------------- one fused group, without Ray

def test_fused_members_are_runs_of_their_own_and_a_resumed_trial_sends_no_epoch_twice(tmp_path):
    # Two members of one network (noise and seed differ), each its own MLflow and W&B run. The first
    # attempt dies after sending epoch 2 with a state saved at epoch 1; the resumed trial goes on in
    # the same runs and sends epochs 2 and 3 no second time.
    group = [dataclasses.replace(BASE, eta=0.0, seed=0), dataclasses.replace(BASE, eta=0.4, seed=1)]
    dirs = [tmp_path / "study" / f"member{i}" for i in range(2)]
    loggers = prepare({"mlflow": {}, "wandb": {"mode": "offline"}}, tmp_path / "study", "fused")
    states = []

    def crash_after_epoch_2(metrics, state):
        states.append(copy.deepcopy(state))
        if state and state["epoch"] == 2:
            raise KeyboardInterrupt("the node went away")

    with pytest.raises(KeyboardInterrupt):
        run_trials(group, dirs, on_epoch=crash_after_epoch_2, loggers=loggers)
    first_ids = [json.loads((d / TRACKERS_FILE).read_text()) for d in dirs]
    history = run_trials(group, dirs, start_state=states[1], loggers=loggers)

    runs = mlflow_runs(loggers["mlflow"]["tracking_uri"], "fused")
    assert sorted(runs) == ["member0", "member1"]
    for t, d in enumerate(dirs):
        run, tracked = runs[d.name]
        assert run.info.run_id == first_ids[t]["mlflow"]["run_id"] and run.info.status == "FINISHED"
        tb = scalars(d)
        assert [s for s, _ in tracked[M.J2]] == [0, 1, 2, 3]  # each epoch once
        # An epoch replayed on resume keeps the values first sent: the same but for its wall time.
        assert_tracked_like_tensorboard(tracked, tb, skip=[M.EPOCH_TIME])
        # the member's own values, not the group's best
        assert [v for _, v in tracked[M.J2][2:]] == [h[M.J2] for h in history[t]]
        assert run.data.params["eta"] == str(group[t].eta) and run.data.params["seed"] == str(group[t].seed)
        assert run.data.params["model_params.hidden"] == "[16]" and run.data.params["loss"] == "cce"
        assert run.data.tags["memstudy.member"] == str(t) and run.data.metrics[M.FINAL_J2] == history[t][-1][M.J2]
        ids, config, wb = wandb_history(d)
        assert ids == {first_ids[t]["wandb"]["run_id"]}  # one run, resumed
        assert config["eta"] == group[t].eta and config["loss"] == "cce"
        assert [s for s, _ in wb[M.J2]] == [0, 1, 2, 3]
        assert_tracked_like_tensorboard(wb, tb, skip=[M.EPOCH_TIME])
    assert runs["member0"][1][M.J2] != runs["member1"][1][M.J2]


# ---------------------------------------------------------------- a study through the CLI on Ray

def test_a_fused_study_on_ray_logs_each_trial_to_mlflow_and_wandb(tmp_path):
    secret = "wandb-key-that-must-not-be-stored-0123456789"
    raw = {"name": "tracked", "batch_trials": 2, "checkpoint_interval_s": 0,
           "trial": {"dataset": "synthetic", "dataset_params": {"n_train": 96, "n_test": 32, "num_classes": 4},
                     "model": "mlp", "model_params": {"hidden": [16]}, "optimizer": "adam", "lr": 0.01, "epochs": 3,
                     "batch_size": 32, "record_predictions": False},
           "grid": {"loss": ["cce", "mae"], "eta": [0.0, 0.4]},
           "loggers": {"tensorboard": None, "mlflow": None, "wandb": {"mode": "offline"}}}
    study = write_study(tmp_path, raw)
    proc = run_cli(study, "--storage", tmp_path / "results", env={"WANDB_API_KEY": secret, "WANDB_SILENT": "true"})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    study_dir = tmp_path / "results" / "tracked"
    folders = trial_dirs(study_dir)
    assert len(folders) == 4
    runs = mlflow_runs(f"sqlite:///{study_dir / MLFLOW_DB}", "tracked")
    assert sorted(runs) == sorted(d.name for d in folders)  # one run per trial, fused members apart
    for d in folders:
        cfg = json.loads((d / "config.json").read_text())["trial"]
        run, tracked = runs[d.name]
        assert run.data.params["loss"] == cfg["loss"] and float(run.data.params["eta"]) == cfg["eta"]
        tb = scalars(d)
        assert_tracked_like_tensorboard(tracked, tb)
        ids, config, wb = wandb_history(d)
        assert len(ids) == 1 and config["loss"] == cfg["loss"]
        assert_tracked_like_tensorboard(wb, tb)
    for path in study_dir.rglob("*"):  # the key W&B read from the environment is nowhere in the results
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path


def test_the_schema_and_the_parser_agree_on_loggers():
    import jsonschema

    from memstudy.schema import json_schema

    validator = jsonschema.Draft202012Validator(json_schema())
    good = [["tensorboard", "mlflow"], {"mlflow": None, "wandb": {"mode": "offline", "project": "p"}},
            {"tensorboard": None}, None, []]
    bad = [["mlflwo"], {"wandb": {"mode": "offlne"}}, {"mlflow": {"tracking": "x"}}, "mlflow", ["wandb", "wandb"],
           {"mlflow": ["x"]}]
    for loggers in good:
        assert validator.is_valid({**RAW, "loggers": loggers}), loggers
        parse_study({**RAW, "loggers": loggers})
    for loggers in bad:
        assert not validator.is_valid({**RAW, "loggers": loggers}), loggers
        with pytest.raises(ConfigError):
            parse_study({**RAW, "loggers": loggers})
