"""Run a whole study on Ray Tune: `python -m memstudy.run studies/<name>.yaml`.

The study file is validated before Ray starts; trials run on a local Ray (or the cluster named by
RAY_ADDRESS) with fractional GPU shares and reused actors, write into results/<study>/, and an
interrupted study resumes when the same command is run again. Exit status: 0 when every trial
finished, 1 when some failed (or the store stopped answering), 2 for bad input, 130 when
interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import logging
import math
import os
import shutil
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from typing import TYPE_CHECKING

from memstudy import metrics as M
from memstudy.errors import ConfigError, StoreError
from memstudy.storage import (REMOTE_FILE, STORE_WAIT_S, Lease, answer_within, check_writable, fetch, folder_of,
                              is_uri, join, open_uri, push, redact, retrying, take_credentials)
from memstudy.cluster import (  # noqa: F401 (also imported from here)
    RAY_CONNECT_TIMEOUTS, TOKEN_HINT, TUNE_ENV, _check_ray_auth, _in_ray_job, _ray_client_settings, _shown,
    check_ray_address, init_ray, ray_logs_dir)

if TYPE_CHECKING:
    from memstudy.config import StudySpec

STUDY_FILE = "study.json"      # the validated study, to detect a changed file on resume
SUMMARY_FILE = "summary.json"  # trials finished / failed after the last run
# A trial whose worker or node is lost is restarted from its last checkpoint, up to this many times;
# a trial that fails by itself (a loss that stops being finite, bad data) is not: it ends failed.
RETRIES = 3

# Names that load torch (memstudy.config, memstudy.progress) are imported where they are used, so
# that `--help` and the input checks answer without loading torch and Ray; these were importable
# from here before memstudy.progress, and still are (PEP 562).
_FROM_PROGRESS = {"progress_callback": "progress_callback", "_progress_callback": "progress_callback",
                  "time_left": "time_left", "trial_epochs": "trial_epochs", "_dirname": "_dirname", "_failed": "_failed"}


def __getattr__(name):
    if name in _FROM_PROGRESS:
        from memstudy import progress

        return getattr(progress, _FROM_PROGRESS[name])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Interrupted(Exception):
    """The user stopped the study (Ctrl-C): what finished is kept, and the same command resumes it."""


@dataclass
class StudyResult:
    """What `run_study` returns: the study's folder (the local copy for a URI), the trials that
    finished and those that failed (name -> the error's last line), and where a local Ray kept
    its logs. `ok` is true when none failed."""

    study_dir: Path
    finished: list = field(default_factory=list)
    failed: dict = field(default_factory=dict)  # trial name -> error message
    ray_logs: str | None = None  # where the local Ray kept its logs (never copied: they can hold secrets)

    @property
    def ok(self) -> bool:
        return not self.failed


def gpu_share(request, num_trials: int, num_gpus: float) -> float:
    """The GPU share per trial: the request as given, or for 'auto' a share from trials and GPUs."""
    if request != "auto":
        return float(request)
    if num_gpus <= 0:
        return 0.0
    if num_trials <= num_gpus:
        return 1.0
    # Pack up to four trials per GPU: more only splits the same memory finer.
    per_gpu = min(4, math.ceil(num_trials / num_gpus))
    return 1.0 / per_gpu


def _check_fits(source: str, share: float, cpu: float, available: dict, where: str):
    """A request the cluster can never satisfy would leave trials PENDING forever: refuse it now."""
    gpus, cpus = available.get("GPU", 0.0), available.get("CPU", 0.0)
    if share > 0 and gpus <= 0:
        raise ConfigError(f"{source}: resources.gpu: the study asks for {share:g} GPU per trial but {where} has no "
                          "GPU; set resources.gpu: 0 (or 'auto', which falls back to the CPU)")
    if share > gpus:
        raise ConfigError(f"{source}: resources.gpu: {share:g} GPUs per trial but {where} has only {gpus:g}")
    if cpu > cpus:
        raise ConfigError(f"{source}: resources.cpu: {cpu:g} CPUs per trial but {where} has only {cpus:g}")


def _check_study_record(spec: StudySpec, study_dir: Path) -> bool:
    """True when `study_dir` holds an earlier run of this study, to be resumed; ConfigError when it
    holds another study (changed trials or --set overrides) or a record that cannot be read. Reads
    only: --dry-run calls it too."""
    recorded = study_dir / STUDY_FILE
    if not recorded.is_file():
        return False
    current = json.loads(json.dumps(spec.to_dict(), default=list))
    try:
        before = json.loads(recorded.read_text())
    except (OSError, ValueError) as err:
        before = err
    if not isinstance(before, dict) or not isinstance(before.get("trials"), list):
        why = f" ({before})" if isinstance(before, Exception) else ""
        raise ConfigError(f"{recorded}: the record of the study this folder holds cannot be read{why}. If "
                          f"{spec.source} is the study file this folder was started with, delete {recorded} "
                          "and rerun to resume (nothing else is lost); or run with --restart to move the old "
                          "results aside and start over")
    if any(before.get(key) != current[key] for key in ("trials", "search", "batch_trials")):
        changed = _changed_overrides(before, current)
        if changed:
            then = " ".join(f"--set {item}" for item in before["overrides"]) or "no --set"
            also = "; the study file changed as well" if before.get("raw") != current["raw"] else ""
            raise ConfigError(f"{spec.source}: the study's trials changed since {study_dir} was started: its --set "
                              f"overrides differ ({'; '.join(changed)}){also}. Run with the same overrides as "
                              f"then ({then}) to resume, or add --restart to move the old results aside and "
                              "start over, or give another results folder (--storage)")
        raise ConfigError(f"{spec.source}: the study's trials changed since {study_dir} was started; run with "
                          "--restart to move the old results aside and start over, or give the study a new name")
    return True


def _prepare_study_dir(spec: StudySpec, study_dir: Path, restart: bool) -> bool:
    """Create or check the study directory; True when an earlier run is to be resumed."""
    if study_dir.exists() and restart:
        backup = study_dir.with_name(f"{study_dir.name}.old-{time.strftime('%Y%m%d-%H%M%S')}")
        study_dir.rename(backup)
        print(f"memstudy: --restart: earlier results moved to {backup}")
    resume = _check_study_record(spec, study_dir)
    study_dir.mkdir(parents=True, exist_ok=True)
    from memstudy.train import code_version, write_json

    payload = {**spec.to_dict(), "code_version": code_version()}
    write_json(study_dir / STUDY_FILE, json.loads(json.dumps(payload, default=list)))  # written whole or not at all
    return resume


def _changed_overrides(before: dict, current: dict) -> list[str]:
    """The --set keys whose value differs between the study.json of an earlier run (`before`) and this
    run's, each as "KEY: then --set KEY=VALUE, now ..." ([] when the overrides agree, or when a
    study.json from before overrides were recorded cannot tell)."""
    import yaml

    from memstudy.config import read_yaml

    if "overrides" not in before:
        return []

    def last_values(items) -> dict:  # applied in order: the last --set of a key is the one that counts
        out = {}
        for item in items:
            key, _, value = item.partition("=")
            try:
                out[key.strip()] = (read_yaml(value), item)
            except yaml.YAMLError:
                out[key.strip()] = (value, item)
        return out

    then, now = last_values(before["overrides"]), last_values(current["overrides"])
    missing = (object(), None)
    changed = []
    for key in sorted(then.keys() | now.keys()):
        if then.get(key, missing)[0] != now.get(key, missing)[0]:
            was, is_ = (f"--set {d[key][1]}" if key in d else "not set" for d in (then, now))
            changed.append(f"{key}: then {was}, now {is_}")
    return changed


class StoreWatch:
    """The driver's ear on the study's store: a probe every `every_s` in a thread of its own, and a
    line when the store stops answering (a probe failed or has hung for `every_s`) and when it
    answers again. Trials wait for it on their own (store_wait_s); this tells the user."""

    def __init__(self, uri: str, wait_s: float, every_s: float | None = None):
        # Often enough to be heard well within a minute, and before trials give up waiting.
        self.uri, self.wait_s, self.every_s = uri, wait_s, every_s or min(20.0, max(2.0, wait_s / 4))
        self.down_since, self.stop = None, threading.Event()
        self.thread = threading.Thread(target=self._watch, daemon=True, name="memstudy-store-watch")

    def _probe(self):
        fs, root = open_uri(self.uri)
        fs.get_file_info(root)

    def _watch(self):
        while not self.stop.wait(self.every_s):
            error = answer_within(self._probe, self.every_s)
            if error and self.down_since is None:
                self.down_since = time.time()
                print(f"memstudy: the store at {redact(self.uri)} is not answering ({error}); trials wait for it up to "
                      f"{self.wait_s:g} s, then stop; rerun the same command once it answers", flush=True)
            elif not error and self.down_since is not None:
                print(f"memstudy: the store at {redact(self.uri)} answers again (after "
                      f"{time.time() - self.down_since:.0f} s)", flush=True)
                self.down_since = None

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        return False


def preflight(spec: StudySpec, storage: str | os.PathLike = "results", num_gpus: float | None = None,
              local_copy: str | os.PathLike = "results", restart: bool = False):
    """Everything a study is checked for before Ray starts, for a run and for --dry-run alike: the
    storage (a URI's credentials, a folder in a Ray job), the fused groups, what each trial needs
    of the machine. Returns (remote URI or None, local study folder, fused groups, Tune trials)."""
    remote = None  # the study's URI when it lives in an object store
    storage = folder_of(storage)
    if is_uri(storage):
        storage, credentials = take_credentials(str(storage))
        os.environ.update(credentials)  # for this process and the local Ray it starts; never in a file
        remote = join(storage, spec.name)
        study_dir = (Path(local_copy) / spec.name).resolve()
        if restart:
            raise ConfigError(f"--restart with --storage {redact(storage)}: an object store's folders are not moved "
                              f"aside; give the study a new name, or delete {redact(remote)} yourself")
        check_writable(storage)
        _check_local_copy(study_dir, remote)
    else:
        if _in_ray_job() and not Path(storage).is_absolute():
            raise ConfigError(f"--storage {storage}: a job submitted with `ray job submit` runs in a temporary copy "
                              f"of its working dir ({os.getcwd()}), which Ray may delete and other nodes do not see; "
                              "give an absolute folder that every node sees (or an object-store URI)")
        study_dir = (Path(storage) / spec.name).resolve()
        _check_folder_can_hold(study_dir, f"--storage {storage}")
        if not restart:
            _check_study_record(spec, study_dir)  # another study's folder, or an unreadable record
    local_gpus = num_gpus if num_gpus is not None else _visible_gpus()
    groups = fused_groups(spec, local_gpus, cluster=bool(os.environ.get("RAY_ADDRESS")))
    total = len(groups) if groups else len(spec.trials) * (spec.search.num_trials if spec.search else 1)
    if spec.search and spec.batch_trials and os.environ.get("RAY_ADDRESS", "").startswith("ray://"):
        # The keeper of a fused search's Optuna studies runs beside the driver and opens <study>/optuna.db:
        # under Ray Client the driver's script runs here but its actors on the cluster, which does not see it.
        raise ConfigError(f"{spec.source}: batch_trials with a search does not run through Ray Client "
                          f"(RAY_ADDRESS={redact(os.environ['RAY_ADDRESS'])}): submit the study as a Ray job "
                          "(`ray job submit ... -- python -m memstudy.run ...`) or run the driver on a node of the "
                          "cluster with RAY_ADDRESS=<head>:6379")
    if os.environ.get("RAY_ADDRESS"):
        check_ray_address(os.environ["RAY_ADDRESS"])  # seconds, not Ray's 13 minutes of retries
        share = None  # the cluster's GPUs are checked once Ray is up
    else:
        # A local Ray is ours to size: check the GPU request before spending seconds starting it.
        share = gpu_share(spec.resources.gpu, total, local_gpus)
        _check_fits(spec.source, share, spec.resources.cpu, {"GPU": local_gpus, "CPU": float(os.cpu_count() or 1)},
                    "this machine")
    _check_trials_run_here(spec, share)
    return remote, study_dir, groups, total


def _check_folder_can_hold(folder: Path, what: str):
    """The results folder `folder` exists as a folder we can write in, or can be made (checked
    without creating anything, so that --dry-run changes nothing)."""
    probe = folder
    while not probe.exists():
        if probe.parent == probe:
            break
        probe = probe.parent
    if probe.exists() and not probe.is_dir():
        raise ConfigError(f"{what}: {probe} is a file, not a folder; results go to {folder}: give another folder")
    if not os.access(probe, os.W_OK | os.X_OK):
        raise ConfigError(f"{what}: cannot write in {probe} (permission denied), where the results would go "
                          f"({folder}); give a folder you can write in")


def _check_trials_run_here(spec: StudySpec, share: float | None):
    """What would otherwise fail inside every trial once Ray is up: a CUDA device with no GPU share,
    and a model that cannot take the dataset's inputs (run on two zero inputs on the CPU with
    uninitialised weights: no data read. The meta device would import torch's compiler, 0.7-1.4 s
    of every run and --dry-run, for its linear layers)."""
    import torch

    from memstudy.data import input_shape
    from memstudy.models import empty_model

    # Each trial, and for a searched model parameter each trial with every value the search can give
    # it (its bounds, or each choice).
    checked = [(cfg, "trial.model_params") for cfg in spec.trials]
    for path, dist in (spec.search.params.items() if spec.search else ()):
        if path.startswith("model_params."):
            values = [int(v) for v in dist.extremes()] if dist.kind == "int" else dist.extremes()
            checked += [(dataclasses.replace(cfg, model_params={**cfg.model_params, path.partition(".")[2]: value}),
                         f"search.params.{path}") for cfg in spec.trials for value in values]
    seen = set()
    for cfg, params_at in checked:
        if cfg.device.startswith("cuda") and share is not None and share <= 0:
            raise ConfigError(f"{spec.source}: trial.device: {cfg.device!r} but the trials get no GPU "
                              f"(resources.gpu: {spec.resources.gpu!r} on a machine with "
                              f"{_visible_gpus():g} GPUs); set resources.gpu (or 'auto'), or device: auto")
        if cfg.device.startswith("cuda") and not os.environ.get("RAY_ADDRESS") and not torch.cuda.is_available():
            raise ConfigError(f"{spec.source}: trial.device: {cfg.device!r} but this machine's torch sees no CUDA GPU "
                              "(--num-gpus only tells Ray how many there are); use device: auto, which runs on the "
                              "CPU here")
        key = (cfg.model, json.dumps(cfg.model_params, sort_keys=True, default=str), cfg.dataset,
               json.dumps(cfg.dataset_params, sort_keys=True, default=str))
        if key in seen:
            continue
        seen.add(key)
        try:
            shape, classes = input_shape(cfg.dataset, **cfg.dataset_params)
        except ConfigError as err:
            raise ConfigError(f"{spec.source}: trial.dataset_params: {err}") from None
        try:
            model = empty_model(cfg.model, shape, classes, 1, device="cpu", **cfg.model_params)
        except ConfigError as err:
            raise ConfigError(f"{spec.source}: trial.model: {err}") from None
        except (RuntimeError, ValueError, TypeError, IndexError) as err:
            raise ConfigError(f"{spec.source}: {params_at}: {cfg.model!r} cannot be built with "
                              f"{json.dumps(cfg.model_params, default=str)} ({str(err).strip().splitlines()[0]})") from None
        try:
            with torch.no_grad():
                model(torch.zeros((2, *shape)))
        except (RuntimeError, ValueError, TypeError, IndexError) as err:
            raise ConfigError(f"{spec.source}: trial.model: {cfg.model!r} cannot take {cfg.dataset!r}'s inputs of "
                              f"shape {list(shape)} ({str(err).strip().splitlines()[0]}); pick a model for that "
                              "shape (a convolutional model needs images: channels x height x width)") from None


def run_study(spec: StudySpec, storage: str | os.PathLike = "results", restart: bool = False,
              num_gpus: float | None = None, local_copy: str | os.PathLike = "results",
              store_wait_s: float = STORE_WAIT_S) -> StudyResult:
    """Run (or resume) every trial of `spec` on Ray Tune; raise ConfigError for requests that cannot run.

    `storage`: the results root, a folder or an object-store URI (memstudy.storage); with a URI the
    study's files go there and the driver keeps a copy of them in `local_copy`/<study>. Credentials
    in the URI (s3://KEY:SECRET@bucket/...) go into this process's environment, never into a file.
    A store that stops answering is waited for `store_wait_s` seconds (by each trial and by the
    driver), then StoreError. Ctrl-C raises Interrupted once Tune has stopped; nothing is lost.
    """
    remote, study_dir, groups, total = preflight(spec, storage, num_gpus, local_copy, restart)

    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    # Tune warns whenever checkpoints force frequent state snapshots; short trials do that by design.
    os.environ.setdefault("TUNE_WARN_EXCESSIVE_EXPERIMENT_CHECKPOINT_SYNC_THRESHOLD_S", "0")
    # Our trials write their own TensorBoard files; keep Tune's CSV/JSON logs but not its TB copies.
    os.environ["TUNE_DISABLE_AUTO_CALLBACK_LOGGERS"] = "1"
    # A search's trial that fails for good (a non-finite loss) ends with a result that holds its error
    # and no objective (memstudy.train.FAILED); Tune's strict check of the search's metric would end
    # the whole study there, and every rerun with it. The searcher tells Optuna that trial FAILED.
    os.environ["TUNE_DISABLE_STRICT_METRIC_CHECKING"] = "1"
    lease = Lease(study_dir, remote, wait_s=store_wait_s)
    if restart:  # the folder is moved aside first: never while another driver runs it
        if study_dir.exists():
            with Lease(study_dir):
                pass
    else:
        lease.acquire()
    try:
        return _run_leased(spec, study_dir, remote, groups, total, restart, num_gpus, store_wait_s, lease)
    finally:
        lease.release()


def _newer_optuna_db(study_dir: Path, remote: str, store):
    """The study's optuna.db: the store's, unless this local copy holds a newer one (its driver ran
    the search after its last copy reached the store). The local copy's is older when another
    machine ran the study since: a search resumed with it would miss the Optuna trials that Tune's
    state in the store names."""
    import tempfile

    from memstudy.keeper import OPTUNA_DB, optuna_db_progress

    with tempfile.TemporaryDirectory() as folder:
        store(lambda: fetch(remote, folder, only=(OPTUNA_DB,)), "reading the Optuna study")
        theirs, mine = Path(folder) / OPTUNA_DB, study_dir / OPTUNA_DB
        if optuna_db_progress(theirs) > optuna_db_progress(mine):
            study_dir.mkdir(parents=True, exist_ok=True)
            for suffix in ("-journal", "-wal", "-shm"):  # a killed writer's journal belongs to the file replaced
                mine.with_name(mine.name + suffix).unlink(missing_ok=True)
            shutil.copyfile(theirs, mine)


def _run_leased(spec, study_dir, remote, groups, total, restart, num_gpus, store_wait_s, lease) -> StudyResult:
    """run_study once this driver holds the study's lease (with --restart: once the folder is new)."""
    import ray
    from ray import tune

    from memstudy.config import cell_names, trial_dirname
    from memstudy.progress import _dirname, _failed
    from memstudy.train import tune_trainable

    def store(operation, what):  # the driver's own store calls wait for it as trials do
        return retrying(operation, remote, store_wait_s, what)

    cells = len(spec.trials)
    grids, owns_ray, logs = [], False, None
    try:
        if remote:  # what an earlier run's driver kept (the study it ran, its Optuna studies), unless here
            store(lambda: fetch(remote, study_dir, only=(STUDY_FILE,) if not (study_dir / STUDY_FILE).exists() else ()),
                  "reading the study")
            if spec.search:
                _newer_optuna_db(study_dir, remote, store)
        resume = _prepare_study_dir(spec, study_dir, restart)
        from memstudy.trackers import prepare

        loggers = prepare(spec.loggers, study_dir, spec.name)  # MLflow's store is reached before Ray starts
        if restart:
            lease.acquire()
        if remote:
            (study_dir / REMOTE_FILE).write_text(redact(remote) + "\n")  # a copy of that study, before any trial runs
            store(lambda: push(study_dir, remote, files=[STUDY_FILE]), "writing study.json")
        address = os.environ.get("RAY_ADDRESS")
        print(f"memstudy: study {spec.name!r}: {len(spec.trials)} {'grid cells' if spec.search else 'trials'}; "
              + (f"connecting to the Ray cluster at {_shown(address)} ..." if address else "starting a local Ray ..."),
              flush=True)  # the first line, before Ray's seconds of start-up
        owns_ray = init_ray(num_gpus)
        available = ray.cluster_resources()
        share = gpu_share(spec.resources.gpu, total, available.get("GPU", 0.0))
        _check_fits(spec.source, share, spec.resources.cpu, available, "the Ray cluster")
        _check_trials_run_here(spec, share)
        trainable = tune.with_resources(tune_trainable, {"cpu": spec.resources.cpu, "gpu": share})
        kind = f"an Optuna search of {spec.search.num_trials} trials in each of {cells} grid cells" if spec.search \
            else f"{cells} trials"
        if groups:
            kind += f" in {len(groups)} fused group{'s' * (len(groups) > 1)}"
        print(f"memstudy: study {spec.name!r}: {kind}, {spec.resources.cpu:g} CPU and {share:g} GPU each, "
              f"results in {redact(remote) if remote else study_dir}" + (f" (a copy in {study_dir})" if remote else "")
              + (" (resuming)" if resume else ""), flush=True)
        if resume and not remote:  # (a store's study: its trial folders are fetched as trials resume)
            from memstudy.outcome import resume_note

            print(f"memstudy: resuming: {resume_note(study_dir)}", flush=True)
        # Trials write into <experiment dir>/<trial dir> themselves: with reused actors, Tune's
        # get_trial_dir() points at an unsynced staging folder instead of the storage folder.
        common = {"threads": max(1, int(spec.resources.cpu)), "checkpoint_interval_s": spec.checkpoint_interval_s,
                  "store_wait_s": store_wait_s, "loggers": loggers}
        with StoreWatch(remote, store_wait_s) if remote else contextlib.nullcontext(), contextlib.ExitStack() as stack:
            if spec.search is None:
                space = {"group": tune.grid_search(groups)} if groups else \
                    {"trial": tune.grid_search([t.to_dict() for t in spec.trials])}
                space.update(study_dir=remote or str(study_dir), **common)
                config = tune.TuneConfig(reuse_actors=True, max_concurrent_trials=spec.max_concurrent,
                                         trial_dirname_creator=_dirname)
                grids.append((study_dir, _fit(trainable, study_dir, space, config, len(spec.trials), remote,
                                              store_wait_s)))
            else:
                from memstudy.search import (close_stale_trials, fused_search_tune_config, push_optuna_db,
                                             search_space, search_tune_config, set_driver_place)

                set_driver_place(study_dir, remote, store_wait_s)
                stack.callback(set_driver_place, None)
                for i, (cfg, cell) in enumerate(zip(spec.trials, cell_names([t.to_dict() for t in spec.trials]))):
                    cell_dir = study_dir / cell
                    print(f"memstudy: search {i + 1}/{cells}: {cell_dir.name}", flush=True)
                    cell_remote = join(remote, cell_dir.name) if remote else None
                    space = {"study_dir": cell_remote or str(cell_dir), **common}
                    if groups:  # fused: Optuna proposes each group's members (memstudy.search)
                        from memstudy.search import learning_note

                        trial = cfg.to_dict()
                        sizes = [len(g) for g in groups if g[0] == trial]
                        note = learning_note(sizes, spec.search.concurrency)
                        if note and i == 0:
                            print(note, flush=True)
                        tune_config, _ = fused_search_tune_config(cfg, spec, study_dir, cell_dir.name, max(sizes),
                                                                  _dirname, location=space["study_dir"])
                    else:
                        space["trial"] = search_space(cfg, spec)
                        tune_config = search_tune_config(cfg, spec, cell_dir, _dirname)
                    grids.append((cell_dir, _fit(trainable, cell_dir, space, tune_config, spec.search.num_trials,
                                                 cell_remote, store_wait_s)))
                    close_stale_trials(cell_dir)
                    push_optuna_db()
        logs = ray_logs_dir() if owns_ray else None
    finally:
        if owns_ray:
            ray.shutdown()

    result = StudyResult(study_dir)
    for exp_dir, grid in grids:
        for r in grid:
            if r.config is None:  # never started (an interrupted study): nothing to report
                continue
            if "group" in r.config:
                _collect_group(r, exp_dir, result)
                continue
            # A trial is named by its folder: trials of a grid over a key its name leaves out (lr,
            # a model parameter) share a name, and searched trials share a cell.
            name = Path(r.path).name if r.path else trial_dirname(r.config["trial"], r.metrics.get("trial_id", ""))
            if spec.search:
                name = f"{exp_dir.name}/{name}"
            if r.error is not None or _failed(r.metrics):
                result.failed[name] = (_failed(r.metrics) or str(r.error).strip().splitlines()[-1])[:500]
                continue
            result.finished.append(name)
    result.ray_logs = logs
    (study_dir / SUMMARY_FILE).write_text(json.dumps(
        {"finished": sorted(result.finished), "failed": result.failed}, indent=2))
    if remote:
        store(lambda: push(study_dir, remote, files=[SUMMARY_FILE]), "writing summary.json")
    return result


def _check_local_copy(study_dir: Path, remote: str):
    """The driver's copy of a study in an object store must not land on another study's folder."""
    from memstudy.storage import check_local_copy

    check_local_copy(study_dir, remote, STUDY_FILE)


def fused_groups(spec: StudySpec, gpus: float = 0.0, cluster: bool = False, probe=None) -> list[list[dict]]:
    """With batch_trials, the fused groups of trial configs (one Tune trial each); [] without.

    `batch_trials: N` makes groups of at most N. `true` sizes them: when the trials may get a GPU
    (this machine has `gpus`, or the study runs on a `cluster`), a group holds as many members as
    fit in the share of a GPU's memory it gets, measured in a child process (memstudy.memory;
    `probe` replaces that measurement); elsewhere up to CPU_GROUP. A measurement that fails (no
    CUDA here, out of memory) is reported and groups hold at most memory.FALLBACK_GROUP. For a
    search, each cell's groups, its trial config standing for the members Optuna will propose.
    """
    from memstudy.groups import CPU_GROUP, plan_groups

    if not spec.batch_trials:
        return []
    # A search's trials are yet to be proposed: its cells stand in for them, num_trials times each.
    trials = [t for t in spec.trials for _ in range(spec.search.num_trials if spec.search else 1)]
    if spec.batch_trials is not True:
        plan = plan_groups(trials, spec.batch_trials)
    elif (gpus > 0 or cluster) and spec.resources.gpu != 0 and any(t.device != "cpu" for t in trials):
        from memstudy.memory import measure_in_child, plan_groups_on_gpu

        plan = plan_groups_on_gpu(trials, lambda groups: gpu_share(spec.resources.gpu, groups, max(gpus, 1.0)),
                                  probe or measure_in_child, say=lambda line: print(line, flush=True))
    else:
        plan = plan_groups(trials, CPU_GROUP)
    if spec.search:  # each cell's groups, as large as the plan allows, hold its members (memstudy.search)
        from memstudy.search import group_sizes

        largest = {}
        for g in plan:
            for cell in {i // spec.search.num_trials for i in g}:
                largest[cell] = max(largest.get(cell, 0), len(g))
        return [[cfg.to_dict()] * size for c, cfg in enumerate(spec.trials)
                for size in group_sizes(spec.search.num_trials, largest[c])]
    return [[trials[i].to_dict() for i in g] for g in plan]


def _collect_group(r, exp_dir: Path, result: StudyResult):
    """A fused group's members finish or fail one by one: their status files (in `exp_dir`, the
    experiment's folder or its local copy) say which."""
    from memstudy.progress import _failed
    from memstudy.train import STATUS_FILE, member_dirs

    searched = "search" in r.config  # a fused search's members: ASHA's stop is an end, as for lone trials
    for d, folder in zip(r.config["group"], member_dirs(exp_dir, r.config["group"], r.metrics.get("trial_id", ""))):
        name = f"{exp_dir.name}/{folder.name}" if searched else folder.name  # unique, as lone trials
        try:
            status = json.loads((folder / STATUS_FILE).read_text())
        except (OSError, ValueError):
            status = {}
        ended = ("finished", "stopped_early") if searched else ("finished",)
        if status.get("status") in ended and r.error is None and not _failed(r.metrics):
            result.finished.append(name)
        else:
            error = status.get("error") or (str(r.error).strip().splitlines()[-1] if r.error else "did not finish")
            result.failed[name] = error[:500]


class _TuneStopLines(logging.Filter):
    """On Tune's own logger: notes that Tune stopped on a stop signal (Ctrl-C), and keeps its advice
    to resume through Tuner.restore from the user (the same memstudy command resumes)."""

    def __init__(self):
        super().__init__()
        self.interrupted = False

    def filter(self, record):
        message = record.getMessage()
        if message.startswith("Stop signal received"):
            self.interrupted = True
            return False
        return not (message.startswith("Trials did not complete") or "has been interrupted" in message)


class _StoreNoise(logging.Filter):
    """On Ray's loggers while a study's store is down: drops their tracebacks of the store's own
    errors (its experiment-state syncs, a trial stopped by StoreError); memstudy says it once."""

    def filter(self, record):
        if record.exc_info and record.exc_info[0] and issubclass(record.exc_info[0], OSError):
            return False
        message = record.getMessage()
        return not ("StoreError" in message or "AWS Error" in message or "NETWORK_CONNECTION" in message)


STORE_NOISE_LOGGERS = ("ray.train._internal.storage", "ray.train._internal.syncer", "ray.tune.execution.tune_controller",
                       "ray.tune.execution.experiment_state")


def _fit(trainable, exp_dir: Path, param_space: dict, tune_config, total: int, remote: str | None = None,
         store_wait_s: float = STORE_WAIT_S):
    """Run one Tune experiment in exp_dir (or at the URI `remote`, with exp_dir its local copy), or
    resume it when an earlier run left its state there; mark the trials it superseded. Interrupted
    when Tune stopped on Ctrl-C."""
    from ray import tune
    from ray.tune.logger import CSVLoggerCallback, JsonLoggerCallback

    from memstudy.progress import progress_callback, store_gone

    fs, path = open_uri(remote) if remote else (None, str(exp_dir))
    if retrying(lambda: tune.Tuner.can_restore(path, storage_filesystem=fs), remote or path, store_wait_s,
                "reading Tune's experiment state") if remote else tune.Tuner.can_restore(path):
        # Finished trials are kept; unfinished ones continue from their last saved state.
        tuner = tune.Tuner.restore(path, trainable, resume_unfinished=True, resume_errored=True,
                                   param_space=param_space, storage_filesystem=fs)
    else:
        parent, name = path.rstrip("/").rsplit("/", 1)
        run_config = tune.RunConfig(
            name=name, storage_path=parent, storage_filesystem=fs, verbose=0,
            failure_config=tune.FailureConfig(max_failures=RETRIES, fail_fast=False),
            callbacks=[CSVLoggerCallback(), JsonLoggerCallback(), progress_callback(total, RETRIES)])
        tuner = tune.Tuner(trainable, param_space=param_space, tune_config=tune_config, run_config=run_config)
    lines, noise = _TuneStopLines(), _StoreNoise()
    filtered = [(logging.getLogger("ray.tune.tune"), lines)]
    if remote:
        filtered += [(logging.getLogger(name), noise) for name in STORE_NOISE_LOGGERS]
    for logger, kept in filtered:
        logger.addFilter(kept)
    try:
        grid = tuner.fit()
    except OSError as err:  # Tune reads its experiment state back from the store as it ends
        if not remote:
            raise
        gone = store_gone()  # the driver stopped the study for the store (memstudy.progress)
        raise StoreError(_stopped(gone) if gone else f"the store at {redact(remote)} is not answering "
                         f"({str(err).strip().splitlines()[0]})") from None
    finally:
        for logger, kept in filtered:
            logger.removeFilter(kept)
    if lines.interrupted:
        if tune_config.search_alg is None and not remote:
            _mark_interrupted(exp_dir)
        cause = store_gone()
        if cause:  # stopped by the driver itself (memstudy.progress): not the user's Ctrl-C
            raise StoreError(_stopped(cause))
        raise Interrupted()
    if remote:
        retrying(lambda: fetch(remote, exp_dir), remote, store_wait_s, "copying the results here")
    superseded = _mark_superseded(exp_dir, grid, searched=tune_config.search_alg is not None)
    if remote and superseded:
        from memstudy.train import STATUS_FILE

        for d in superseded:
            retrying(lambda: push(d, join(remote, d.name), files=[STATUS_FILE]), remote, store_wait_s)
    return grid


def _stopped(cause: str) -> str:
    return f"{cause}; a trial spent its retries on it, and the study stopped there rather than have every trial " \
           "still to run wait as long"


def _mark_interrupted(exp_dir: Path, settle_s: float = 10.0) -> int:
    """After Ctrl-C, a grid's trials that Tune stopped before their last epoch: their status says
    stopped_early (Ray Tune stops a trial the same way for a scheduler and for an interruption),
    but a grid has no early stopping. They say "interrupted" until the rerun continues them. A
    stopped trial writes its status as its process ends, after Tune has returned: this waits up
    to `settle_s` for the ones still saying running."""
    from memstudy.train import STATUS_FILE, write_json

    def statuses():
        out = {}
        for status_file in sorted(exp_dir.glob(f"*/{STATUS_FILE}")):
            try:
                status = json.loads(status_file.read_text())
            except (OSError, ValueError):
                continue
            if isinstance(status, dict):
                out[status_file] = status
        return out

    deadline = time.time() + settle_s
    while any(s.get("status") == "running" for s in statuses().values()) and time.time() < deadline:
        time.sleep(0.2)
    marked = 0
    for status_file, status in statuses().items():
        if status.get("status") == "stopped_early":
            write_json(status_file, {**status, "status": M.INTERRUPTED, "updated": time.time()})
            marked += 1
    return marked


def _mark_superseded(exp_dir: Path, grid, searched: bool = False) -> list[Path]:
    """Trial folders left "running" by a killed driver for trials Ray Tune had not yet recorded.

    Tune snapshots its experiment state every few seconds (and at each checkpoint); a trial started
    after the last snapshot is unknown to the resumed experiment, which runs it again from the start
    under a new id. The old folder is marked SUPERSEDED (kept, left out of the analysis). So is
    every member folder of a fused group Tune had not recorded, however the member ended: the group
    runs again with all its members (a search's group has the same Optuna trials), so a member that
    had stopped early before the kill would otherwise count twice. In a grid (not `searched`), so is
    a lone trial's folder that had ended when the resumed experiment ran the same trial again: a
    grid runs each of its trials once, and the analysis would count it twice. (A search's trial
    that ended stays: Optuna recorded that run, and a rerun is another of Optuna's trials.)
    """
    from memstudy.outcome import _read_json
    from memstudy.train import CONFIG_FILE, STATUS_FILE, member_dirs, tune_dirname, write_json

    known, ran = set(), set()
    for r in grid:
        known.add(Path(r.path).name)
        if r.config is None:  # never started
            continue
        trials = r.config.get("group") or [r.config["trial"]]
        ran.update(json.dumps(t, sort_keys=True) for t in trials)  # whole configs: names can repeat
        trial_id = Path(r.path).name.removeprefix(tune_dirname(trials, ""))  # Tune's ids hold "_" too
        known.update(d.name for d in member_dirs(exp_dir, trials, trial_id))
    superseded = []
    for status_file in sorted(exp_dir.glob(f"*/{STATUS_FILE}")):
        try:
            status = json.loads(status_file.read_text())
        except (OSError, ValueError):
            continue
        if status_file.parent.name in known or status.get("status") == M.SUPERSEDED:
            continue
        config = _read_json(status_file.parent / CONFIG_FILE)
        again = not searched and "trial" in config and json.dumps(config["trial"], sort_keys=True) in ran
        if status.get("status") == "running" or config.get("fused_group") or again:
            write_json(status_file, {**status, "status": M.SUPERSEDED, "updated": time.time(),
                                      "error": "the driver was stopped before Ray Tune recorded this trial; on resume "
                                               "it ran again from the start in another folder"})
            superseded.append(status_file.parent)
    if superseded:
        print(f"memstudy: {len(superseded)} trial folder(s) of a stopped run were superseded (ran again from the "
              f"start): {', '.join(p.name for p in superseded)}", flush=True)
    return superseded


def _visible_gpus() -> float:
    try:
        import torch

        return float(torch.cuda.device_count())
    except Exception:  # a broken CUDA install counts as no GPU; Ray would see none either
        return 0.0


def main(argv=None, prog: str = "python -m memstudy.run") -> int:
    parser = argparse.ArgumentParser(prog=prog, description=__doc__.splitlines()[0])
    parser.add_argument("study", help="a study YAML file, e.g. studies/digits.yaml")
    parser.add_argument("--storage", default="results",
                        help="results root: a folder (default: results/; on a cluster, one every node mounts) or "
                             "an object-store URI such as s3://bucket/prefix")
    parser.add_argument("--local-copy", default="results",
                        help="with a URI --storage: where the driver keeps its copy of the study (default: results/)")
    parser.add_argument("--store-wait", type=float, default=STORE_WAIT_S, metavar="SECONDS",
                        help="with a URI --storage: how long each trial and the driver wait for a store that stops "
                             f"answering before they stop (default: {STORE_WAIT_S:g}); a rerun resumes")
    parser.add_argument("--restart", action="store_true",
                        help="start over: move earlier results of this study aside instead of resuming")
    parser.add_argument("--num-gpus", type=float, default=None,
                        help="GPUs a local Ray declares (default: those torch sees); ignored with RAY_ADDRESS")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", dest="overrides",
                        help="override a key of the study file without editing it, e.g. --set trial.epochs=5 "
                             "--set grid.seed=[0]; VALUE is YAML, checked as the file is and recorded in study.json")
    parser.add_argument("--dry-run", action="store_true",
                        help="check everything a run checks before Ray starts, list the trials, run nothing")
    args = parser.parse_args(argv)
    if args.num_gpus is not None and not (math.isfinite(args.num_gpus) and args.num_gpus >= 0):
        parser.error(f"--num-gpus must be a number of GPUs >= 0, got {args.num_gpus:g}")
    if not (math.isfinite(args.store_wait) and args.store_wait > 0):
        parser.error(f"--store-wait must be a number of seconds > 0, got {args.store_wait:g}")
    from memstudy.config import cell_names, load_study  # after --help: they load torch

    try:
        spec = load_study(args.study, args.overrides)
        if args.dry_run:
            _, _, groups, _ = preflight(spec, args.storage, args.num_gpus, args.local_copy, args.restart)
            if spec.overrides:
                print("with " + " ".join(f"--set {item}" for item in spec.overrides))
            if spec.search and groups:  # the members are yet to be proposed: each cell's group sizes
                for cfg, cell in zip(spec.trials, cell_names([t.to_dict() for t in spec.trials])):
                    sizes = [len(g) for g in groups if g[0] == cfg.to_dict()]
                    print(f"{cell}: {spec.search.num_trials} trials in fused groups of "
                          f"{', '.join(map(str, sizes))}, their members proposed by Optuna")
                from memstudy.search import learning_note

                note = learning_note([len(g) for g in groups if g[0] == spec.trials[0].to_dict()], spec.search.concurrency)
                if note:
                    print(note)
                groups = []
            # Trials (a search's cells) by name, told apart where a grid over a key the name leaves
            # out (lr, a model parameter) repeats one.
            names = cell_names([t.to_dict() for t in spec.trials])
            shown = {json.dumps(t.to_dict(), sort_keys=True): name for t, name in zip(spec.trials, names)}
            for i, group in enumerate(groups, 1):
                print(f"group {i}: {len(group)} trial{'s' * (len(group) > 1)}")
                for t in group:
                    print(f"  {shown[json.dumps(t, sort_keys=True)]}")
            if not groups:
                for name in names:
                    print(name)
            if groups:
                sizes = ", ".join(str(len(g)) for g in groups)
                print(f"{len(spec.trials)} trials in {len(groups)} fused group{'s' * (len(groups) > 1)} (sizes {sizes})")
            elif spec.search:
                print(f"{len(spec.trials)} grid cells, an Optuna search of {spec.search.num_trials} trials in each "
                      f"over {', '.join(spec.search.params)}")
            else:
                print(f"{len(spec.trials)} trials")
            return 0
        result = run_study(spec, storage=args.storage, restart=args.restart, num_gpus=args.num_gpus,
                           local_copy=args.local_copy, store_wait_s=args.store_wait)
    except ConfigError as err:
        print(f"memstudy: error: {err}", file=sys.stderr)
        return 2
    except StoreError as err:
        print(f"memstudy: error: {err}; what finished is kept: rerun the same command once it answers",
              file=sys.stderr)
        return 1
    except (Interrupted, KeyboardInterrupt):
        print("memstudy: interrupted; rerun the same command to resume", file=sys.stderr, flush=True)
        return 130
    print(f"memstudy: {len(result.finished)} trials finished, {len(result.failed)} failed; results in {result.study_dir}")
    for name, error in sorted(result.failed.items()):
        print(f"  FAILED {name}: {error}")
    if result.failed and getattr(result, "ray_logs", None):
        print(f"  Ray's own logs (not copied into the study): {result.ray_logs}")
    from memstudy.outcome import outcome_lines

    try:
        print("\n".join(outcome_lines(result.study_dir, spec.search.to_dict() if spec.search else None, prog)))
    except (OSError, ValueError) as err:  # a file the table cannot read: the results are there all the same
        print(f"memstudy: no end-of-study table ({err}); browse: tensorboard --logdir {result.study_dir}")
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
