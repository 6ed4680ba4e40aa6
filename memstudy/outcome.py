"""What a study ended with, printed by the driver once it ends: per setting the final J1, J2, test
accuracy and flip epoch averaged over seeds (a grid), or each grid cell's best parameters and
objective (a search), read from what the trials wrote, as the analysis reads it (without pandas).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from memstudy import metrics as M
from memstudy.config import flat_settings
from memstudy.train import CONFIG_FILE, STATUS_FILE, TB_DIR

# Trials that differ only in these are one setting (averaged over seeds), as in analysis.table;
# a preset's name only fills in the other keys.
SEED_KEYS = ("seed", "noise_seed", "data_seed")
NAME_KEYS = ("preset",)
SHOWN = ("dataset", "model", "loss", "loss_params", "noise", "eta")  # columns of their own
# A trial's status (status.json) other than finished: why it is not in the table.
LEFT_OUT = {"failed": "failed", M.SUPERSEDED: "superseded", "stopped_early": "stopped early",
            M.INTERRUPTED: "interrupted"}


@dataclass
class Trial:
    """One finished trial as its files say: its folder (relative to the study), resolved config and
    epoch-by-epoch scalars."""
    name: str
    config: dict
    curves: dict  # metric -> {epoch: value}
    flip_rate: float | None = None  # the realised flip rate ρ of its training labels

    def curve(self, *metrics) -> tuple[list, ...]:
        """The epochs at which every one of `metrics` was logged, in order, and each metric's values there."""
        epochs = sorted(set.intersection(*(set(self.curves.get(m, {})) for m in metrics)))
        return (epochs, *([self.curves[m][e] for e in epochs] for m in metrics))

    def final(self, metric: str) -> float:
        """`metric` at the last epoch with J1, J2 and test accuracy logged (the analysis' trial table's last row)."""
        values = self.curve(M.J1, M.J2, M.TEST_ACC, metric)[-1]
        return values[-1] if values else math.nan


@dataclass
class Trials:
    finished: list = field(default_factory=list)   # Trial
    left_out: dict = field(default_factory=dict)   # why (failed, superseded, stopped early, ...) -> count


def _read_json(path: Path) -> dict:
    """A JSON object from `path`; {} when it is missing, unreadable or not an object."""
    try:
        value = json.loads(path.read_text())
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def candidate_folders(study_dir: str | Path) -> list[Path]:
    """The folders that may hold a trial (a config.json): study/<trial> in a grid, study/<cell>/<trial>
    in a search (both when no study.json tells), none reached through a link (its files would come
    from outside the study)."""
    study_dir = Path(study_dir)
    record = study_dir / "study.json"
    patterns = [f"*/{CONFIG_FILE}", f"*/*/{CONFIG_FILE}"]
    if record.is_file():
        patterns = [f"*/*/{CONFIG_FILE}"] if _read_json(record).get("search") else [f"*/{CONFIG_FILE}"]
    found = [p.parent for pattern in patterns for p in study_dir.glob(pattern)]
    return sorted(folder for folder in found
                  if not any(part.is_symlink() for part in [folder, *folder.parents][: len(folder.relative_to(study_dir).parts)]))


def damage(config: dict, status: dict, epochs: list) -> str | None:
    """Why a trial folder's files cannot be believed, or None: a config.json without its trial or
    noise record; event files that end before the epoch status.json says the trial reached (a cut
    or damaged file: TensorBoard reads up to the damage), or with epochs missing."""
    trial = config.get("trial")
    if not isinstance(trial, dict) or not trial:
        return "config.json is missing or unreadable"
    if (trial.get("eta") or 0) > 0 and not isinstance((config.get("noise") or {}).get("realised_rate"), (int, float)):
        return "config.json has no noise record (the realised flip rate)"
    reached = status.get("epoch")
    if not epochs:
        return "no epoch in its TensorBoard files" if reached or status.get("status") == "finished" else None
    if sorted(epochs) != list(range(len(epochs))):
        return f"its TensorBoard files miss epochs (they hold {len(epochs)} epochs up to {max(epochs)})"
    if isinstance(reached, int) and max(epochs) < reached:
        return (f"its TensorBoard files end at epoch {max(epochs)}, but status.json says it reached epoch {reached} "
                "(a cut or damaged event file)")
    return None


def read_trials(study_dir: str | Path, metrics=(M.J1, M.J2, M.TEST_ACC)) -> Trials:
    """The study's finished trials (a grid's study/<trial>, a search's study/<cell>/<trial>) with the
    scalars `metrics`, and how many were left out and why: failed, superseded by a resumed run,
    stopped early (a search's ASHA), unfinished, or a rerun of a config another folder holds."""
    study_dir = Path(study_dir)
    out, seen = Trials(), set()
    for folder in candidate_folders(study_dir):
        recorded = _read_json(folder / STATUS_FILE)
        status = recorded.get("status", "unknown")
        full = _read_json(folder / CONFIG_FILE)
        config = full.get("trial", {})
        if status != "finished":
            why = LEFT_OUT.get(status, "unfinished")
            out.left_out[why] = out.left_out.get(why, 0) + 1
            continue
        key = json.dumps(config, sort_keys=True)
        if key in seen:  # one config run twice is one run, never two seeds (analysis.table.reruns)
            out.left_out["reruns"] = out.left_out.get("reruns", 0) + 1
            continue
        scalars = M.read_scalars(folder / TB_DIR)
        if damage(full, recorded, [step for step, _ in scalars.get(M.J1, [])]):  # as the analysis leaves it out
            out.left_out["damaged"] = out.left_out.get("damaged", 0) + 1
            continue
        seen.add(key)
        out.finished.append(Trial(folder.relative_to(study_dir).as_posix(), config,
                                  {m: dict(scalars.get(m, [])) for m in metrics},
                                  (full.get("noise") or {}).get("realised_rate")))
    return out


def resume_note(study_dir: str | Path) -> str:
    """What a rerun finds in the study's trial folders, before it resumes: how many trials finished,
    stopped early or failed, and how many were interrupted (they continue from their last saved
    state; the epoch each had logged). A fused group's members count one by one."""
    counts, epochs = {}, []
    for folder in candidate_folders(study_dir):
        status = _read_json(folder / STATUS_FILE)
        state = status.get("status", "unknown")
        if state in ("running", M.INTERRUPTED):  # a killed driver's, or a grid's after Ctrl-C
            epochs.append(status.get("epoch") or 0)
            state = "running"
        counts[state] = counts.get(state, 0) + 1
    names = {"finished": "finished", "failed": "failed", M.SUPERSEDED: M.SUPERSEDED,
             "stopped_early": "stopped before their last epoch (by early stopping, or by the interruption: those "
                              "continue)"}
    parts = [f"{counts[s]} {name}" for s, name in names.items() if counts.get(s)]
    if epochs:
        span = f"epoch {min(epochs)}" if min(epochs) == max(epochs) else f"epochs {min(epochs)}-{max(epochs)}"
        parts.append(f"{len(epochs)} interrupted at {span} (they continue from their last saved state)")
    return ("trial folders: " + ", ".join(parts)) if parts else "no trial had started"


def _number(value) -> str:
    return f"{value:g}" if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    return ["  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip() for r in [header, *rows]]


def _left_out_line(left_out: dict) -> list[str]:
    if not left_out:
        return []
    return [f"left out: {', '.join(f'{n} {why}' for why, n in sorted(left_out.items()))} "
            f"(trial folders not in the table)"]


def grid_lines(study_dir: str | Path, patience: int = M.FLIP_PATIENCE) -> list[str]:
    """One row per setting (every key but the seeds), its finished trials averaged: n, final J1,
    J2, test accuracy, and the flip epoch (memstudy.metrics.flip_epoch) averaged over the runs that
    flipped, with how many did ("-" when none)."""
    trials = read_trials(study_dir)
    settings: dict[str, list[Trial]] = {}
    for t in trials.finished:
        key = json.dumps({k: v for k, v in t.config.items() if k not in SEED_KEYS + NAME_KEYS}, sort_keys=True)
        settings.setdefault(key, []).append(t)
    # Keys besides the shown ones that differ between settings of one dataset and model: a column.
    other: dict[str, str] = {}
    by_pair: dict[tuple, list[str]] = {}
    for key in settings:
        config = json.loads(key)
        by_pair.setdefault((config.get("dataset"), config.get("model")), []).append(key)
    for keys in by_pair.values():
        flats = {key: {k: v for k, v in flat_settings(json.loads(key)).items() if k.split(".")[0] not in SHOWN}
                 for key in keys}
        names = sorted({k for f in flats.values() for k in f})
        differ = [k for k in names if len({f.get(k) for f in flats.values()}) > 1]
        other.update({key: ",".join(f"{k}={flats[key].get(k)}" for k in differ) for key in keys})
    rows = []
    for key, group in sorted(settings.items(), key=lambda item: _order(json.loads(item[0]))):
        config = json.loads(key)
        params = ",".join(f"{k}={_number(v)}" for k, v in sorted(config.get("loss_params", {}).items()))
        flips = []
        for t in group:
            epochs, j1, j2, _ = t.curve(M.J1, M.J2, M.TEST_ACC)
            flip = M.flip_epoch(epochs, j1, j2, t.flip_rate, patience)
            if flip is not None:
                flips.append(flip)
        dataset = config.get("dataset")
        if dataset == "arrays" and config.get("dataset_params", {}).get("path"):
            dataset = Path(config["dataset_params"]["path"]).stem  # a researcher's .npz, named after its file
        rows.append([dataset, config.get("model"), f"{config.get('loss')}({params})" if params else config.get("loss"),
                     config.get("noise"), _number(config.get("eta")), other[key], str(len(group)),
                     *(f"{sum(t.final(m) for t in group) / len(group):.3f}" for m in (M.J1, M.J2, M.TEST_ACC)),
                     f"{sum(flips) / len(flips):.1f} ({len(flips)}/{len(group)})" if flips else "-"])
    header = ["dataset", "model", "loss", "noise", "eta", "other", "n", "J1", "J2", "test", "flip"]
    if not any(r[5] for r in rows):
        header.pop(5)
        rows = [r[:5] + r[6:] for r in rows]
    lines = [f"Per setting, the mean over its n seeds at the last epoch. flip: the epoch J1 overtook J2 for good "
             f"({patience} epochs) after J2 had led (each by {M.FLIP_MARGIN:g}ρ or more), mean over the runs that "
             "flipped (flipped/n); -: none flipped"]
    lines += _table(header, rows) if rows else ["(no finished trial)"]
    return lines + _left_out_line(trials.left_out)


def _order(config: dict) -> tuple:
    return (str(config.get("dataset")), str(config.get("model")), str(config.get("loss")),
            json.dumps(config.get("loss_params", {}), sort_keys=True), str(config.get("noise")), config.get("eta") or 0)


def _get(config: dict, path: str):
    for key in path.split("."):
        config = config.get(key, {}) if isinstance(config, dict) else {}
    return config


def search_lines(study_dir: str | Path, search: dict) -> list[str]:
    """Per grid cell, the best finished trial of its search (as Optuna's best_trial: trials stopped
    early are pruned, not candidates): the searched parameters, named as in the study file, and its
    objective at the last epoch."""
    objective, direction = search["objective"], search["direction"]
    trials = read_trials(study_dir, (M.J1, M.J2, M.TEST_ACC, objective))
    cells: dict[str, list[Trial]] = {}
    for t in trials.finished:
        cells.setdefault(t.name.split("/")[0], []).append(t)
    rows = []
    for cell, group in sorted(cells.items()):
        scored = [(t.final(objective), t) for t in group if not math.isnan(t.final(objective))]
        if not scored:
            continue
        value, best = (max if direction == "max" else min)(scored, key=lambda pair: pair[0])
        params = " ".join(f"{path}={_number(_get(best.config, path))}" for path in search["params"])
        rows.append([cell, str(len(group)), params, f"{value:.4f}", best.name.split("/", 1)[1]])
    lines = [f"Per grid cell, its search's best finished trial by {objective} at the last epoch ({direction})"]
    lines += _table(["cell", "finished", "best_params", "best_value", "trial"], rows) if rows else \
        ["(no finished trial)"]
    return lines + _left_out_line(trials.left_out)


def outcome_lines(study_dir: str | Path, search: dict | None = None, prog: str = "memstudy run") -> list[str]:
    """What the driver prints once a study ends: its table (grid_lines, or search_lines for the
    study's `search`, as StudySpec.to_dict has it) and the commands to go on with."""
    lines = search_lines(study_dir, search) if search else grid_lines(study_dir)
    analyse = "memstudy analyse" if prog.startswith("memstudy") else "python -m analysis"
    return lines + [f"next: {analyse} {study_dir}    (tables, figures and the claims report)",
                    f"      tensorboard --logdir {study_dir}    (every metric per epoch, the HParams view)"]
