"""Which examples are memorised, and when: per-example statistics from each epoch's predictions.

Trials that record predictions (the default) keep each training example's predicted class after
every epoch (predictions.npz: `predicted`, the end-of-epoch evaluation in eval mode, epochs
0..E) and its loss against the clean label at epoch 1. Where a trial also kept the training
steps' own predictions (`online`, [examples, E]: each example's predicted class when it was
presented in epochs 1..E, train mode), those are read too. From them:
- a flipped example's **memorisation epoch**: the first epoch (1 or later) from which it is
  predicted as its noisy label at every later epoch (none if not at the last);
- a clean example's **learning epoch**: the same for its (clean) label;
- **forgetting events** of clean examples (Toneva et al. 2019): predicted right at one presentation,
  wrong at the next. Counted from the online predictions (one per presentation, Toneva's
  definition) where a trial recorded them, and, as a second, named statistic, from the eval-mode
  end-of-epoch predictions; either way from epoch 1 on (the untrained network's epoch 0 -> 1
  transition is no forgetting);
- whether memorisation follows **difficulty**: the Spearman rank correlation, over the flipped
  examples a run memorised, between the clean label's loss at epoch 1 and the memorisation epoch.

Under `--protocol online` the memorisation and learning epochs come from the online predictions;
trials without them give no per-example rows, and the report says so.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.summary import SETTING

PREDICTIONS_FILE, PREDICTIONS_RAW, LABELS_FILE = "predictions.npz", "predictions.raw", "labels.npz"
ONLINE_KEY = "online"  # predictions.npz's array of the training steps' own predictions, [examples, epochs 1..E]
NO_PREDICTION = -1     # epoch 0's column of the online predictions: the untrained network made none
MIN_EXAMPLES = 10  # fewer memorised examples than this give no rank correlation


def load_predictions(trial_dir: Path):
    """(predicted classes [examples, epochs 0..E], clean-label losses at epoch 1 or None, online
    predictions [examples, epochs 0..E] with NO_PREDICTION at epoch 0, or None), or None for a trial
    that recorded none. A running trial's epoch-by-epoch rows are read as they are."""
    trial_dir = Path(trial_dir)
    if (trial_dir / PREDICTIONS_FILE).exists():
        with np.load(trial_dir / PREDICTIONS_FILE) as f:
            online = None
            if ONLINE_KEY in f:
                online = np.concatenate([np.full((len(f[ONLINE_KEY]), 1), NO_PREDICTION),
                                         f[ONLINE_KEY].astype(np.int64)], axis=1)
            return f["predicted"], (f["clean_loss_epoch1"] if "clean_loss_epoch1" in f else None), online
    raw = trial_dir / PREDICTIONS_RAW
    if raw.exists() and (trial_dir / LABELS_FILE).exists():
        with np.load(trial_dir / LABELS_FILE) as labels:
            n = len(labels["clean"])
        classes = json.loads((trial_dir / "config.json").read_text())["data"]["num_classes"]
        data = np.fromfile(raw, dtype=np.uint8 if classes <= 256 else np.uint16)
        rows = len(data) // n  # a row being written is left out
        if rows:
            return data[: rows * n].reshape(rows, n).T, None, None
    return None


def settled_epoch(hits: np.ndarray) -> np.ndarray:
    """Per example (a row of `hits` [examples, epochs]: True where the prediction matched), the first
    epoch of 1 or later from which it matches at every later epoch; NaN when it does not at the last."""
    from_here_on = np.flip(np.logical_and.accumulate(np.flip(hits, axis=1), axis=1), axis=1)[:, 1:]
    first = np.argmax(from_here_on, axis=1) + 1.0
    first[~hits[:, -1]] = np.nan
    return first


def forgetting_events(hits: np.ndarray) -> np.ndarray:
    """Per example (a row of `hits` [examples, epochs 0..E]), how often it was predicted right at one
    epoch and wrong at the next, from epoch 1 on: the untrained network's epoch 0 is left out."""
    hits = hits[:, 1:]
    return (hits[:, :-1] & ~hits[:, 1:]).sum(axis=1)


def spearman(a, b) -> float:
    """Spearman's rank correlation (average ranks for ties); NaN when either side is constant."""
    ra, rb = pd.Series(a).rank().values, pd.Series(b).rank().values
    if ra.std() == 0 or rb.std() == 0:
        return np.nan
    return float(np.corrcoef(ra, rb)[0, 1])


def trial_examples(predicted: np.ndarray, clean: np.ndarray, noisy: np.ndarray, difficulty=None,
                   online: np.ndarray | None = None, evaluated: np.ndarray | None = None) -> dict:
    """The per-example statistics of one trial, as arrays and summary numbers. `predicted` gives the
    memorisation and learning epochs; forgetting is counted on `online` (Toneva's presentations)
    where given, and on `evaluated` (the end-of-epoch predictions; by default `predicted`) as the
    eval statistic."""
    evaluated = predicted if evaluated is None else evaluated
    flipped = noisy != clean
    memorised = settled_epoch(predicted[flipped] == noisy[flipped, None])
    learned = settled_epoch(predicted[~flipped] == clean[~flipped, None])
    forgets = {"eval": forgetting_events(evaluated[~flipped] == clean[~flipped, None]),
               "online": (forgetting_events(online[~flipped] == clean[~flipped, None]) if online is not None
                          else None)}
    out = {"flipped": int(flipped.sum()), "memorisation_epoch": memorised, "learning_epoch": learned,
           # which examples the flipped ones are, with their given (noisy) and clean labels: for the figure of them
           "flipped_index": np.flatnonzero(flipped), "given_label": noisy[flipped], "clean_label": clean[flipped],
           "forgetting_events": forgets["online"] if online is not None else forgets["eval"],
           "epochs": predicted.shape[1] - 1,
           "memorised_share": float(np.isfinite(memorised).mean()) if flipped.any() else np.nan,
           "median_memorisation_epoch": float(np.nanmedian(memorised)) if np.isfinite(memorised).any() else np.nan,
           "learned_share": float(np.isfinite(learned).mean()) if (~flipped).any() else np.nan,
           "median_learning_epoch": float(np.nanmedian(learned)) if np.isfinite(learned).any() else np.nan,
           "difficulty_spearman": np.nan}
    for kind, events in forgets.items():
        usable = events is not None and len(events)
        out[f"forgetting_{kind}_mean"] = float(events.mean()) if usable else np.nan
        out[f"forgotten_{kind}_share"] = float((events > 0).mean()) if usable else np.nan
    if difficulty is not None:
        hard = difficulty[flipped].astype(float)
        out["difficulty"] = hard
        done = np.isfinite(memorised)
        if done.sum() >= MIN_EXAMPLES:
            out["difficulty_spearman"] = spearman(hard[done], memorised[done])
    return out


SUMMARY_COLUMNS = ["flipped", "memorised_share", "median_memorisation_epoch", "learned_share", "median_learning_epoch",
                   "forgetting_online_mean", "forgotten_online_share", "forgetting_eval_mean", "forgotten_eval_share",
                   "difficulty_spearman"]


def examples_table(study_dir: str | Path, trials: pd.DataFrame, protocol: str = "eval") -> tuple[pd.DataFrame, dict, str]:
    """One row per trial that recorded predictions (its description and the summary numbers), each
    trial's arrays (for the figures), and a sentence saying which predictions they come from.
    Under the online protocol the memorisation and learning epochs come from the online
    predictions, and trials that kept none are left out."""
    study_dir = Path(study_dir)
    rows, arrays, without_online, unreadable = [], {}, 0, {}
    for _, trial in trials.iterrows():
        folder = study_dir / trial.trial
        try:
            loaded = load_predictions(folder)
            if loaded is None or not (folder / LABELS_FILE).exists():
                continue
            predicted, difficulty, online = loaded
            evaluated = predicted  # the eval forgetting statistic, under either protocol
            without_online += online is None
            if protocol == "online":
                if online is None:
                    continue
                predicted = online
            with np.load(folder / LABELS_FILE) as labels:
                clean, noisy = labels["clean"], labels["noisy"]
            if predicted.ndim != 2 or not len(predicted) == len(clean) == len(noisy):
                raise ValueError(f"{PREDICTIONS_FILE} holds {len(predicted)} examples, {LABELS_FILE} "
                                 f"{len(clean)} clean and {len(noisy)} noisy labels")
            stats = trial_examples(predicted.astype(np.int64), clean, noisy, difficulty, online,
                                   evaluated.astype(np.int64))
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as err:
            unreadable[trial.trial] = f"{type(err).__name__}: {err}"
            continue
        arrays[trial.trial] = stats
        rows.append({**{k: trial[k] for k in ["trial"] + SETTING + ["loss_label", "eta", "seed", "status"]},
                     "epochs": stats["epochs"], **{k: stats[k] for k in SUMMARY_COLUMNS}})
    source = ("the training steps' own predictions (online, train mode)" if protocol == "online" else
              "the end-of-epoch evaluation's predictions (eval mode)")
    note = f"Memorisation and learning epochs from {source}."
    if unreadable:
        note += (" Left out here, their per-example files unreadable: "
                 + "; ".join(f"{name} ({why})" for name, why in sorted(unreadable.items())) + ".")
    if without_online:
        note += (f" {without_online} trial(s) recorded no online per-example predictions (predictions.npz has no "
                 f"`{ONLINE_KEY}` array): their forgetting events are the eval-mode statistic only")
        note += (", and under the online protocol they have no per-example rows at all." if protocol == "online"
                 else ".")
    table = pd.DataFrame(rows, columns=["trial"] + SETTING + ["loss_label", "eta", "seed", "status", "epochs"]
                         + SUMMARY_COLUMNS)
    return table, arrays, note


def training_images(study_dir: str | Path, trial: str, cache: dict | None = None) -> tuple[np.ndarray | None, str]:
    """The training examples of a trial as images [N, C, H, W] in their stored values (unnormalised),
    loaded with its dataset's own loader and parameters from its config.json (once per dataset and
    parameters in `cache`), and checked against its recorded clean labels; or None and the reason
    (flat features, data no longer there or no longer the trial's)."""
    from memstudy.data import DATASETS, check_dataset  # the loader alone: no training code

    folder = Path(study_dir) / trial
    config = json.loads((folder / "config.json").read_text())["trial"]
    name, params = config["dataset"], config.get("dataset_params") or {}
    problems = check_dataset(name, params) if name in DATASETS else [f"unknown dataset {name!r}"]
    if problems:
        return None, f"{trial}'s training data cannot be loaded here: {'; '.join(problems)}"
    if "download" in params:
        params = {**params, "download": False}  # the analysis reads what is there, never fetches
    key = (name, json.dumps(params, sort_keys=True))
    cache = {} if cache is None else cache
    if key not in cache:
        try:
            cache[key] = DATASETS[name][0](**params)[:2]
        except (OSError, ValueError) as err:  # ConfigError is a ValueError
            return None, f"{trial}'s training data cannot be loaded here: {err}"
    x_train, y_train = cache[key]
    x_train = np.asarray(x_train)
    try:
        with np.load(folder / LABELS_FILE) as labels:
            clean = labels["clean"]
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as err:
        return None, f"{trial}'s {LABELS_FILE} cannot be read ({type(err).__name__}: {err})"
    if len(y_train) != len(clean) or not np.array_equal(np.asarray(y_train), clean):
        return None, f"the {name} data loaded here are not {trial}'s (its recorded clean labels differ)"
    if x_train.ndim != 4:
        return None, f"{name}'s examples are flat features of shape {x_train.shape[1:]}, not images"
    return x_train, ""


def memorised_by_epoch(stats: dict) -> np.ndarray:
    """The share of a trial's flipped examples memorised for good by each epoch 0..E."""
    epochs = np.arange(stats["epochs"] + 1)
    first = stats["memorisation_epoch"]
    return (first[None, :] <= epochs[:, None]).mean(axis=1) if len(first) else np.full(len(epochs), np.nan)
