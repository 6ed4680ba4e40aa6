"""Optuna searches through Ray Tune, one per grid cell: the searchers and the Tune settings of a cell.

A study keeps its searches in one SQLite storage, `<study>/optuna.db`, with a named Optuna study per
grid cell, its parameters named as in the study file (`loss_params.alpha`) and its objective
named after its metric, for Optuna's own tools (optuna-dashboard, optuna.visualization).

Unfused searches: Tune's OptunaSearch proposes one trial at a time, and trials stopped early by
ASHA are told to Optuna as PRUNED, not as COMPLETE with their early value, which would bias TPE.

Fused searches (`batch_trials` with a `search`): FusedOptunaSearch asks Optuna for a group of
trials at once (TPE with the constant liar, so that a group is not G copies of one point) and
proposes them to Tune as one fused group (memstudy.train). The cell's Optuna study is kept by one
Ray actor on the driver's node (OptunaKeeper: workers elsewhere in a cluster cannot open the
driver's files); each epoch the group's trainable gives it every member's value and waits for its
answer, so that a member that ASHA stops leaves the network before the next epoch, and members
are told COMPLETE with their final value, PRUNED at the epoch they reached, or FAIL.
"""

from __future__ import annotations

import copy
import hashlib
import math
import pickle
from pathlib import Path

import optuna
from ray import tune
from ray.tune.schedulers import ASHAScheduler, FIFOScheduler, TrialScheduler
from ray.tune.search import Searcher
from ray.tune.search.optuna import OptunaSearch

from memstudy.config import StudySpec, TrialConfig, set_path
from memstudy.keeper import OPTUNA_DB, STOPPED_AT, OptunaKeeper, _name_objective, _storage, optuna_storage_url
from memstudy.storage import STORE_WAIT_S, is_uri, push, retrying, sha256_of
from memstudy.train import FAILED

# Where the driver that runs a study keeps it (set by memstudy.run before each cell's search): a
# search restored from Tune's saved state opens its Optuna study here, not where the driver that
# saved it kept it (a study in an object store resumes from any machine, in another local copy).
_driver = {"study_dir": None, "remote": None, "wait_s": STORE_WAIT_S, "pushed": None}


def set_driver_place(study_dir: Path | None, remote: str | None = None, wait_s: float = STORE_WAIT_S):
    """Where this driver keeps the study it runs: its folder (or local copy) and its store's URI;
    None once it has run (a restored search then opens the storage it was saved with)."""
    _driver.update(study_dir=None if study_dir is None else Path(study_dir), remote=remote, wait_s=wait_s,
                   pushed=None)


def push_optuna_db():
    """The study's Optuna storage to its store (a study in an object store only), when it changed:
    a consistent copy (SQLite's backup, while the keeper may be writing). Called as Tune saves a
    searcher's state, before Tune sends that state to the store: the store's optuna.db always holds
    every Optuna trial the store's Tune state names, so that a driver on another machine resumes
    the search."""
    import sqlite3
    import tempfile

    study_dir, remote = _driver["study_dir"], _driver["remote"]
    if not remote or study_dir is None or not (Path(study_dir) / OPTUNA_DB).is_file():
        return
    with tempfile.TemporaryDirectory() as folder:
        source, copy_ = sqlite3.connect(Path(study_dir) / OPTUNA_DB), sqlite3.connect(Path(folder) / OPTUNA_DB)
        try:
            source.backup(copy_)
        finally:
            copy_.close()
            source.close()
        digest = sha256_of(Path(folder) / OPTUNA_DB)
        if digest != _driver["pushed"]:
            retrying(lambda: push(folder, remote, files=[OPTUNA_DB]), remote, _driver["wait_s"],
                     "writing the Optuna study")
            _driver["pushed"] = digest

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

    def set_search_properties(self, metric, mode, config, **spec) -> bool:
        """As OptunaSearch, with the Optuna study's parameters named as in the study file
        (`loss_params.alpha`, not Tune's flattened `trial/loss_params/alpha`)."""
        if self._space:
            return False
        self._space = {_study_file_name(k): v for k, v in self.convert_search_space(config).items()}
        self._metric, self._mode = metric or self._metric, mode or self._mode
        self._setup_study(self._mode)
        _name_objective(self._ot_study, self._metric)
        return True

    def suggest(self, trial_id):
        params = super().suggest(trial_id)
        if not isinstance(params, dict):
            return params
        trial = {}
        for path, value in params.items():
            set_path(trial, path, value)
        return {"trial": trial}

    # Saved and restored (by Tune, with the experiment) without its Optuna storage: a restored
    # search opens the study where the driver that resumes it keeps it (set_driver_place), and its
    # trials by their ids there. Trials that storage does not hold are left out of Optuna.
    def __getstate__(self):
        state = self.__dict__.copy()
        study = state.pop("_ot_study", None)
        state["_study_name"] = study.study_name if study is not None else state.get("_study_name")
        state["_study_sampler"] = study.sampler if study is not None else state.get("_study_sampler")
        state["_storage_url"] = getattr(self._storage, "url", None) or state.get("_storage_url")
        state["_storage"] = None
        state["_ot_trials"] = {key: t._trial_id for key, t in self._ot_trials.items()}
        return state

    def __setstate__(self, state):
        state = dict(state)
        trials = state.pop("_ot_trials", {})
        if state.get("_ot_study") is not None:  # saved by an older memstudy: the objects themselves
            study = state.pop("_ot_study")
            state["_study_name"], state["_study_sampler"] = study.study_name, study.sampler
            trials = {key: t._trial_id for key, t in trials.items()}
        self.__dict__.update(state)
        here = _driver["study_dir"]
        self._storage = _storage(optuna_storage_url(here) if here is not None else self.__dict__.get("_storage_url"))
        self._ot_study, self._ot_trials = None, {}
        if self.__dict__.get("_study_name") and self._space:  # set up (set_search_properties) when saved
            sampler = (self.__dict__.get("_study_sampler") or self._sampler
                       or optuna.samplers.TPESampler(seed=self._seed))
            self._ot_study = optuna.create_study(storage=self._storage, study_name=self._study_name, sampler=sampler,
                                                 pruner=optuna.pruners.NopPruner(), load_if_exists=True,
                                                 direction="minimize" if self._mode == "min" else "maximize")
            for key, trial_id in trials.items():
                try:
                    self._ot_study._storage.get_trial(trial_id)
                except KeyError:
                    continue
                self._ot_trials[key] = optuna.trial.Trial(self._ot_study, trial_id)

    def save(self, checkpoint_path):
        push_optuna_db()  # before Tune sends the state that names these trials to the store
        with open(checkpoint_path, "wb") as f:
            pickle.dump(self.__getstate__(), f)

    def restore(self, checkpoint_path):
        with open(checkpoint_path, "rb") as f:
            self.__setstate__(pickle.load(f))

    @property
    def _ended_before_resume(self) -> set:
        # Set on first use: a searcher pickled by an older memstudy (a study resumed across versions)
        # has no such attribute.
        return self.__dict__.setdefault("_ended_before_resume_ids", set())

    def on_trial_result(self, trial_id, result):
        """The trial's objective as Optuna's intermediate value at the epoch it was measured, as a
        fused search records it: not at Tune's training_iteration (one more than the epoch here, as
        epoch 0, the untrained network, is reported first; and counted again from 1 by a trial
        resumed from its own saved state). Epoch 0 is not a trained epoch and is left out; an epoch
        recorded before (replayed after a resume) is kept as it is."""
        try:
            self._record(trial_id, result)
        except optuna.exceptions.UpdateFinishedTrialError:
            self._ended_before_resume.add(trial_id)

    def _record(self, trial_id, result):
        epoch = result.get("epoch") if result else None
        if not epoch or self.metric not in result or trial_id in self._completed_trials:
            return
        trial = self._ot_trials.get(trial_id)
        if trial is None:  # its Optuna trial is not in the storage this driver opened
            return
        stored = trial.storage.get_trial(trial._trial_id)
        if stored.state.is_finished():
            raise optuna.exceptions.UpdateFinishedTrialError(f"trial {stored.number} has ended")
        if epoch not in stored.intermediate_values:
            trial.report(float(result[self.metric]), int(epoch))

    def pruned_by(self, trial_id, epoch) -> bool:
        """Whether Optuna's record already holds this Tune trial as PRUNED by `epoch` (the last epoch it
        has a value of): a trial a driver killed after the stop but before Tune saved its own state,
        which Tune resumes and would train on, its folder then saying finished against Optuna's pruned."""
        trial = self._ot_trials.get(trial_id)
        if trial is None or epoch is None:
            return False
        stored = trial.storage.get_trial(trial._trial_id)
        if stored.state != optuna.trial.TrialState.PRUNED or epoch < max(stored.intermediate_values, default=0):
            return False
        self._ended_before_resume.add(trial_id)
        return True

    def intermediate_values(self) -> dict:
        """{Tune trial id: {epoch: objective}} of every trial Optuna's record holds for this search."""
        return {key: dict(trial.storage.get_trial(trial._trial_id).intermediate_values)
                for key, trial in self._ot_trials.items()}

    def on_trial_complete(self, trial_id, result=None, error=False):
        if trial_id in self._ended_before_resume:
            return
        if result and FAILED not in result:  # Tune passes a trial's last result here, not to on_trial_result
            try:
                self._record(trial_id, result)
            except optuna.exceptions.UpdateFinishedTrialError:
                self._ended_before_resume.add(trial_id)
                return
        if result and FAILED in result:
            result, error = None, True  # failed for good (a loss that stopped being finite): FAIL
        elif result and not error and result.get("epoch", self._epochs) < self._epochs:
            trial = self._ot_trials.get(trial_id)
            if trial is not None:  # the epoch it reached, as a fused search records its pruned members'
                trial.set_user_attr(STOPPED_AT, int(result["epoch"]))
            result = None  # OptunaSearch tells a trial without a value as PRUNED
        if trial_id in self._ot_trials:
            super().on_trial_complete(trial_id, result=result, error=error)


class _PrunedStaysPruned:
    """A scheduler that stops a trial Optuna already holds as pruned once it is back at the epoch it
    was pruned at (see EarlyStopAwareOptunaSearch.pruned_by); the scheduler it is mixed into decides
    the rest. Tune restores the scheduler and the searcher from one pickle, so they stay paired."""

    def __init__(self, *args, searcher: EarlyStopAwareOptunaSearch, **kwargs):
        super().__init__(*args, **kwargs)
        self._searcher = searcher

    def on_trial_result(self, tune_controller, trial, result):
        if self._searcher.pruned_by(trial.trial_id, result.get("epoch")):
            return TrialScheduler.STOP
        return super().on_trial_result(tune_controller, trial, result)


class SearchASHA(_PrunedStaysPruned, ASHAScheduler):
    """ASHA for an unfused search: pruned trials stay pruned across a resume, and a resumed search's
    rungs hold what every trial reached before (Tune saves no scheduler: a plain ASHA resumes with
    empty rungs and stops other trials than the uninterrupted search would). They are rebuilt from
    Optuna's record at the first result the scheduler sees (in a fresh search: nothing yet)."""

    def on_trial_result(self, tune_controller, trial, result):
        self._fill_rungs()
        return super().on_trial_result(tune_controller, trial, result)

    def on_trial_complete(self, tune_controller, trial, result):
        self._fill_rungs()
        return super().on_trial_complete(tune_controller, trial, result)

    def _fill_rungs(self):
        if self.__dict__.get("_rungs_filled"):
            return
        self._rungs_filled = True
        reached = self._searcher.intermediate_values()
        for bracket in self._brackets:
            for milestone, recorded in bracket._rungs:
                for trial_id, values in reached.items():
                    if milestone in values and trial_id not in recorded:
                        recorded[trial_id] = self._metric_op * values[milestone]


class SearchFIFO(_PrunedStaysPruned, FIFOScheduler):
    """No early stopping for an unfused search; trials pruned before a resume stay pruned."""


def _study_file_name(tune_name: str) -> str:
    """`trial/loss_params/alpha` (a flattened Tune space) -> `loss_params.alpha` (the study file's)."""
    return tune_name.removeprefix("trial/").replace("/", ".")


def search_space(cfg: TrialConfig, spec: StudySpec) -> dict:
    """The cell's trial config with each searched key replaced by its Tune distribution."""
    space = cfg.to_dict()
    for path, dist in spec.search.params.items():
        set_path(space, path, dist.to_tune())
    return space


def search_tune_config(cfg: TrialConfig, spec: StudySpec, cell_dir: Path, dirname_creator) -> tune.TuneConfig:
    """The Tune settings of the unfused search in `cell_dir` (inside the study's folder)."""
    search = spec.search
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    cell_dir.mkdir(parents=True, exist_ok=True)
    searcher = EarlyStopAwareOptunaSearch(
        epochs=cfg.epochs, storage=_storage(optuna_storage_url(cell_dir.parent)),
        study_name=cell_dir.name, seed=search.seed)
    scheduler = SearchFIFO(searcher=searcher)
    if search.asha:
        # Time is the epoch reached (epochs trained; epoch 0 is the untrained network), not Tune's
        # iteration (one more): rungs at epochs grace_period x reduction_factor^k, as the keeper's.
        scheduler = SearchASHA(time_attr="epoch", max_t=cfg.epochs, grace_period=search.asha["grace_period"],
                               reduction_factor=search.asha["reduction_factor"], searcher=searcher)
    return tune.TuneConfig(metric=search.objective, mode=search.direction, search_alg=searcher, scheduler=scheduler,
                           num_samples=search.num_trials, max_concurrent_trials=search.concurrency, reuse_actors=True,
                           trial_dirname_creator=dirname_creator)


def close_stale_trials(cell_dir: Path) -> int:
    """Mark Optuna trials left RUNNING (asked for by a driver that was killed) as FAIL; returns how many.

    Called after a cell's search has finished, when no Tune trial can still report to them, so that
    Optuna's tools see a consistent study.
    """
    storage = _storage(optuna_storage_url(Path(cell_dir).parent))
    study = optuna.load_study(study_name=Path(cell_dir).name, storage=storage)
    stale = [t for t in study.get_trials(deepcopy=False) if t.state == optuna.trial.TrialState.RUNNING]
    for t in stale:
        storage.set_trial_state_values(t._trial_id, state=optuna.trial.TrialState.FAIL)
    return len(stale)


# ---- Fused searches: Optuna proposes a group, one network trains it, pruned members leave ----

def optuna_distribution(dist) -> optuna.distributions.BaseDistribution:
    """A study file's distribution (memstudy.config.Distribution) as Optuna's."""
    if dist.kind in ("loguniform", "uniform"):
        return optuna.distributions.FloatDistribution(dist.low, dist.high, log=dist.kind == "loguniform")
    if dist.kind == "int":
        return optuna.distributions.IntDistribution(int(dist.low), int(dist.high))
    return optuna.distributions.CategoricalDistribution(list(dist.values))


def search_setup(spec: StudySpec, cfg: TrialConfig, sizes: list[int]) -> dict:
    """What the keeper needs to open (or create) the Optuna study of the cell `cfg` and ask it for a
    group: plain data, carried by the searcher and by each group's config. `sizes`: the cell's group
    sizes. ASHA's rungs are the cell's own (cells of a grid over epochs differ)."""
    search = spec.search
    return {"direction": "maximize" if search.direction == "max" else "minimize", "objective": search.objective,
            "seed": search.seed, "rungs": asha_rungs(search.asha, cfg.epochs),
            "reduction_factor": search.asha["reduction_factor"] if search.asha else None,
            "params": {k: optuna.distributions.distribution_to_json(optuna_distribution(v))
                       for k, v in search.params.items()},
            # TPE models from the second group on: the first group's members are its random start.
            "startup": sizes[0] if len(sizes) > 1 else 10}


def asha_rungs(asha: dict | None, epochs: int) -> list[int]:
    """The epochs at which ASHA may stop a trial, fused or not: ceil(grace_period x reduction_factor^k),
    before the last; an epoch is the number trained (epoch 0: the untrained network). The unfused
    search's ASHAScheduler (time_attr "epoch") stops trials at the same epochs."""
    rungs, k = [], 0
    while asha and math.ceil(asha["grace_period"] * asha["reduction_factor"] ** k) < epochs:
        rungs.append(math.ceil(asha["grace_period"] * asha["reduction_factor"] ** k))
        k += 1
    return rungs


def group_sizes(num_trials: int, max_size: int) -> list[int]:
    """A cell's trials in as few groups of at most `max_size` as possible, of near-equal sizes
    (larger first); freed slots are not refilled, so these are all the groups the search runs."""
    count = math.ceil(num_trials / max(1, max_size))
    base, extra = divmod(num_trials, count)
    return [base + (g < extra) for g in range(count)]


def learning_note(sizes: list[int], concurrency: int) -> str | None:
    """A line for a fused search whose groups all start at once: every group is asked of Optuna before
    any member has a result, so every proposal is TPE's random start and the search learns nothing
    between groups. None when a later group waits for an earlier one's results."""
    if len(sizes) > max(1, concurrency) or len(sizes) == 1 and sizes[0] <= 1:
        return None
    return (f"memstudy: note: {len(sizes)} fused group{'s' * (len(sizes) > 1)} per cell and search.concurrency "
            f"{concurrency}: every group is proposed before any member has a result, so all "
            f"{sum(sizes)} members are TPE's random start and the search learns nothing between groups; for "
            "proposals modelled on results, set search.concurrency below the number of groups (or make "
            "batch_trials smaller)")


def keeper_name(cell_location: str) -> str:
    """The keeper actor's name, from where a grid cell's trials write (a group's `study_dir`: a
    folder, or a URI in an object store): one per study, and the same for every driver that runs
    it, on any machine (a study in a store is known by its URI, not by the driver's local copy), so
    that the groups Tune restores find the keeper a rerun started."""
    text = str(cell_location)
    study = text.partition("?")[0].rstrip("/").rsplit("/", 1)[0] if is_uri(text) else str(Path(text).resolve().parent)
    return "memstudy-optuna-" + hashlib.sha1(study.encode()).hexdigest()[:16]


_keepers = {}  # name -> handle, held by the driver: a named actor lives while a handle to it does


def start_keeper(study_dir: Path, cell_location: str):
    """Start the study's OptunaKeeper actor on this (the driver's) node, where `<study>/optuna.db`
    is, unless it runs; its name (keeper_name of a cell's location). It takes no CPU from the trials."""
    import ray
    from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

    name = keeper_name(cell_location)
    here = NodeAffinitySchedulingStrategy(node_id=ray.get_runtime_context().get_node_id(), soft=False)
    if name in _keepers:
        try:  # running (another cell of this study, in this Ray): keep the handle that owns it, whose
            ray.get_actor(name)  # loss would end the actor (a named actor lives while its creator's handle does)
            return name
        except ValueError:  # a handle from an earlier Ray session in this process: start a new one
            pass
    _keepers[name] = ray.remote(OptunaKeeper).options(
        name=name, num_cpus=0, scheduling_strategy=here, get_if_exists=True, max_concurrency=1,
    ).remote(optuna_storage_url(study_dir))
    return name


def _keeper(name: str):
    import ray

    return ray.get_actor(name)


class FusedOptunaSearch(Searcher):
    """A cell's search as fused groups: each suggest() is one group of the cell's trials, asked of
    Optuna at once through the keeper, with its members' parameters and Optuna trial numbers.

    Its state (saved by Tune with the experiment) is which Tune trial trains which group; a group
    that the killed driver had asked for but Tune had not recorded is proposed again with the same
    members (the keeper finds them in the storage), so nothing is asked twice.
    """

    def __init__(self, location: str, cell: str, trial: dict, setup: dict, sizes: list[int]):
        super().__init__()
        self.location, self.cell, self.trial, self.setup, self.sizes = location, cell, trial, setup, list(sizes)
        self.assigned = {}  # Tune trial id -> group index

    @property
    def keeper(self) -> str:
        if "location" not in self.__dict__:  # saved by an older memstudy, with the keeper's name
            return self.__dict__["keeper"]
        return keeper_name(self.location)

    def suggest(self, trial_id):
        import ray

        free = [k for k in range(len(self.sizes)) if k not in self.assigned.values()]
        if not free:
            return Searcher.FINISHED
        index = free[0]
        members = ray.get(_keeper(self.keeper).group.remote(self.cell, self.setup, index, self.sizes[index]))
        self.assigned[trial_id] = index
        group = []
        for _, params in members:
            trial = copy.deepcopy(self.trial)
            for path, value in params.items():
                set_path(trial, path, value)
            group.append(trial)
        return {"group": group, "search": {"cell": self.cell, "setup": self.setup, "index": index,
                                           "numbers": [n for n, _ in members]}}

    def on_trial_complete(self, trial_id, result=None, error=False):
        import ray

        if trial_id in self.assigned:
            ray.get(_keeper(self.keeper).close_group.remote(self.cell, self.setup, self.assigned[trial_id]))

    def save(self, checkpoint_path):
        push_optuna_db()  # before Tune sends the state that names these groups to the store
        with open(checkpoint_path, "wb") as f:
            pickle.dump(self.__dict__, f)

    def restore(self, checkpoint_path):
        with open(checkpoint_path, "rb") as f:
            self.__dict__.update(pickle.load(f))


def search_judge(search: dict, location: str, last_epoch: int, stopped: set):
    """run_trials' judge for a group of a fused search (its config's "search"): each epoch, every
    member's objective goes to the keeper, and the members it stops (PRUNED) or fails leave; the
    stopped ones are added to `stopped` (indices into the group).

    Between rungs, with every value finite and before the last epoch, the keeper's answer is known
    ("go" for all: ASHA stops members at its rungs only), so the values are sent without waiting
    for it; the keeper takes a caller's calls in the order they were sent, so they are recorded
    before the next rung is judged, and any error they raised is raised there."""
    import ray

    keeper = _keeper(keeper_name(location))
    numbers, objective, rungs = search["numbers"], search["setup"]["objective"], set(search["setup"]["rungs"])
    sent = []  # values sent without waiting: their answers are checked at the next judgement waited for

    def judge(epoch: int, metrics: dict) -> set:
        values = {numbers[t]: None if m is None else float(m[objective]) for t, m in metrics.items()}
        call = keeper.judge.remote(search["cell"], search["setup"], epoch, values, epoch == last_epoch)
        if epoch not in rungs and epoch != last_epoch and all(v is not None and math.isfinite(v)
                                                               for v in values.values()):
            sent.append(call)
            return set()
        decisions = ray.get(call)
        ray.get(sent)
        sent.clear()
        stop = {t for t in metrics if decisions[numbers[t]] == "stop"}
        stopped.update(stop)
        return stop | {t for t in metrics if decisions[numbers[t]] == "fail"}

    return judge


def settle_group(search: dict, location: str, folders: list[Path], state: dict) -> int:
    """Before a fused search's group resumes from its saved `state`: give the keeper what each
    member's folder logged up to the state's epoch and how the members that had left ended, for
    what the driver's Optuna storage may lack (memstudy.keeper.OptunaKeeper.settle). How many it
    recorded."""
    import ray

    from memstudy.metrics import read_scalars
    from memstudy.outcome import _read_json
    from memstudy.train import STATUS_FILE, TB_DIR

    objective, last = search["setup"]["objective"], int(state["epoch"])
    members = {}
    for number, folder, alive in zip(search["numbers"], folders, state["alive"]):
        values = {e: v for e, v in read_scalars(Path(folder) / TB_DIR).get(objective, []) if 1 <= e <= last}
        end = None
        if not alive:
            status = _read_json(Path(folder) / STATUS_FILE)
            if status.get("status") in ("stopped_early", "failed") and status.get("epoch"):
                end = [status["status"], int(status["epoch"])]
        members[number] = {"values": values, "end": end}
    return ray.get(_keeper(keeper_name(location)).settle.remote(search["cell"], search["setup"], members))


def fused_search_tune_config(cfg: TrialConfig, spec: StudySpec, study_dir: Path, cell: str, max_size: int,
                             dirname_creator, location: str | None = None) -> tuple[tune.TuneConfig, int]:
    """The Tune settings of a cell's fused search (its groups at most `max_size`), and how many
    trials (members) it has; `location`: where the cell's trials write (its URI in an object store;
    by default its folder in `study_dir`). Ray must be running: the study's keeper is started here."""
    location = location or str(Path(study_dir) / cell)
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    sizes = group_sizes(spec.search.num_trials, max_size)
    start_keeper(study_dir, location)
    searcher = FusedOptunaSearch(location, cell, cfg.to_dict(), search_setup(spec, cfg, sizes), sizes)
    return tune.TuneConfig(search_alg=searcher, num_samples=len(sizes), max_concurrent_trials=spec.search.concurrency,
                           reuse_actors=True, trial_dirname_creator=dirname_creator), spec.search.num_trials
