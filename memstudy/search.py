"""Optuna searches through Ray Tune, one per grid cell: the searcher and the Tune settings of a cell.

Each search keeps a persistent Optuna study in `<cell>/optuna.db` (SQLite) that Optuna's own tools
(optuna-dashboard, optuna.visualization) can open. Trials stopped early by ASHA are told to Optuna
as PRUNED, not as COMPLETE with their early value, which would bias the TPE sampler.
"""

from __future__ import annotations

from pathlib import Path

import optuna
from ray import tune
from ray.tune.schedulers import ASHAScheduler
from ray.tune.search.optuna import OptunaSearch

from memstudy.config import StudySpec, TrialConfig, set_path
from memstudy.train import FAILED

OPTUNA_DB = "optuna.db"


class EarlyStopAwareOptunaSearch(OptunaSearch):
    """OptunaSearch that reports a trial ending before its last epoch as PRUNED, and that leaves
    alone Optuna trials whose end the study database already holds.

    The second case: a driver killed after Optuna committed a trial's end but before Tune saved its
    own state. On resume, Tune restores that trial from its last checkpoint and it reports its end
    again; Optuna refuses updates to a finished trial, so the end it recorded stands (for a
    completed trial, the same value).
    """

    def __init__(self, *args, epochs: int, **kwargs):
        super().__init__(*args, **kwargs)
        self._epochs = epochs

    @property
    def _ended_before_resume(self) -> set:
        # Set on first use: a searcher pickled by an older memstudy (a study resumed across versions)
        # has no such attribute.
        return self.__dict__.setdefault("_ended_before_resume_ids", set())

    def on_trial_result(self, trial_id, result):
        try:
            super().on_trial_result(trial_id, result)
        except optuna.exceptions.UpdateFinishedTrialError:
            self._ended_before_resume.add(trial_id)

    def on_trial_complete(self, trial_id, result=None, error=False):
        if trial_id in self._ended_before_resume:
            return
        if result and FAILED in result:
            result, error = None, True  # failed for good (a loss that stopped being finite): FAIL
        elif result and not error and result.get("epoch", self._epochs) < self._epochs:
            result = None  # OptunaSearch tells a trial without a value as PRUNED
        super().on_trial_complete(trial_id, result=result, error=error)


def optuna_storage_url(cell_dir: Path) -> str:
    return f"sqlite:///{Path(cell_dir) / OPTUNA_DB}"


def search_space(cfg: TrialConfig, spec: StudySpec) -> dict:
    """The cell's trial config with each searched key replaced by its Tune distribution."""
    space = cfg.to_dict()
    for path, dist in spec.search.params.items():
        set_path(space, path, dist.to_tune())
    return space


def search_tune_config(cfg: TrialConfig, spec: StudySpec, cell_dir: Path, dirname_creator) -> tune.TuneConfig:
    search = spec.search
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    cell_dir.mkdir(parents=True, exist_ok=True)
    searcher = EarlyStopAwareOptunaSearch(
        epochs=cfg.epochs, storage=optuna.storages.RDBStorage(optuna_storage_url(cell_dir)),
        study_name=cell_dir.name, seed=search.seed)
    scheduler = None
    if search.asha:
        # One Tune iteration per report: epoch 0 (initialisation) is iteration 1.
        scheduler = ASHAScheduler(time_attr="training_iteration", max_t=cfg.epochs + 1,
                                  grace_period=search.asha["grace_period"],
                                  reduction_factor=search.asha["reduction_factor"])
    return tune.TuneConfig(metric=search.objective, mode=search.direction, search_alg=searcher, scheduler=scheduler,
                           num_samples=search.num_trials, max_concurrent_trials=search.concurrency, reuse_actors=True,
                           trial_dirname_creator=dirname_creator)


def close_stale_trials(cell_dir: Path) -> int:
    """Mark Optuna trials left RUNNING (asked for by a driver that was killed) as FAIL; returns how many.

    Called after a cell's search has finished, when no Tune trial can still report to them, so that
    Optuna's tools see a consistent study.
    """
    storage = optuna.storages.RDBStorage(optuna_storage_url(cell_dir))
    study = optuna.load_study(study_name=Path(cell_dir).name, storage=storage)
    stale = [t for t in study.get_trials(deepcopy=False) if t.state == optuna.trial.TrialState.RUNNING]
    for t in stale:
        storage.set_trial_state_values(t._trial_id, state=optuna.trial.TrialState.FAIL)
    return len(stale)
