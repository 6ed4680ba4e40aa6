"""Trackers besides TensorBoard (study key `loggers`): one MLflow and/or Weights & Biases run per
trial, a fused group's members one each, fed by the trial's own TrialRecord with the parameters and
the per-epoch metrics it writes to TensorBoard, under the same names.

The driver prepares each tracker once before Ray starts (`prepare`: defaults filled in, MLflow's
experiment found or made); each trial then opens its runs in its own process. A trial folder's
trackers.json keeps each run's id and the last epoch it was sent, so a resumed trial goes on in the
same run without sending an epoch twice.
"""

from __future__ import annotations

import json
import logging
import math
import os
import time
import uuid
from pathlib import Path

from memstudy.errors import ConfigError
from memstudy.storage import redact

MLFLOW, WANDB = "mlflow", "wandb"
TRACKERS_FILE = "trackers.json"  # in a trial's folder: {tracker: {"run_id", "epoch": last sent}}
MLFLOW_DB = "mlflow.db"          # the default tracking store: a SQLite file in the study's folder
WANDB_DIR = "wandb"              # W&B's local files, by default in each trial's folder
MLFLOW_STATUS = {"finished": "FINISHED", "stopped_early": "FINISHED", "failed": "FAILED"}


def prepare(loggers: dict, study_dir: Path, study: str) -> dict:
    """Driver side, before Ray starts: each tracker's options as the trials use them. MLflow's
    tracking store is reached (and a SQLite store's tables made) here, once, not raced by trials;
    a store that cannot be reached is a ConfigError."""
    out = {}
    if MLFLOW in loggers:
        options = loggers[MLFLOW]
        uri = options.get("tracking_uri") or os.environ.get("MLFLOW_TRACKING_URI") \
            or f"sqlite:///{Path(study_dir).resolve() / MLFLOW_DB}"
        if redact(uri) != uri:
            raise ConfigError("loggers.mlflow: MLFLOW_TRACKING_URI holds credentials, which would be stored with the "
                              "results; give them as MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD instead")
        name = options.get("experiment_name") or study
        from mlflow.tracking import MlflowClient

        logging.getLogger("mlflow").setLevel(logging.WARNING)  # its table creation's INFO lines

        try:
            client = MlflowClient(tracking_uri=uri)
            found = client.get_experiment_by_name(name)
            experiment_id = found.experiment_id if found else client.create_experiment(name)
        except Exception as err:  # MLflow raises its own kinds for an unreachable or refused store
            first = (str(err).strip().splitlines() or [type(err).__name__])[0]
            raise ConfigError(f"loggers.mlflow: the tracking store at {redact(uri)} did not take experiment "
                              f"{name!r}: {first[:300]}") from None
        out[MLFLOW] = {"tracking_uri": uri, "experiment_id": experiment_id, "study": study}
    if WANDB in loggers:
        options = loggers[WANDB]
        out[WANDB] = {"project": options.get("project") or study, "entity": options.get("entity"),
                      "mode": options.get("mode"), "dir": options.get("dir"), "study": study}
    return out


def flat_params(values: dict, prefix: str = "") -> dict:
    """A trial's parameters as name -> number, text or flag: mappings flattened with dots
    (loss_params.alpha, as the study file spells them), lists as JSON."""
    out = {}
    for key, value in values.items():
        if isinstance(value, dict):
            out.update(flat_params(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = json.dumps(list(value)) if isinstance(value, (list, tuple)) else value
    return out


class Trackers:
    """A trial's runs in the prepared trackers (`prepare`), one per tracker, kept in its folder."""

    def __init__(self, loggers: dict, trial_dir: Path):
        self.loggers, self.dir = loggers or {}, Path(trial_dir)
        self.runs = {}  # tracker -> live handle (an MlflowClient, a wandb Run)
        try:
            self.record = json.loads((self.dir / TRACKERS_FILE).read_text())
        except (OSError, ValueError):
            self.record = {}

    def _save(self):
        from memstudy.train import write_json

        write_json(self.dir / TRACKERS_FILE, self.record)

    def open(self, start_epoch: int, params: dict, tags: dict):
        """Start each tracker's run, or go on in the one this folder recorded when resuming after
        `start_epoch` (a fresh start drops an earlier attempt's run, as its TensorBoard file goes)."""
        for name, options in self.loggers.items():
            earlier = self.record.get(name) if start_epoch else None
            if not start_epoch and self.record.get(name):
                self._drop(name, options, self.record[name]["run_id"])
            run_id = earlier["run_id"] if earlier else None
            if name == MLFLOW:
                run_id = self._open_mlflow(options, run_id, params, tags)
            elif name == WANDB:
                run_id = self._open_wandb(options, run_id, params, tags)
            self.record[name] = {"run_id": run_id, "epoch": earlier["epoch"] if earlier else -1}
        if self.loggers:
            self._save()

    def _open_mlflow(self, options, run_id, params, tags):
        from mlflow.entities import Param, RunTag
        from mlflow.tracking import MlflowClient

        client = self.runs[MLFLOW] = MlflowClient(tracking_uri=options["tracking_uri"])
        if run_id:
            client.update_run(run_id, status="RUNNING")
            return run_id
        run = client.create_run(options["experiment_id"], run_name=self.dir.name,
                                tags={"memstudy.study": options["study"], **tags})
        client.log_batch(run.info.run_id, params=[Param(k, str(v)[:6000]) for k, v in params.items()],
                         tags=[RunTag("mlflow.runName", self.dir.name)])
        return run.info.run_id

    def _open_wandb(self, options, run_id, params, tags):
        import wandb

        folder = Path(options["dir"]) if options.get("dir") else self.dir
        folder.mkdir(parents=True, exist_ok=True)
        # Several runs in one process (a fused group's members); the trial's output is Ray's, not W&B's.
        self.runs[WANDB] = wandb.init(
            project=options["project"], entity=options.get("entity"), mode=options.get("mode"), dir=str(folder),
            id=run_id or uuid.uuid4().hex[:16], resume="allow", name=self.dir.name, group=options["study"],
            config=params, tags=[f"{k}={v}"[:64] for k, v in tags.items()], reinit="create_new",
            settings=wandb.Settings(console="off", silent=True))
        return self.runs[WANDB].id

    def _drop(self, name, options, run_id):
        """An earlier attempt's run, when the trial starts again from epoch 0: MLflow deletes it; W&B's
        local files in the trial's folder go (a run already uploaded stays: W&B cannot drop steps)."""
        if name == MLFLOW:
            from mlflow.tracking import MlflowClient

            try:
                MlflowClient(tracking_uri=options["tracking_uri"]).delete_run(run_id)
            except Exception:  # already gone: nothing to drop
                pass
        elif name == WANDB and not options.get("dir"):
            import shutil

            shutil.rmtree(self.dir / WANDB_DIR, ignore_errors=True)

    def log(self, epoch: int, metrics: dict):
        """One epoch's metrics (skipped where this run was already sent that epoch: a resumed trial
        replays the epochs after its saved state, which a crashed attempt may have sent)."""
        sent = False
        for name, run in self.runs.items():
            if epoch <= self.record[name]["epoch"]:
                continue
            if name == MLFLOW:
                from mlflow.entities import Metric

                stamp = int(time.time() * 1000)
                run.log_batch(self.record[name]["run_id"],
                              metrics=[Metric(k, float(v), stamp, epoch) for k, v in metrics.items()])
            else:
                run.log({k: float(v) for k, v in metrics.items()}, step=epoch)
            self.record[name]["epoch"] = epoch
            sent = True
        if sent:
            self._save()

    def close(self, state: str, summary: dict | None):
        """The trial's summary metrics (as TensorBoard's HParams view gets them) and its end."""
        for name, run in self.runs.items():
            if name == MLFLOW:
                from mlflow.entities import Metric, RunTag

                run_id, stamp = self.record[name]["run_id"], int(time.time() * 1000)
                step = max(self.record[name]["epoch"], 0)
                run.log_batch(run_id, metrics=[Metric(k, float(v), stamp, step) for k, v in (summary or {}).items()
                                               if not math.isnan(float(v))],
                              tags=[RunTag("memstudy.status", state)])
                run.set_terminated(run_id, MLFLOW_STATUS.get(state, "FAILED"))
            else:
                run.summary.update({**(summary or {}), "memstudy.status": state})
                run.finish(exit_code=0 if state in ("finished", "stopped_early") else 1)
        self.runs = {}
