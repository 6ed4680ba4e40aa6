"""Read a study's results folder (event files, config.json, status.json) into one tidy table.

One row per (trial, epoch, metric). Unfinished and failed trials stay in the table with their
status, so a study that is still running can be analysed. Ray Tune's own state is never read.
Trials are averaged later only when their resolved configs differ in their seeds alone: every
other setting that differs between trials of a dataset and model is named in `variant`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from memstudy.config import flat_settings
from memstudy.metrics import EPOCH_METRICS, J1, J2, PROTOCOLS, SUPERSEDED, read_scalars
from memstudy.outcome import _read_json, candidate_folders, damage

COLUMNS = ["trial", "dataset", "model", "variant", "base_variant", "loss", "loss_params", "loss_label", "symmetric", "symmetry_constant",
           "noise", "eta", "flip_rate", "test_flip_rate", "seed", "noise_seed", "num_classes", "status", "epoch", "metric",
           "value"]
# Config keys that are columns of their own, and the seeds: trials that differ only in these are
# the same setting (averaged over seeds); any other key that differs makes a variant.
OWN_COLUMNS = ("dataset", "model", "loss", "loss_params", "eta")
SEED_KEYS = ("seed", "noise_seed", "data_seed")
NAME_KEYS = ("preset",)  # a preset's name: it only fills in the other keys
DAMAGED = "damaged"  # the status of a trial folder whose files cannot be believed (see damage)


def _params_text(params: dict) -> str:
    return ",".join(f"{k}={v:g}" if isinstance(v, (int, float)) else f"{k}={v}" for k, v in sorted(params.items()))


def trial_folders(study_dir: str | Path) -> list[Path]:
    """Trial folders of a grid study (study/<trial>) and of a search study (study/<cell>/<trial>; a
    study.json that names no search: a grid, whose folders are one level down only), without those
    a resumed run superseded (memstudy.metrics.SUPERSEDED) and those reached through a link (whose
    files would come from outside the study)."""
    return [folder for folder in candidate_folders(study_dir)
            if _read_json(folder / "status.json").get("status") != SUPERSEDED]


def dataset_label(name: str, params: dict) -> str:
    """The dataset's name in tables and figures: a researcher's own .npz (dataset `arrays`) is named
    after its file."""
    if name == "arrays" and params.get("path"):
        return Path(params["path"]).stem
    return name


def variants(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in flat_settings(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get("model")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def study_objective(study_dir: str | Path) -> str | None:
    """The search objective named in the study's study.json, or None for a grid study."""
    search = _read_json(Path(study_dir) / "study.json").get("search") or {}
    return search.get("objective")


def studies_inside(folder: str | Path) -> list[str]:
    """The studies (sub-folders with a study.json) in a folder that is not a study itself."""
    folder = Path(folder)
    if (folder / "study.json").exists():
        return []
    return sorted(p.parent.name for p in folder.glob("*/study.json"))


def reruns(folders: dict[str, Path], configs: dict[str, dict]) -> dict[str, str]:
    """Trial folders whose resolved trial config (seeds included) repeats another's: {rerun: kept}.
    Runs of one config are one run, never several seeds; the one kept is a finished run if there is
    one, else the first by name."""
    by_config: dict[str, list[str]] = {}
    for name in sorted(folders):
        by_config.setdefault(json.dumps(configs[name].get("trial", {}), sort_keys=True), []).append(name)
    out = {}
    for names in by_config.values():
        if len(names) > 1:
            kept = min(names, key=lambda n: (_read_json(folders[n] / "status.json").get("status") != "finished", n))
            out.update({n: kept for n in names if n != kept})
    return out


def load_table(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS).

    A folder that holds several studies is refused with their names (their trials are no one
    study's seeds). Trial folders that repeat another's config are left out (`table.attrs["reruns"]`
    names them and the run kept)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    inside = studies_inside(study_dir)
    if inside:
        raise ValueError(f"{study_dir} is a folder of {len(inside)} studies ({', '.join(inside)}), not one study: "
                         f"analyse each on its own, e.g. python -m analysis {study_dir / inside[0]}")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    repeated = reruns(folders, configs)
    folders = {name: folder for name, folder in folders.items() if name not in repeated}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    # A search's values of keys other than the loss's parameters (lr, batch_size, ...) make variants:
    # trials at two learning rates are no seeds of one setting. `base_variant` leaves every searched
    # key out, for the alpha section, which sets a search's alphas side by side across them.
    trial_configs = {name: config.get("trial", {}) for name, config in configs.items()}
    variant, base_variant = variants(trial_configs), variants(trial_configs, searched)
    damaged = {}
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial") if isinstance(config.get("trial"), dict) else {}
        noise = config.get("noise") if isinstance(config.get("noise"), dict) else {}
        recorded = _read_json(folder / "status.json")
        status = recorded.get("status", "unknown")
        scalars = {m: p for m, p in read_scalars(folder / "tb").items() if m in EPOCH_METRICS}
        why = damage(config, recorded, [step for step, _ in scalars.get(J1, [])])
        if why:
            damaged[name], status = why, DAMAGED
            if not trial:  # nothing says what it was: no rows (the report names it)
                continue
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": dataset_label(trial.get("dataset"), trial.get("dataset_params", {})),
            "model": trial.get("model"), "variant": variant[name], "base_variant": base_variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "noise_seed": noise.get("seed", trial.get("seed")),
            "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in scalars.items():
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    table = pd.DataFrame(rows, columns=COLUMNS)
    table.attrs["reruns"] = repeated
    table.attrs["damaged"] = damaged  # folder -> why its files cannot be believed (status "damaged")
    return table


def with_protocol(table: pd.DataFrame, protocol: str) -> pd.DataFrame:
    """The table with J1 and J2 as `protocol` measured them (memstudy.metrics.PROTOCOLS): "eval",
    the end-of-epoch evaluation in eval mode, or "online", the training steps' own predictions
    during each epoch (the paper's authors' protocol; there is none at epoch 0)."""
    if protocol not in PROTOCOLS:
        raise ValueError(f"unknown J1/J2 protocol {protocol!r}; one of {', '.join(PROTOCOLS)}")
    j1, j2 = PROTOCOLS[protocol]
    if (j1, j2) == (J1, J2):
        return table
    chosen = table[table.metric.isin([j1, j2])].replace({"metric": {j1: J1, j2: J2}})
    return pd.concat([table[~table.metric.isin([J1, J2, j1, j2])], chosen], ignore_index=True)
