"""Read a study's results folder (event files, config.json, status.json) into one tidy table.

One row per (trial, epoch, metric). Unfinished and failed trials stay in the table with their
status, so a study that is still running can be analysed. Ray Tune's own state is never read.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from memstudy.metrics import EPOCH_METRICS, SUPERSEDED

COLUMNS = ["trial", "dataset", "model", "loss", "loss_params", "loss_label", "symmetric", "noise", "eta", "seed",
           "num_classes", "status", "epoch", "metric", "value"]


def _params_text(params: dict) -> str:
    return ",".join(f"{k}={v:g}" if isinstance(v, (int, float)) else f"{k}={v}" for k, v in sorted(params.items()))


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


def _scalars(tb_dir: Path) -> dict[str, list]:
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    if not tb_dir.is_dir():
        return {}
    acc = EventAccumulator(str(tb_dir), size_guidance={"scalars": 0})
    acc.Reload()
    return {tag: [(e.step, e.value) for e in acc.Scalars(tag)] for tag in acc.Tags()["scalars"]}


def trial_folders(study_dir: str | Path) -> list[Path]:
    """Trial folders of a grid study (study/<trial>) and of a search study (study/<cell>/<trial>),
    without those a resumed run superseded (memstudy.metrics.SUPERSEDED)."""
    study_dir = Path(study_dir)
    found = list(study_dir.glob("*/config.json")) + list(study_dir.glob("*/*/config.json"))
    return sorted(p.parent for p in found if _read_json(p.parent / "status.json").get("status") != SUPERSEDED)


def study_objective(study_dir: str | Path) -> str | None:
    """The search objective named in the study's study.json, or None for a grid study."""
    search = _read_json(Path(study_dir) / "study.json").get("search") or {}
    return search.get("objective")


def load_table(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    for folder in trial_folders(study_dir):
        config = _read_json(folder / "config.json")
        trial = config.get("trial", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": folder.relative_to(study_dir).as_posix(), "dataset": trial.get("dataset"), "model": trial.get("model"),
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "noise": trial.get("noise"), "eta": trial.get("eta"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)

