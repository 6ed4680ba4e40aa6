"""A study's progress line while Tune runs: counts, the best J2, the time left, and one line per
trial that fails or is retried."""

from __future__ import annotations

import time
from pathlib import Path

from memstudy import metrics as M
from memstudy.train import FAILED, tune_dirname


def trial_epochs(config: dict, status: str, last_epoch) -> tuple[int, int]:
    """(trial-epochs trained, trial-epochs in all) of one Tune trial: a trial, or a fused group
    whose members all train its epochs. A trial that ended has nothing left to train."""
    trials = config.get("group") or [config["trial"]]
    total = len(trials) * int(trials[0]["epochs"])
    if status in ("TERMINATED", "ERROR"):
        return total, total
    return len(trials) * int(last_epoch or 0), total


def time_left(elapsed: float, done: float, total: float) -> str:
    """An estimate of the time left when `done` of `total` units took `elapsed` seconds ("-" before
    the first), rounded to the second (to the minute past an hour)."""
    if done <= 0:
        return "-"
    seconds = round(elapsed * max(total - done, 0) / done)
    if seconds >= 3600:
        minutes = round(seconds / 60)
        return f"{minutes // 60}h{minutes % 60:02d}m"
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"


def _failed(result) -> str | None:
    """The error a Tune trial ended with by itself (its last result says), or None."""
    return (result or {}).get(FAILED)


def _state(trial) -> str:
    """A Tune trial's status, ERROR also for a trial that ended by failing for good."""
    return "ERROR" if trial.status == "TERMINATED" and _failed(trial.last_result) else trial.status


def _members(trial) -> int:
    """How many of the study's trials a Tune trial trains: a fused group's members, or one."""
    return len((trial.config or {}).get("group") or [None])


def _noisy_j2(trial):
    """The J2 a Tune trial last reported for its runs with eta > 0 (a group: the best of them), or None."""
    result, config = trial.last_result or {}, trial.config or {}
    if "group" in config:
        return result.get(M.BEST_NOISY_J2)
    return result.get(M.J2) if (config.get("trial") or {}).get("eta", 0) > 0 else None


# Why the driver stopped its study itself: a trial failed for good because the store stopped
# answering (its retries spent), and every trial still to run would wait out the same retries.
_stopped_for = {"store": None}


def store_gone() -> str | None:
    """The store failure this driver stopped its study for (then cleared), or None."""
    cause, _stopped_for["store"] = _stopped_for["store"], None
    return cause


def _stop_study_for_the_store(cause: str):
    """Stop the study as Ctrl-C does (Ray Tune saves it and stops its trials, which the rerun
    continues), once. Not under Ray Client, whose Tune loop runs in a process on the cluster."""
    import os
    import signal

    if _stopped_for["store"] is None and not os.environ.get("RAY_ADDRESS", "").startswith("ray://"):
        _stopped_for["store"] = cause
        os.kill(os.getpid(), signal.SIGINT)


def progress_callback(total: int, retries: int):
    """The Tune callback that prints a study's progress line and its trials' failures and retries.
    `total`: the study's trials (a fused group counts as its members)."""
    from ray import tune

    class Progress(tune.Callback):
        """A line when the counts change (at most every total/30 s) and every 15 s otherwise: the
        trials done, running, pending and failed (a fused group's members each count), the best J2
        among the runs with noisy labels (eta > 0; a clean run's J2 is its J1, near 1, and tells
        nothing), and an estimate of the time left from the trial-epochs trained in this run (a
        resumed study's earlier epochs took no time here)."""

        def __init__(self):
            self.last_line, self.last_time, self.start = None, 0.0, time.time()
            self.before = {}  # trial id -> trial-epochs it had when this run first saw it

        def on_step_end(self, iteration, trials, **info):
            done = running = failed = 0
            for t in trials:
                state, n = _state(t), _members(t)
                if state == "TERMINATED":  # a group's members that failed alone are not done
                    alive = (t.last_result or {}).get("trials_alive", n) if n > 1 else n
                    done, failed = done + alive, failed + n - alive
                elif state == "ERROR":
                    failed += n
                elif state == "RUNNING":
                    running += n
            pending = total - done - running - failed
            j2 = [v for v in map(_noisy_j2, trials) if v is not None]
            best = f"{max(j2):.3f}" if j2 else "-"
            trained = known = 0
            for t in trials:
                epochs, planned_t = trial_epochs(t.config, t.status, (t.last_result or {}).get("epoch"))
                before = self.before.setdefault(t.trial_id, epochs)
                trained += epochs - before
                known += planned_t - before
            # Trials a search has yet to propose: as long as the ones it proposed.
            seen = sum(_members(t) for t in trials)
            planned = known + max(total - seen, 0) * known / max(seen, 1)
            left = time_left(time.time() - self.start, trained, planned)
            line = (f"done {done}/{total}  running {running}  pending {pending}  failed {failed}  "
                    f"best J2 (eta > 0) {best}  time left {left}")
            now = time.time()
            since = now - self.last_time
            # A line when the counts change, at most every total/30 s (a few hundred trials end in
            # bursts), else every 15 s; always the last.
            counted = (self.last_line or "")[:30] != line[:30]
            if line != self.last_line and (since > 15 or (counted and since >= min(10.0, total / 30))
                                           or done + failed == total):
                print(f"[{now - self.start:6.0f}s] {line}", flush=True)
                self.last_line, self.last_time = line, now

        def on_trial_error(self, iteration, trials, trial, **info):
            cause = _store_cause(_error_text(trial))
            print(f"memstudy: trial {_dirname(trial)} failed" + (f": {cause}" if cause else
                                                                  f"; see {trial.local_path}/error.txt"), flush=True)
            if cause:  # its retries spent on a store that does not answer: the others would wait as long
                _stop_study_for_the_store(cause)

        def on_trial_complete(self, iteration, trials, trial, **info):
            if _failed(trial.last_result):
                print(f"memstudy: trial {_dirname(trial)} failed: {_failed(trial.last_result)}", flush=True)

        def on_trial_recover(self, iteration, trials, trial, **info):
            cause = _store_cause(_error_text(trial)) or "lost its worker (a node gone?)"
            print(f"memstudy: trial {_dirname(trial)} stopped: {cause}; it continues from its last saved state "
                  f"(retry {trial.num_failures} of {retries})", flush=True)

    return Progress()


def _store_cause(error: str) -> str | None:
    """The StoreError's message in a trial's error text, or None."""
    if "StoreError: " not in error:
        return None
    return error[error.rindex("StoreError: "):].splitlines()[0].removeprefix("StoreError: ")


def _error_text(trial) -> str:
    """The error a Tune trial failed with, as Tune wrote it ('' when there is none to read)."""
    try:
        path = trial.error_file
        return Path(path).read_text() if path and Path(path).is_file() else ""
    except (AttributeError, OSError):
        return ""


def _dirname(trial) -> str:
    return tune_dirname(trial.config.get("group") or [trial.config["trial"]], trial.trial_id)
