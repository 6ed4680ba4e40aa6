"""The keeper of a study's fused searches: the Optuna studies of its grid cells, in one small Ray
actor on the driver's node (started by memstudy.search.start_keeper).

This module imports Optuna and NumPy only (not torch, not Ray Tune): the actor's process starts in
about a second instead of four, and a fused search waits for it before its first group starts.
"""

from __future__ import annotations

import math
import warnings
from pathlib import Path

import numpy as np
import optuna

OPTUNA_DB = "optuna.db"  # in the study's folder: one Optuna study per grid cell, named after the cell


GROUP_ATTR, MEMBER_ATTR = "fused_group", "fused_member"  # user attributes: which group, which member of it
DECIDED = "memstudy:go_through"  # system attribute: the last epoch the trial was told to go on after
STOPPED_AT = "epochs_trained"    # user attribute of a PRUNED trial: the epoch it reached


def optuna_storage_url(study_dir: Path) -> str:
    """The study's Optuna storage: `<study>/optuna.db`, one Optuna study per grid cell."""
    return f"sqlite:///{Path(study_dir) / OPTUNA_DB}"


def optuna_db_progress(path: Path) -> tuple[int, int, int]:
    """How far an optuna.db has got: (trials, trials ended, intermediate values), read with SQLite
    alone; (0, 0, 0) for a file that is missing or not such a database. Copies of one study's
    storage only grow, so the larger is the newer (memstudy.run keeps the newer of its local copy's
    and its store's)."""
    import sqlite3

    if not Path(path).is_file():
        return (0, 0, 0)
    try:
        db = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
        try:
            return (db.execute("SELECT COUNT(*) FROM trials").fetchone()[0],
                    db.execute("SELECT COUNT(*) FROM trials WHERE state NOT IN ('RUNNING', 'WAITING')").fetchone()[0],
                    db.execute("SELECT COUNT(*) FROM trial_intermediate_values").fetchone()[0])
        finally:
            db.close()
    except sqlite3.Error:
        return (0, 0, 0)


def _storage(url: str) -> optuna.storages.RDBStorage:
    # SQLite waits this long for another writer (the driver's searcher, the keeper) to finish.
    return optuna.storages.RDBStorage(url, engine_kwargs={"connect_args": {"timeout": 60}})


def _name_objective(study: optuna.Study, metric: str):
    """Optuna's tools name the objective after its metric (not "Objective 0")."""
    if study.metric_names != [metric]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
            study.set_metric_names([metric])


def asha_stops(value: float, others: list[float], reduction_factor: float, maximize: bool) -> bool:
    """Tune's ASHA rule at a rung: stop a trial whose value is below the (1 - 1/reduction_factor)
    quantile of the values other trials had there (above the 1/reduction_factor one when minimising);
    the first to reach a rung goes on. A fused group's members all reach a rung at once: each is
    compared with the others, its own group included."""
    others = [v for v in others if v is not None and math.isfinite(v)]
    if not others:
        return False
    if maximize:
        return value < float(np.percentile(others, (1 - 1 / reduction_factor) * 100))
    return value > float(np.percentile(others, 100 / reduction_factor))


class OptunaKeeper:
    """The Optuna studies of a study's fused searches, in one process on the driver's node (a Ray
    actor: start_keeper). It is the only writer of their storage while they run; its calls run one
    at a time, in the order they arrive."""

    def __init__(self, storage_url: str):
        optuna.logging.set_verbosity(optuna.logging.WARNING)
        self.storage = _storage(storage_url)
        self.studies = {}

    def _study(self, cell: str, setup: dict) -> optuna.Study:
        if cell not in self.studies:
            # Early stopping is decided here, as Tune's ASHA would (asha_stops), not by an Optuna pruner.
            study = optuna.create_study(storage=self.storage, study_name=cell, direction=setup["direction"],
                                        load_if_exists=True)
            _name_objective(study, setup["objective"])
            self.studies[cell] = study
        return self.studies[cell]

    def group(self, cell: str, setup: dict, index: int, size: int) -> list[tuple[int, dict]]:
        """The members of the cell's group `index`, as (Optuna trial number, parameters): those asked
        for before (by a driver killed before Tune recorded the group), else `size` new ones."""
        study = self._study(cell, setup)
        asked = sorted((t for t in study.get_trials(deepcopy=False) if t.user_attrs.get(GROUP_ATTR) == index),
                       key=lambda t: t.user_attrs[MEMBER_ATTR])
        if not asked:
            # Seeded per group: a group's proposals depend on the study's history, not on how often
            # a driver restarted.
            study.sampler = optuna.samplers.TPESampler(seed=setup["seed"] * 1_000_003 + index, constant_liar=True,
                                                       n_startup_trials=setup["startup"])
            distributions = {k: optuna.distributions.json_to_distribution(v) for k, v in setup["params"].items()}
            for member in range(size):
                trial = study.ask(distributions)
                trial.set_user_attr(GROUP_ATTR, index)
                trial.set_user_attr(MEMBER_ATTR, member)
            return self.group(cell, setup, index, size)
        return [(t.number, t.params) for t in asked]

    def judge(self, cell: str, setup: dict, epoch: int, values: dict, last: bool) -> dict:
        """Each member's value at `epoch` (Optuna trial number -> value; None for a member whose
        training failed) -> "go", "stop" (PRUNED) or "fail" (FAIL). At the last epoch the members
        that go on are told COMPLETE with their value. A decision made before (a group resumed from
        an earlier state replays its epochs) is given again: a member pruned at epoch p stops at p."""
        study = self._study(cell, setup)
        storage = study._storage  # Optuna's cached view of self.storage: writes go through it
        trials = {t.number: t for t in study.get_trials(deepcopy=False) if t.number in values}
        decisions, running = {}, []
        for number, value in values.items():
            trial = trials[number]
            if trial.state == optuna.trial.TrialState.PRUNED:
                decisions[number] = "stop" if epoch >= trial.user_attrs.get(STOPPED_AT, 0) else "go"
            elif trial.state.is_finished():
                decisions[number] = "go"  # COMPLETE (a replayed last epoch) or FAIL: Optuna keeps what it has
            elif value is None or not math.isfinite(value):
                study.tell(number, state=optuna.trial.TrialState.FAIL)
                decisions[number] = "fail"
            else:
                # Every member's value first, so that ASHA compares each with its group too.
                storage.set_trial_intermediate_value(trial._trial_id, epoch, float(value))
                running.append(trial)
        at_rung = [] if last or epoch not in setup["rungs"] else \
            [(t.number, t.intermediate_values.get(epoch)) for t in study.get_trials(deepcopy=False)]
        for trial in running:
            value = float(values[trial.number])
            if last:
                study.tell(trial.number, value)
                decisions[trial.number] = "go"
            elif epoch <= trial.system_attrs.get(DECIDED, -1):
                decisions[trial.number] = "go"
            elif asha_stops(value, [v for n, v in at_rung if n != trial.number], setup["reduction_factor"],
                            setup["direction"] == "maximize"):
                storage.set_trial_user_attr(trial._trial_id, STOPPED_AT, epoch)
                study.tell(trial.number, state=optuna.trial.TrialState.PRUNED)
                decisions[trial.number] = "stop"
            else:
                if at_rung:  # the replay guard: only a rung's decision could come out otherwise on replay
                    storage.set_trial_system_attr(trial._trial_id, DECIDED, epoch)
                decisions[trial.number] = "go"
        return decisions

    def settle(self, cell: str, setup: dict, members: dict) -> int:
        """A group resumed from its saved state by a driver whose storage may be older than that state
        (one that resumed a study in an object store from the store's copy of optuna.db): for each
        member still RUNNING here (Optuna trial number -> {"values": {epoch: value}, "end": None or
        [status, epoch]}, read from its own folder), the values up to the state's epoch that the
        storage lacks, and the end of a member that left the network before the state: stopped
        early, PRUNED at its epoch; failed, FAIL. How many values and ends it recorded."""
        study = self._study(cell, setup)
        storage = study._storage
        recorded = 0
        for t in study.get_trials(deepcopy=False, states=(optuna.trial.TrialState.RUNNING,)):
            member = members.get(t.number)
            if member is None:
                continue
            for epoch, value in sorted(member["values"].items()):
                if int(epoch) not in t.intermediate_values and math.isfinite(value):
                    storage.set_trial_intermediate_value(t._trial_id, int(epoch), float(value))
                    recorded += 1
            status, epoch = member.get("end") or (None, None)
            if status == "stopped_early":
                storage.set_trial_user_attr(t._trial_id, STOPPED_AT, int(epoch))
                study.tell(t.number, state=optuna.trial.TrialState.PRUNED)
                recorded += 1
            elif status == "failed":
                study.tell(t.number, state=optuna.trial.TrialState.FAIL)
                recorded += 1
        return recorded

    def close_group(self, cell: str, setup: dict, index: int) -> int:
        """Members of group `index` still RUNNING when Tune ended it (it failed): FAIL. How many."""
        study = self._study(cell, setup)
        stale = [t for t in study.get_trials(deepcopy=False, states=(optuna.trial.TrialState.RUNNING,))
                 if t.user_attrs.get(GROUP_ATTR) == index]
        for t in stale:
            study.tell(t.number, state=optuna.trial.TrialState.FAIL)
        return len(stale)
