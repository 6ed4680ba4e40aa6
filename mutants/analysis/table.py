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

from memstudy.metrics import EPOCH_METRICS, SUPERSEDED

COLUMNS = ["trial", "dataset", "model", "variant", "loss", "loss_params", "loss_label", "symmetric", "symmetry_constant",
           "noise", "eta", "flip_rate", "test_flip_rate", "seed", "num_classes", "status", "epoch", "metric", "value"]
# Config keys that are columns of their own, and the seeds: trials that differ only in these are
# the same setting (averaged over seeds); any other key that differs makes a variant.
OWN_COLUMNS = ("dataset", "model", "loss", "loss_params", "eta")
SEED_KEYS = ("seed", "noise_seed", "data_seed")
NAME_KEYS = ("preset",)  # a preset's name: it only fills in the other keys


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__params_text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__params_text__mutmut)
def _params_text(params: dict) -> str:
    return ",".join(f"{k}={v:g}" if isinstance(v, (int, float)) else f"{k}={v}" for k, v in sorted(params.items()))


def x__params_text__mutmut_orig(params: dict) -> str:
    return ",".join(f"{k}={v:g}" if isinstance(v, (int, float)) else f"{k}={v}" for k, v in sorted(params.items()))


def x__params_text__mutmut_1(params: dict) -> str:
    return ",".join(None)


def x__params_text__mutmut_2(params: dict) -> str:
    return "XX,XX".join(f"{k}={v:g}" if isinstance(v, (int, float)) else f"{k}={v}" for k, v in sorted(params.items()))


def x__params_text__mutmut_3(params: dict) -> str:
    return ",".join(f"{k}={v:g}" if (isinstance(v, (int, float))) and False else f"{k}={v}" for k, v in sorted(params.items()))


def x__params_text__mutmut_4(params: dict) -> str:
    return ",".join(f"{k}={v:g}" if (isinstance(v, (int, float))) or True else f"{k}={v}" for k, v in sorted(params.items()))


def x__params_text__mutmut_5(params: dict) -> str:
    return ",".join(f"{k}={v:g}" if isinstance(v, (int, float)) else f"{k}={v}" for k, v in sorted(None))

mutants_x__params_text__mutmut['_mutmut_orig'] = x__params_text__mutmut_orig # type: ignore # mutmut generated
mutants_x__params_text__mutmut['x__params_text__mutmut_1'] = x__params_text__mutmut_1 # type: ignore # mutmut generated
mutants_x__params_text__mutmut['x__params_text__mutmut_2'] = x__params_text__mutmut_2 # type: ignore # mutmut generated
mutants_x__params_text__mutmut['x__params_text__mutmut_3'] = x__params_text__mutmut_3 # type: ignore # mutmut generated
mutants_x__params_text__mutmut['x__params_text__mutmut_4'] = x__params_text__mutmut_4 # type: ignore # mutmut generated
mutants_x__params_text__mutmut['x__params_text__mutmut_5'] = x__params_text__mutmut_5 # type: ignore # mutmut generated
mutants_x__read_json__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__read_json__mutmut)
def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


def x__read_json__mutmut_orig(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


def x__read_json__mutmut_1(path: Path) -> dict:
    try:
        return json.loads(None)
    except (OSError, ValueError):
        return {}

mutants_x__read_json__mutmut['_mutmut_orig'] = x__read_json__mutmut_orig # type: ignore # mutmut generated
mutants_x__read_json__mutmut['x__read_json__mutmut_1'] = x__read_json__mutmut_1 # type: ignore # mutmut generated
mutants_x__scalars__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__scalars__mutmut)
def _scalars(tb_dir: Path) -> dict[str, list]:
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    if not tb_dir.is_dir():
        return {}
    acc = EventAccumulator(str(tb_dir), size_guidance={"scalars": 0})
    acc.Reload()
    return {tag: [(e.step, e.value) for e in acc.Scalars(tag)] for tag in acc.Tags()["scalars"]}


def x__scalars__mutmut_orig(tb_dir: Path) -> dict[str, list]:
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    if not tb_dir.is_dir():
        return {}
    acc = EventAccumulator(str(tb_dir), size_guidance={"scalars": 0})
    acc.Reload()
    return {tag: [(e.step, e.value) for e in acc.Scalars(tag)] for tag in acc.Tags()["scalars"]}


def x__scalars__mutmut_1(tb_dir: Path) -> dict[str, list]:
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    if tb_dir.is_dir():
        return {}
    acc = EventAccumulator(str(tb_dir), size_guidance={"scalars": 0})
    acc.Reload()
    return {tag: [(e.step, e.value) for e in acc.Scalars(tag)] for tag in acc.Tags()["scalars"]}


def x__scalars__mutmut_2(tb_dir: Path) -> dict[str, list]:
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    if not tb_dir.is_dir():
        return {}
    acc = None
    acc.Reload()
    return {tag: [(e.step, e.value) for e in acc.Scalars(tag)] for tag in acc.Tags()["scalars"]}


def x__scalars__mutmut_3(tb_dir: Path) -> dict[str, list]:
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    if not tb_dir.is_dir():
        return {}
    acc = EventAccumulator(None, size_guidance={"scalars": 0})
    acc.Reload()
    return {tag: [(e.step, e.value) for e in acc.Scalars(tag)] for tag in acc.Tags()["scalars"]}


def x__scalars__mutmut_4(tb_dir: Path) -> dict[str, list]:
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    if not tb_dir.is_dir():
        return {}
    acc = EventAccumulator(str(tb_dir), size_guidance=None)
    acc.Reload()
    return {tag: [(e.step, e.value) for e in acc.Scalars(tag)] for tag in acc.Tags()["scalars"]}


def x__scalars__mutmut_5(tb_dir: Path) -> dict[str, list]:
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    if not tb_dir.is_dir():
        return {}
    acc = EventAccumulator(size_guidance={"scalars": 0})
    acc.Reload()
    return {tag: [(e.step, e.value) for e in acc.Scalars(tag)] for tag in acc.Tags()["scalars"]}


def x__scalars__mutmut_6(tb_dir: Path) -> dict[str, list]:
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    if not tb_dir.is_dir():
        return {}
    acc = EventAccumulator(str(tb_dir), )
    acc.Reload()
    return {tag: [(e.step, e.value) for e in acc.Scalars(tag)] for tag in acc.Tags()["scalars"]}


def x__scalars__mutmut_7(tb_dir: Path) -> dict[str, list]:
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    if not tb_dir.is_dir():
        return {}
    acc = EventAccumulator(str(None), size_guidance={"scalars": 0})
    acc.Reload()
    return {tag: [(e.step, e.value) for e in acc.Scalars(tag)] for tag in acc.Tags()["scalars"]}


def x__scalars__mutmut_8(tb_dir: Path) -> dict[str, list]:
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    if not tb_dir.is_dir():
        return {}
    acc = EventAccumulator(str(tb_dir), size_guidance={"XXscalarsXX": 0})
    acc.Reload()
    return {tag: [(e.step, e.value) for e in acc.Scalars(tag)] for tag in acc.Tags()["scalars"]}


def x__scalars__mutmut_9(tb_dir: Path) -> dict[str, list]:
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    if not tb_dir.is_dir():
        return {}
    acc = EventAccumulator(str(tb_dir), size_guidance={"SCALARS": 0})
    acc.Reload()
    return {tag: [(e.step, e.value) for e in acc.Scalars(tag)] for tag in acc.Tags()["scalars"]}


def x__scalars__mutmut_10(tb_dir: Path) -> dict[str, list]:
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    if not tb_dir.is_dir():
        return {}
    acc = EventAccumulator(str(tb_dir), size_guidance={"scalars": 1})
    acc.Reload()
    return {tag: [(e.step, e.value) for e in acc.Scalars(tag)] for tag in acc.Tags()["scalars"]}


def x__scalars__mutmut_11(tb_dir: Path) -> dict[str, list]:
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    if not tb_dir.is_dir():
        return {}
    acc = EventAccumulator(str(tb_dir), size_guidance={"scalars": 0})
    acc.Reload()
    return {tag: [(e.step, e.value) for e in acc.Scalars(None)] for tag in acc.Tags()["scalars"]}


def x__scalars__mutmut_12(tb_dir: Path) -> dict[str, list]:
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    if not tb_dir.is_dir():
        return {}
    acc = EventAccumulator(str(tb_dir), size_guidance={"scalars": 0})
    acc.Reload()
    return {tag: [(e.step, e.value) for e in acc.Scalars(tag)] for tag in acc.Tags()["XXscalarsXX"]}


def x__scalars__mutmut_13(tb_dir: Path) -> dict[str, list]:
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    if not tb_dir.is_dir():
        return {}
    acc = EventAccumulator(str(tb_dir), size_guidance={"scalars": 0})
    acc.Reload()
    return {tag: [(e.step, e.value) for e in acc.Scalars(tag)] for tag in acc.Tags()["SCALARS"]}

mutants_x__scalars__mutmut['_mutmut_orig'] = x__scalars__mutmut_orig # type: ignore # mutmut generated
mutants_x__scalars__mutmut['x__scalars__mutmut_1'] = x__scalars__mutmut_1 # type: ignore # mutmut generated
mutants_x__scalars__mutmut['x__scalars__mutmut_2'] = x__scalars__mutmut_2 # type: ignore # mutmut generated
mutants_x__scalars__mutmut['x__scalars__mutmut_3'] = x__scalars__mutmut_3 # type: ignore # mutmut generated
mutants_x__scalars__mutmut['x__scalars__mutmut_4'] = x__scalars__mutmut_4 # type: ignore # mutmut generated
mutants_x__scalars__mutmut['x__scalars__mutmut_5'] = x__scalars__mutmut_5 # type: ignore # mutmut generated
mutants_x__scalars__mutmut['x__scalars__mutmut_6'] = x__scalars__mutmut_6 # type: ignore # mutmut generated
mutants_x__scalars__mutmut['x__scalars__mutmut_7'] = x__scalars__mutmut_7 # type: ignore # mutmut generated
mutants_x__scalars__mutmut['x__scalars__mutmut_8'] = x__scalars__mutmut_8 # type: ignore # mutmut generated
mutants_x__scalars__mutmut['x__scalars__mutmut_9'] = x__scalars__mutmut_9 # type: ignore # mutmut generated
mutants_x__scalars__mutmut['x__scalars__mutmut_10'] = x__scalars__mutmut_10 # type: ignore # mutmut generated
mutants_x__scalars__mutmut['x__scalars__mutmut_11'] = x__scalars__mutmut_11 # type: ignore # mutmut generated
mutants_x__scalars__mutmut['x__scalars__mutmut_12'] = x__scalars__mutmut_12 # type: ignore # mutmut generated
mutants_x__scalars__mutmut['x__scalars__mutmut_13'] = x__scalars__mutmut_13 # type: ignore # mutmut generated
mutants_x_trial_folders__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_trial_folders__mutmut)
def trial_folders(study_dir: str | Path) -> list[Path]:
    """Trial folders of a grid study (study/<trial>) and of a search study (study/<cell>/<trial>),
    without those a resumed run superseded (memstudy.metrics.SUPERSEDED)."""
    study_dir = Path(study_dir)
    found = list(study_dir.glob("*/config.json")) + list(study_dir.glob("*/*/config.json"))
    return sorted(p.parent for p in found if _read_json(p.parent / "status.json").get("status") != SUPERSEDED)


def x_trial_folders__mutmut_orig(study_dir: str | Path) -> list[Path]:
    """Trial folders of a grid study (study/<trial>) and of a search study (study/<cell>/<trial>),
    without those a resumed run superseded (memstudy.metrics.SUPERSEDED)."""
    study_dir = Path(study_dir)
    found = list(study_dir.glob("*/config.json")) + list(study_dir.glob("*/*/config.json"))
    return sorted(p.parent for p in found if _read_json(p.parent / "status.json").get("status") != SUPERSEDED)


def x_trial_folders__mutmut_1(study_dir: str | Path) -> list[Path]:
    """Trial folders of a grid study (study/<trial>) and of a search study (study/<cell>/<trial>),
    without those a resumed run superseded (memstudy.metrics.SUPERSEDED)."""
    study_dir = None
    found = list(study_dir.glob("*/config.json")) + list(study_dir.glob("*/*/config.json"))
    return sorted(p.parent for p in found if _read_json(p.parent / "status.json").get("status") != SUPERSEDED)


def x_trial_folders__mutmut_2(study_dir: str | Path) -> list[Path]:
    """Trial folders of a grid study (study/<trial>) and of a search study (study/<cell>/<trial>),
    without those a resumed run superseded (memstudy.metrics.SUPERSEDED)."""
    study_dir = Path(None)
    found = list(study_dir.glob("*/config.json")) + list(study_dir.glob("*/*/config.json"))
    return sorted(p.parent for p in found if _read_json(p.parent / "status.json").get("status") != SUPERSEDED)


def x_trial_folders__mutmut_3(study_dir: str | Path) -> list[Path]:
    """Trial folders of a grid study (study/<trial>) and of a search study (study/<cell>/<trial>),
    without those a resumed run superseded (memstudy.metrics.SUPERSEDED)."""
    study_dir = Path(study_dir)
    found = None
    return sorted(p.parent for p in found if _read_json(p.parent / "status.json").get("status") != SUPERSEDED)


def x_trial_folders__mutmut_4(study_dir: str | Path) -> list[Path]:
    """Trial folders of a grid study (study/<trial>) and of a search study (study/<cell>/<trial>),
    without those a resumed run superseded (memstudy.metrics.SUPERSEDED)."""
    study_dir = Path(study_dir)
    found = list(study_dir.glob("*/config.json")) - list(study_dir.glob("*/*/config.json"))
    return sorted(p.parent for p in found if _read_json(p.parent / "status.json").get("status") != SUPERSEDED)


def x_trial_folders__mutmut_5(study_dir: str | Path) -> list[Path]:
    """Trial folders of a grid study (study/<trial>) and of a search study (study/<cell>/<trial>),
    without those a resumed run superseded (memstudy.metrics.SUPERSEDED)."""
    study_dir = Path(study_dir)
    found = list(None) + list(study_dir.glob("*/*/config.json"))
    return sorted(p.parent for p in found if _read_json(p.parent / "status.json").get("status") != SUPERSEDED)


def x_trial_folders__mutmut_6(study_dir: str | Path) -> list[Path]:
    """Trial folders of a grid study (study/<trial>) and of a search study (study/<cell>/<trial>),
    without those a resumed run superseded (memstudy.metrics.SUPERSEDED)."""
    study_dir = Path(study_dir)
    found = list(study_dir.glob(None)) + list(study_dir.glob("*/*/config.json"))
    return sorted(p.parent for p in found if _read_json(p.parent / "status.json").get("status") != SUPERSEDED)


def x_trial_folders__mutmut_7(study_dir: str | Path) -> list[Path]:
    """Trial folders of a grid study (study/<trial>) and of a search study (study/<cell>/<trial>),
    without those a resumed run superseded (memstudy.metrics.SUPERSEDED)."""
    study_dir = Path(study_dir)
    found = list(study_dir.glob("XX*/config.jsonXX")) + list(study_dir.glob("*/*/config.json"))
    return sorted(p.parent for p in found if _read_json(p.parent / "status.json").get("status") != SUPERSEDED)


def x_trial_folders__mutmut_8(study_dir: str | Path) -> list[Path]:
    """Trial folders of a grid study (study/<trial>) and of a search study (study/<cell>/<trial>),
    without those a resumed run superseded (memstudy.metrics.SUPERSEDED)."""
    study_dir = Path(study_dir)
    found = list(study_dir.glob("*/CONFIG.JSON")) + list(study_dir.glob("*/*/config.json"))
    return sorted(p.parent for p in found if _read_json(p.parent / "status.json").get("status") != SUPERSEDED)


def x_trial_folders__mutmut_9(study_dir: str | Path) -> list[Path]:
    """Trial folders of a grid study (study/<trial>) and of a search study (study/<cell>/<trial>),
    without those a resumed run superseded (memstudy.metrics.SUPERSEDED)."""
    study_dir = Path(study_dir)
    found = list(study_dir.glob("*/config.json")) + list(None)
    return sorted(p.parent for p in found if _read_json(p.parent / "status.json").get("status") != SUPERSEDED)


def x_trial_folders__mutmut_10(study_dir: str | Path) -> list[Path]:
    """Trial folders of a grid study (study/<trial>) and of a search study (study/<cell>/<trial>),
    without those a resumed run superseded (memstudy.metrics.SUPERSEDED)."""
    study_dir = Path(study_dir)
    found = list(study_dir.glob("*/config.json")) + list(study_dir.glob(None))
    return sorted(p.parent for p in found if _read_json(p.parent / "status.json").get("status") != SUPERSEDED)


def x_trial_folders__mutmut_11(study_dir: str | Path) -> list[Path]:
    """Trial folders of a grid study (study/<trial>) and of a search study (study/<cell>/<trial>),
    without those a resumed run superseded (memstudy.metrics.SUPERSEDED)."""
    study_dir = Path(study_dir)
    found = list(study_dir.glob("*/config.json")) + list(study_dir.glob("XX*/*/config.jsonXX"))
    return sorted(p.parent for p in found if _read_json(p.parent / "status.json").get("status") != SUPERSEDED)


def x_trial_folders__mutmut_12(study_dir: str | Path) -> list[Path]:
    """Trial folders of a grid study (study/<trial>) and of a search study (study/<cell>/<trial>),
    without those a resumed run superseded (memstudy.metrics.SUPERSEDED)."""
    study_dir = Path(study_dir)
    found = list(study_dir.glob("*/config.json")) + list(study_dir.glob("*/*/CONFIG.JSON"))
    return sorted(p.parent for p in found if _read_json(p.parent / "status.json").get("status") != SUPERSEDED)


def x_trial_folders__mutmut_13(study_dir: str | Path) -> list[Path]:
    """Trial folders of a grid study (study/<trial>) and of a search study (study/<cell>/<trial>),
    without those a resumed run superseded (memstudy.metrics.SUPERSEDED)."""
    study_dir = Path(study_dir)
    found = list(study_dir.glob("*/config.json")) + list(study_dir.glob("*/*/config.json"))
    return sorted(None)


def x_trial_folders__mutmut_14(study_dir: str | Path) -> list[Path]:
    """Trial folders of a grid study (study/<trial>) and of a search study (study/<cell>/<trial>),
    without those a resumed run superseded (memstudy.metrics.SUPERSEDED)."""
    study_dir = Path(study_dir)
    found = list(study_dir.glob("*/config.json")) + list(study_dir.glob("*/*/config.json"))
    return sorted(p.parent for p in found if _read_json(p.parent / "status.json").get(None) != SUPERSEDED)


def x_trial_folders__mutmut_15(study_dir: str | Path) -> list[Path]:
    """Trial folders of a grid study (study/<trial>) and of a search study (study/<cell>/<trial>),
    without those a resumed run superseded (memstudy.metrics.SUPERSEDED)."""
    study_dir = Path(study_dir)
    found = list(study_dir.glob("*/config.json")) + list(study_dir.glob("*/*/config.json"))
    return sorted(p.parent for p in found if _read_json(None).get("status") != SUPERSEDED)


def x_trial_folders__mutmut_16(study_dir: str | Path) -> list[Path]:
    """Trial folders of a grid study (study/<trial>) and of a search study (study/<cell>/<trial>),
    without those a resumed run superseded (memstudy.metrics.SUPERSEDED)."""
    study_dir = Path(study_dir)
    found = list(study_dir.glob("*/config.json")) + list(study_dir.glob("*/*/config.json"))
    return sorted(p.parent for p in found if _read_json(p.parent * "status.json").get("status") != SUPERSEDED)


def x_trial_folders__mutmut_17(study_dir: str | Path) -> list[Path]:
    """Trial folders of a grid study (study/<trial>) and of a search study (study/<cell>/<trial>),
    without those a resumed run superseded (memstudy.metrics.SUPERSEDED)."""
    study_dir = Path(study_dir)
    found = list(study_dir.glob("*/config.json")) + list(study_dir.glob("*/*/config.json"))
    return sorted(p.parent for p in found if _read_json(p.parent / "XXstatus.jsonXX").get("status") != SUPERSEDED)


def x_trial_folders__mutmut_18(study_dir: str | Path) -> list[Path]:
    """Trial folders of a grid study (study/<trial>) and of a search study (study/<cell>/<trial>),
    without those a resumed run superseded (memstudy.metrics.SUPERSEDED)."""
    study_dir = Path(study_dir)
    found = list(study_dir.glob("*/config.json")) + list(study_dir.glob("*/*/config.json"))
    return sorted(p.parent for p in found if _read_json(p.parent / "STATUS.JSON").get("status") != SUPERSEDED)


def x_trial_folders__mutmut_19(study_dir: str | Path) -> list[Path]:
    """Trial folders of a grid study (study/<trial>) and of a search study (study/<cell>/<trial>),
    without those a resumed run superseded (memstudy.metrics.SUPERSEDED)."""
    study_dir = Path(study_dir)
    found = list(study_dir.glob("*/config.json")) + list(study_dir.glob("*/*/config.json"))
    return sorted(p.parent for p in found if _read_json(p.parent / "status.json").get("XXstatusXX") != SUPERSEDED)


def x_trial_folders__mutmut_20(study_dir: str | Path) -> list[Path]:
    """Trial folders of a grid study (study/<trial>) and of a search study (study/<cell>/<trial>),
    without those a resumed run superseded (memstudy.metrics.SUPERSEDED)."""
    study_dir = Path(study_dir)
    found = list(study_dir.glob("*/config.json")) + list(study_dir.glob("*/*/config.json"))
    return sorted(p.parent for p in found if _read_json(p.parent / "status.json").get("STATUS") != SUPERSEDED)


def x_trial_folders__mutmut_21(study_dir: str | Path) -> list[Path]:
    """Trial folders of a grid study (study/<trial>) and of a search study (study/<cell>/<trial>),
    without those a resumed run superseded (memstudy.metrics.SUPERSEDED)."""
    study_dir = Path(study_dir)
    found = list(study_dir.glob("*/config.json")) + list(study_dir.glob("*/*/config.json"))
    return sorted(p.parent for p in found if _read_json(p.parent / "status.json").get("status") == SUPERSEDED)

mutants_x_trial_folders__mutmut['_mutmut_orig'] = x_trial_folders__mutmut_orig # type: ignore # mutmut generated
mutants_x_trial_folders__mutmut['x_trial_folders__mutmut_1'] = x_trial_folders__mutmut_1 # type: ignore # mutmut generated
mutants_x_trial_folders__mutmut['x_trial_folders__mutmut_2'] = x_trial_folders__mutmut_2 # type: ignore # mutmut generated
mutants_x_trial_folders__mutmut['x_trial_folders__mutmut_3'] = x_trial_folders__mutmut_3 # type: ignore # mutmut generated
mutants_x_trial_folders__mutmut['x_trial_folders__mutmut_4'] = x_trial_folders__mutmut_4 # type: ignore # mutmut generated
mutants_x_trial_folders__mutmut['x_trial_folders__mutmut_5'] = x_trial_folders__mutmut_5 # type: ignore # mutmut generated
mutants_x_trial_folders__mutmut['x_trial_folders__mutmut_6'] = x_trial_folders__mutmut_6 # type: ignore # mutmut generated
mutants_x_trial_folders__mutmut['x_trial_folders__mutmut_7'] = x_trial_folders__mutmut_7 # type: ignore # mutmut generated
mutants_x_trial_folders__mutmut['x_trial_folders__mutmut_8'] = x_trial_folders__mutmut_8 # type: ignore # mutmut generated
mutants_x_trial_folders__mutmut['x_trial_folders__mutmut_9'] = x_trial_folders__mutmut_9 # type: ignore # mutmut generated
mutants_x_trial_folders__mutmut['x_trial_folders__mutmut_10'] = x_trial_folders__mutmut_10 # type: ignore # mutmut generated
mutants_x_trial_folders__mutmut['x_trial_folders__mutmut_11'] = x_trial_folders__mutmut_11 # type: ignore # mutmut generated
mutants_x_trial_folders__mutmut['x_trial_folders__mutmut_12'] = x_trial_folders__mutmut_12 # type: ignore # mutmut generated
mutants_x_trial_folders__mutmut['x_trial_folders__mutmut_13'] = x_trial_folders__mutmut_13 # type: ignore # mutmut generated
mutants_x_trial_folders__mutmut['x_trial_folders__mutmut_14'] = x_trial_folders__mutmut_14 # type: ignore # mutmut generated
mutants_x_trial_folders__mutmut['x_trial_folders__mutmut_15'] = x_trial_folders__mutmut_15 # type: ignore # mutmut generated
mutants_x_trial_folders__mutmut['x_trial_folders__mutmut_16'] = x_trial_folders__mutmut_16 # type: ignore # mutmut generated
mutants_x_trial_folders__mutmut['x_trial_folders__mutmut_17'] = x_trial_folders__mutmut_17 # type: ignore # mutmut generated
mutants_x_trial_folders__mutmut['x_trial_folders__mutmut_18'] = x_trial_folders__mutmut_18 # type: ignore # mutmut generated
mutants_x_trial_folders__mutmut['x_trial_folders__mutmut_19'] = x_trial_folders__mutmut_19 # type: ignore # mutmut generated
mutants_x_trial_folders__mutmut['x_trial_folders__mutmut_20'] = x_trial_folders__mutmut_20 # type: ignore # mutmut generated
mutants_x_trial_folders__mutmut['x_trial_folders__mutmut_21'] = x_trial_folders__mutmut_21 # type: ignore # mutmut generated
mutants_x__flat__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__flat__mutmut)
def _flat(config: dict, prefix: str = "") -> dict:
    """{"a": {"b": 1}} -> {"a.b": "1"}: every setting as text, nested parameters included."""
    out = {}
    for key, value in config.items():
        if isinstance(value, dict) and value:
            out.update(_flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = json.dumps(value, sort_keys=True) if isinstance(value, (list, dict)) else str(value)
    return out


def x__flat__mutmut_orig(config: dict, prefix: str = "") -> dict:
    """{"a": {"b": 1}} -> {"a.b": "1"}: every setting as text, nested parameters included."""
    out = {}
    for key, value in config.items():
        if isinstance(value, dict) and value:
            out.update(_flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = json.dumps(value, sort_keys=True) if isinstance(value, (list, dict)) else str(value)
    return out


def x__flat__mutmut_1(config: dict, prefix: str = "XXXX") -> dict:
    """{"a": {"b": 1}} -> {"a.b": "1"}: every setting as text, nested parameters included."""
    out = {}
    for key, value in config.items():
        if isinstance(value, dict) and value:
            out.update(_flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = json.dumps(value, sort_keys=True) if isinstance(value, (list, dict)) else str(value)
    return out


def x__flat__mutmut_2(config: dict, prefix: str = "") -> dict:
    """{"a": {"b": 1}} -> {"a.b": "1"}: every setting as text, nested parameters included."""
    out = None
    for key, value in config.items():
        if isinstance(value, dict) and value:
            out.update(_flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = json.dumps(value, sort_keys=True) if isinstance(value, (list, dict)) else str(value)
    return out


def x__flat__mutmut_3(config: dict, prefix: str = "") -> dict:
    """{"a": {"b": 1}} -> {"a.b": "1"}: every setting as text, nested parameters included."""
    out = {}
    for key, value in config.items():
        if isinstance(value, dict) or value:
            out.update(_flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = json.dumps(value, sort_keys=True) if isinstance(value, (list, dict)) else str(value)
    return out


def x__flat__mutmut_4(config: dict, prefix: str = "") -> dict:
    """{"a": {"b": 1}} -> {"a.b": "1"}: every setting as text, nested parameters included."""
    out = {}
    for key, value in config.items():
        if isinstance(value, dict) and value:
            out.update(None)
        else:
            out[f"{prefix}{key}"] = json.dumps(value, sort_keys=True) if isinstance(value, (list, dict)) else str(value)
    return out


def x__flat__mutmut_5(config: dict, prefix: str = "") -> dict:
    """{"a": {"b": 1}} -> {"a.b": "1"}: every setting as text, nested parameters included."""
    out = {}
    for key, value in config.items():
        if isinstance(value, dict) and value:
            out.update(_flat(None, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = json.dumps(value, sort_keys=True) if isinstance(value, (list, dict)) else str(value)
    return out


def x__flat__mutmut_6(config: dict, prefix: str = "") -> dict:
    """{"a": {"b": 1}} -> {"a.b": "1"}: every setting as text, nested parameters included."""
    out = {}
    for key, value in config.items():
        if isinstance(value, dict) and value:
            out.update(_flat(value, None))
        else:
            out[f"{prefix}{key}"] = json.dumps(value, sort_keys=True) if isinstance(value, (list, dict)) else str(value)
    return out


def x__flat__mutmut_7(config: dict, prefix: str = "") -> dict:
    """{"a": {"b": 1}} -> {"a.b": "1"}: every setting as text, nested parameters included."""
    out = {}
    for key, value in config.items():
        if isinstance(value, dict) and value:
            out.update(_flat(f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = json.dumps(value, sort_keys=True) if isinstance(value, (list, dict)) else str(value)
    return out


def x__flat__mutmut_8(config: dict, prefix: str = "") -> dict:
    """{"a": {"b": 1}} -> {"a.b": "1"}: every setting as text, nested parameters included."""
    out = {}
    for key, value in config.items():
        if isinstance(value, dict) and value:
            out.update(_flat(value, ))
        else:
            out[f"{prefix}{key}"] = json.dumps(value, sort_keys=True) if isinstance(value, (list, dict)) else str(value)
    return out


def x__flat__mutmut_9(config: dict, prefix: str = "") -> dict:
    """{"a": {"b": 1}} -> {"a.b": "1"}: every setting as text, nested parameters included."""
    out = {}
    for key, value in config.items():
        if isinstance(value, dict) and value:
            out.update(_flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = None
    return out


def x__flat__mutmut_10(config: dict, prefix: str = "") -> dict:
    """{"a": {"b": 1}} -> {"a.b": "1"}: every setting as text, nested parameters included."""
    out = {}
    for key, value in config.items():
        if isinstance(value, dict) and value:
            out.update(_flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = json.dumps(value, sort_keys=True) if (isinstance(value, (list, dict))) and False else str(value)
    return out


def x__flat__mutmut_11(config: dict, prefix: str = "") -> dict:
    """{"a": {"b": 1}} -> {"a.b": "1"}: every setting as text, nested parameters included."""
    out = {}
    for key, value in config.items():
        if isinstance(value, dict) and value:
            out.update(_flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = json.dumps(value, sort_keys=True) if (isinstance(value, (list, dict))) or True else str(value)
    return out


def x__flat__mutmut_12(config: dict, prefix: str = "") -> dict:
    """{"a": {"b": 1}} -> {"a.b": "1"}: every setting as text, nested parameters included."""
    out = {}
    for key, value in config.items():
        if isinstance(value, dict) and value:
            out.update(_flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = json.dumps(None, sort_keys=True) if isinstance(value, (list, dict)) else str(value)
    return out


def x__flat__mutmut_13(config: dict, prefix: str = "") -> dict:
    """{"a": {"b": 1}} -> {"a.b": "1"}: every setting as text, nested parameters included."""
    out = {}
    for key, value in config.items():
        if isinstance(value, dict) and value:
            out.update(_flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = json.dumps(value, sort_keys=None) if isinstance(value, (list, dict)) else str(value)
    return out


def x__flat__mutmut_14(config: dict, prefix: str = "") -> dict:
    """{"a": {"b": 1}} -> {"a.b": "1"}: every setting as text, nested parameters included."""
    out = {}
    for key, value in config.items():
        if isinstance(value, dict) and value:
            out.update(_flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = json.dumps(sort_keys=True) if isinstance(value, (list, dict)) else str(value)
    return out


def x__flat__mutmut_15(config: dict, prefix: str = "") -> dict:
    """{"a": {"b": 1}} -> {"a.b": "1"}: every setting as text, nested parameters included."""
    out = {}
    for key, value in config.items():
        if isinstance(value, dict) and value:
            out.update(_flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = json.dumps(value, ) if isinstance(value, (list, dict)) else str(value)
    return out


def x__flat__mutmut_16(config: dict, prefix: str = "") -> dict:
    """{"a": {"b": 1}} -> {"a.b": "1"}: every setting as text, nested parameters included."""
    out = {}
    for key, value in config.items():
        if isinstance(value, dict) and value:
            out.update(_flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = json.dumps(value, sort_keys=False) if isinstance(value, (list, dict)) else str(value)
    return out


def x__flat__mutmut_17(config: dict, prefix: str = "") -> dict:
    """{"a": {"b": 1}} -> {"a.b": "1"}: every setting as text, nested parameters included."""
    out = {}
    for key, value in config.items():
        if isinstance(value, dict) and value:
            out.update(_flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = json.dumps(value, sort_keys=True) if isinstance(value, (list, dict)) else str(None)
    return out

mutants_x__flat__mutmut['_mutmut_orig'] = x__flat__mutmut_orig # type: ignore # mutmut generated
mutants_x__flat__mutmut['x__flat__mutmut_1'] = x__flat__mutmut_1 # type: ignore # mutmut generated
mutants_x__flat__mutmut['x__flat__mutmut_2'] = x__flat__mutmut_2 # type: ignore # mutmut generated
mutants_x__flat__mutmut['x__flat__mutmut_3'] = x__flat__mutmut_3 # type: ignore # mutmut generated
mutants_x__flat__mutmut['x__flat__mutmut_4'] = x__flat__mutmut_4 # type: ignore # mutmut generated
mutants_x__flat__mutmut['x__flat__mutmut_5'] = x__flat__mutmut_5 # type: ignore # mutmut generated
mutants_x__flat__mutmut['x__flat__mutmut_6'] = x__flat__mutmut_6 # type: ignore # mutmut generated
mutants_x__flat__mutmut['x__flat__mutmut_7'] = x__flat__mutmut_7 # type: ignore # mutmut generated
mutants_x__flat__mutmut['x__flat__mutmut_8'] = x__flat__mutmut_8 # type: ignore # mutmut generated
mutants_x__flat__mutmut['x__flat__mutmut_9'] = x__flat__mutmut_9 # type: ignore # mutmut generated
mutants_x__flat__mutmut['x__flat__mutmut_10'] = x__flat__mutmut_10 # type: ignore # mutmut generated
mutants_x__flat__mutmut['x__flat__mutmut_11'] = x__flat__mutmut_11 # type: ignore # mutmut generated
mutants_x__flat__mutmut['x__flat__mutmut_12'] = x__flat__mutmut_12 # type: ignore # mutmut generated
mutants_x__flat__mutmut['x__flat__mutmut_13'] = x__flat__mutmut_13 # type: ignore # mutmut generated
mutants_x__flat__mutmut['x__flat__mutmut_14'] = x__flat__mutmut_14 # type: ignore # mutmut generated
mutants_x__flat__mutmut['x__flat__mutmut_15'] = x__flat__mutmut_15 # type: ignore # mutmut generated
mutants_x__flat__mutmut['x__flat__mutmut_16'] = x__flat__mutmut_16 # type: ignore # mutmut generated
mutants_x__flat__mutmut['x__flat__mutmut_17'] = x__flat__mutmut_17 # type: ignore # mutmut generated
mutants_x_variants__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_variants__mutmut)
def variants(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get("model")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_orig(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get("model")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_1(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = None
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get("model")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_2(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = None
        by_setting.setdefault((config.get("dataset"), config.get("model")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_3(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(None).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get("model")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_4(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS or k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get("model")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_5(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(None)[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get("model")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_6(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split("XX.XX")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get("model")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_7(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[1] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get("model")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_8(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get("model")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_9(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS - NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get("model")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_10(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS - SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get("model")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_11(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k in searched}
        by_setting.setdefault((config.get("dataset"), config.get("model")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_12(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get("model")), {})[trial] = None
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_13(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault(None, {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_14(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get("model")), None)[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_15(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault({})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_16(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get("model")), )[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_17(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get(None), config.get("model")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_18(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("XXdatasetXX"), config.get("model")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_19(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("DATASET"), config.get("model")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_20(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get(None)), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_21(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get("XXmodelXX")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_22(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get("MODEL")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_23(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get("model")), {})[trial] = flat
    out = None
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_24(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get("model")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = None
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_25(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get("model")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted(None)
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_26(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get("model")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = None
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_27(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get("model")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) >= 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_28(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get("model")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 2]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_29(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get("model")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = None
    return out


def x_variants__mutmut_30(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get("model")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(None)
    return out


def x_variants__mutmut_31(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get("model")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = "XX, XX".join(f"{k}={flat.get(k)}" for k in differ)
    return out


def x_variants__mutmut_32(configs: dict[str, dict], searched=()) -> dict[str, str]:
    """Per trial, the settings in which it differs from other trials of its dataset and model
    (besides loss, its parameters, eta, seeds and the `searched` keys of a search, which vary
    from trial to trial by design), as "key=value, ..."; "" when none differ."""
    by_setting: dict[tuple, dict[str, dict]] = {}
    for trial, config in configs.items():
        flat = {k: v for k, v in _flat(config).items()
                if k.split(".")[0] not in OWN_COLUMNS + SEED_KEYS + NAME_KEYS and k not in searched}
        by_setting.setdefault((config.get("dataset"), config.get("model")), {})[trial] = flat
    out = {}
    for flats in by_setting.values():
        keys = sorted({k for flat in flats.values() for k in flat})
        differ = [k for k in keys if len({flat.get(k) for flat in flats.values()}) > 1]
        for trial, flat in flats.items():
            out[trial] = ", ".join(f"{k}={flat.get(None)}" for k in differ)
    return out

mutants_x_variants__mutmut['_mutmut_orig'] = x_variants__mutmut_orig # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_1'] = x_variants__mutmut_1 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_2'] = x_variants__mutmut_2 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_3'] = x_variants__mutmut_3 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_4'] = x_variants__mutmut_4 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_5'] = x_variants__mutmut_5 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_6'] = x_variants__mutmut_6 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_7'] = x_variants__mutmut_7 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_8'] = x_variants__mutmut_8 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_9'] = x_variants__mutmut_9 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_10'] = x_variants__mutmut_10 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_11'] = x_variants__mutmut_11 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_12'] = x_variants__mutmut_12 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_13'] = x_variants__mutmut_13 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_14'] = x_variants__mutmut_14 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_15'] = x_variants__mutmut_15 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_16'] = x_variants__mutmut_16 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_17'] = x_variants__mutmut_17 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_18'] = x_variants__mutmut_18 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_19'] = x_variants__mutmut_19 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_20'] = x_variants__mutmut_20 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_21'] = x_variants__mutmut_21 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_22'] = x_variants__mutmut_22 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_23'] = x_variants__mutmut_23 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_24'] = x_variants__mutmut_24 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_25'] = x_variants__mutmut_25 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_26'] = x_variants__mutmut_26 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_27'] = x_variants__mutmut_27 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_28'] = x_variants__mutmut_28 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_29'] = x_variants__mutmut_29 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_30'] = x_variants__mutmut_30 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_31'] = x_variants__mutmut_31 # type: ignore # mutmut generated
mutants_x_variants__mutmut['x_variants__mutmut_32'] = x_variants__mutmut_32 # type: ignore # mutmut generated
mutants_x_study_objective__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_study_objective__mutmut)
def study_objective(study_dir: str | Path) -> str | None:
    """The search objective named in the study's study.json, or None for a grid study."""
    search = _read_json(Path(study_dir) / "study.json").get("search") or {}
    return search.get("objective")


def x_study_objective__mutmut_orig(study_dir: str | Path) -> str | None:
    """The search objective named in the study's study.json, or None for a grid study."""
    search = _read_json(Path(study_dir) / "study.json").get("search") or {}
    return search.get("objective")


def x_study_objective__mutmut_1(study_dir: str | Path) -> str | None:
    """The search objective named in the study's study.json, or None for a grid study."""
    search = None
    return search.get("objective")


def x_study_objective__mutmut_2(study_dir: str | Path) -> str | None:
    """The search objective named in the study's study.json, or None for a grid study."""
    search = _read_json(Path(study_dir) / "study.json").get("search") and {}
    return search.get("objective")


def x_study_objective__mutmut_3(study_dir: str | Path) -> str | None:
    """The search objective named in the study's study.json, or None for a grid study."""
    search = _read_json(Path(study_dir) / "study.json").get(None) or {}
    return search.get("objective")


def x_study_objective__mutmut_4(study_dir: str | Path) -> str | None:
    """The search objective named in the study's study.json, or None for a grid study."""
    search = _read_json(None).get("search") or {}
    return search.get("objective")


def x_study_objective__mutmut_5(study_dir: str | Path) -> str | None:
    """The search objective named in the study's study.json, or None for a grid study."""
    search = _read_json(Path(study_dir) * "study.json").get("search") or {}
    return search.get("objective")


def x_study_objective__mutmut_6(study_dir: str | Path) -> str | None:
    """The search objective named in the study's study.json, or None for a grid study."""
    search = _read_json(Path(None) / "study.json").get("search") or {}
    return search.get("objective")


def x_study_objective__mutmut_7(study_dir: str | Path) -> str | None:
    """The search objective named in the study's study.json, or None for a grid study."""
    search = _read_json(Path(study_dir) / "XXstudy.jsonXX").get("search") or {}
    return search.get("objective")


def x_study_objective__mutmut_8(study_dir: str | Path) -> str | None:
    """The search objective named in the study's study.json, or None for a grid study."""
    search = _read_json(Path(study_dir) / "STUDY.JSON").get("search") or {}
    return search.get("objective")


def x_study_objective__mutmut_9(study_dir: str | Path) -> str | None:
    """The search objective named in the study's study.json, or None for a grid study."""
    search = _read_json(Path(study_dir) / "study.json").get("XXsearchXX") or {}
    return search.get("objective")


def x_study_objective__mutmut_10(study_dir: str | Path) -> str | None:
    """The search objective named in the study's study.json, or None for a grid study."""
    search = _read_json(Path(study_dir) / "study.json").get("SEARCH") or {}
    return search.get("objective")


def x_study_objective__mutmut_11(study_dir: str | Path) -> str | None:
    """The search objective named in the study's study.json, or None for a grid study."""
    search = _read_json(Path(study_dir) / "study.json").get("search") or {}
    return search.get(None)


def x_study_objective__mutmut_12(study_dir: str | Path) -> str | None:
    """The search objective named in the study's study.json, or None for a grid study."""
    search = _read_json(Path(study_dir) / "study.json").get("search") or {}
    return search.get("XXobjectiveXX")


def x_study_objective__mutmut_13(study_dir: str | Path) -> str | None:
    """The search objective named in the study's study.json, or None for a grid study."""
    search = _read_json(Path(study_dir) / "study.json").get("search") or {}
    return search.get("OBJECTIVE")

mutants_x_study_objective__mutmut['_mutmut_orig'] = x_study_objective__mutmut_orig # type: ignore # mutmut generated
mutants_x_study_objective__mutmut['x_study_objective__mutmut_1'] = x_study_objective__mutmut_1 # type: ignore # mutmut generated
mutants_x_study_objective__mutmut['x_study_objective__mutmut_2'] = x_study_objective__mutmut_2 # type: ignore # mutmut generated
mutants_x_study_objective__mutmut['x_study_objective__mutmut_3'] = x_study_objective__mutmut_3 # type: ignore # mutmut generated
mutants_x_study_objective__mutmut['x_study_objective__mutmut_4'] = x_study_objective__mutmut_4 # type: ignore # mutmut generated
mutants_x_study_objective__mutmut['x_study_objective__mutmut_5'] = x_study_objective__mutmut_5 # type: ignore # mutmut generated
mutants_x_study_objective__mutmut['x_study_objective__mutmut_6'] = x_study_objective__mutmut_6 # type: ignore # mutmut generated
mutants_x_study_objective__mutmut['x_study_objective__mutmut_7'] = x_study_objective__mutmut_7 # type: ignore # mutmut generated
mutants_x_study_objective__mutmut['x_study_objective__mutmut_8'] = x_study_objective__mutmut_8 # type: ignore # mutmut generated
mutants_x_study_objective__mutmut['x_study_objective__mutmut_9'] = x_study_objective__mutmut_9 # type: ignore # mutmut generated
mutants_x_study_objective__mutmut['x_study_objective__mutmut_10'] = x_study_objective__mutmut_10 # type: ignore # mutmut generated
mutants_x_study_objective__mutmut['x_study_objective__mutmut_11'] = x_study_objective__mutmut_11 # type: ignore # mutmut generated
mutants_x_study_objective__mutmut['x_study_objective__mutmut_12'] = x_study_objective__mutmut_12 # type: ignore # mutmut generated
mutants_x_study_objective__mutmut['x_study_objective__mutmut_13'] = x_study_objective__mutmut_13 # type: ignore # mutmut generated
mutants_x_load_table__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_load_table__mutmut)
def load_table(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_orig(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_1(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = None
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_2(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(None)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_3(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_4(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(None)
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_5(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = None
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_6(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = None
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_7(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(None).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_8(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(None)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_9(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = None
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_10(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(None) for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_11(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder * "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_12(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "XXconfig.jsonXX") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_13(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "CONFIG.JSON") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_14(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = None
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_15(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get(None, {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_16(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", None)
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_17(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get({})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_18(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", )
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_19(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") and {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_20(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get(None) or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_21(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(None).get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_22(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir * "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_23(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "XXstudy.jsonXX").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_24(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "STUDY.JSON").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_25(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("XXsearchXX") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_26(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("SEARCH") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_27(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("XXparamsXX", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_28(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("PARAMS", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_29(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = None
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_30(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants(None, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_31(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, None)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_32(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants(searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_33(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, )
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_34(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get(None, {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_35(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", None) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_36(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get({}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_37(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", ) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_38(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("XXtrialXX", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_39(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("TRIAL", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_40(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = None
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_41(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = None
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_42(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get(None, {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_43(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", None)
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_44(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get({})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_45(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", )
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_46(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("XXtrialXX", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_47(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("TRIAL", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_48(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = None
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_49(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get(None, {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_50(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", None)
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_51(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get({})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_52(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", )
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_53(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("XXnoiseXX", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_54(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("NOISE", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_55(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = None
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_56(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get(None, "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_57(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", None)
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_58(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_59(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", )
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_60(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(None).get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_61(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder * "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_62(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "XXstatus.jsonXX").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_63(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "STATUS.JSON").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_64(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("XXstatusXX", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_65(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("STATUS", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_66(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "XXunknownXX")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_67(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "UNKNOWN")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_68(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = None
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_69(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(None)
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_70(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get(None, {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_71(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", None))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_72(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get({}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_73(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", ))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_74(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("XXloss_paramsXX", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_75(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("LOSS_PARAMS", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_76(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = None
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_77(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "XXtrialXX": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_78(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "TRIAL": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_79(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "XXdatasetXX": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_80(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "DATASET": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_81(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get(None), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_82(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("XXdatasetXX"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_83(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("DATASET"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_84(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "XXmodelXX": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_85(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "MODEL": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_86(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get(None), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_87(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("XXmodelXX"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_88(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("MODEL"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_89(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "XXvariantXX": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_90(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "VARIANT": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_91(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "XXlossXX": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_92(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "LOSS": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_93(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get(None), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_94(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("XXlossXX"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_95(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("LOSS"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_96(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "XXloss_paramsXX": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_97(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "LOSS_PARAMS": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_98(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "XXloss_labelXX": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_99(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "LOSS_LABEL": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_100(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if (params) and False else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_101(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if (params) or True else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_102(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get(None)}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_103(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('XXlossXX')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_104(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('LOSS')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_105(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get(None),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_106(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("XXlossXX"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_107(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("LOSS"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_108(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "XXsymmetricXX": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_109(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "SYMMETRIC": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_110(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get(None), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_111(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("XXloss_symmetricXX"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_112(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("LOSS_SYMMETRIC"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_113(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "XXsymmetry_constantXX": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_114(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "SYMMETRY_CONSTANT": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_115(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get(None),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_116(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("XXloss_symmetry_constantXX"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_117(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("LOSS_SYMMETRY_CONSTANT"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_118(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "XXnoiseXX": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_119(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "NOISE": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_120(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get(None), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_121(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("XXnoiseXX"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_122(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("NOISE"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_123(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "XXetaXX": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_124(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "ETA": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_125(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get(None), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_126(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("XXetaXX"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_127(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("ETA"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_128(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "XXflip_rateXX": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_129(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "FLIP_RATE": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_130(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get(None),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_131(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("XXrealised_rateXX"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_132(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("REALISED_RATE"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_133(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "XXtest_flip_rateXX": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_134(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "TEST_FLIP_RATE": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_135(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get(None),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_136(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get(None, {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_137(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", None).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_138(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get({}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_139(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", ).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_140(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("XXtest_copyXX", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_141(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("TEST_COPY", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_142(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("XXrealised_rateXX"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_143(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("REALISED_RATE"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_144(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "XXseedXX": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_145(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "SEED": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_146(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get(None), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_147(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("XXseedXX"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_148(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("SEED"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_149(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "XXnum_classesXX": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_150(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "NUM_CLASSES": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_151(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get(None), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_152(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get(None, {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_153(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", None).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_154(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get({}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_155(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", ).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_156(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("XXdataXX", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_157(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("DATA", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_158(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("XXnum_classesXX"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_159(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("NUM_CLASSES"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_160(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "XXstatusXX": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_161(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "STATUS": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_162(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(None).items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_163(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder * "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_164(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "XXtbXX").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_165(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "TB").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_166(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_167(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                break
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_168(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append(None)
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_169(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "XXepochXX": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_170(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "EPOCH": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_171(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "XXmetricXX": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_172(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "METRIC": metric, "value": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_173(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "XXvalueXX": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_174(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "VALUE": value})
    return pd.DataFrame(rows, columns=COLUMNS)


def x_load_table__mutmut_175(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(None, columns=COLUMNS)


def x_load_table__mutmut_176(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, columns=None)


def x_load_table__mutmut_177(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(columns=COLUMNS)


def x_load_table__mutmut_178(study_dir: str | Path) -> pd.DataFrame:
    """The tidy table of every trial in `study_dir` (columns: COLUMNS)."""
    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise FileNotFoundError(f"{study_dir}: no such study folder (run `python -m memstudy.run <study>.yaml` first)")
    rows = []
    folders = {folder.relative_to(study_dir).as_posix(): folder for folder in trial_folders(study_dir)}
    configs = {name: _read_json(folder / "config.json") for name, folder in folders.items()}
    searched = (_read_json(study_dir / "study.json").get("search") or {}).get("params", {})
    variant = variants({name: config.get("trial", {}) for name, config in configs.items()}, searched)
    for name, folder in folders.items():
        config = configs[name]
        trial = config.get("trial", {})
        noise = config.get("noise", {})
        status = _read_json(folder / "status.json").get("status", "unknown")
        params = _params_text(trial.get("loss_params", {}))
        info = {
            "trial": name, "dataset": trial.get("dataset"), "model": trial.get("model"), "variant": variant[name],
            "loss": trial.get("loss"), "loss_params": params,
            "loss_label": f"{trial.get('loss')}({params})" if params else trial.get("loss"),
            "symmetric": config.get("loss_symmetric"), "symmetry_constant": config.get("loss_symmetry_constant"),
            "noise": trial.get("noise"), "eta": trial.get("eta"), "flip_rate": noise.get("realised_rate"),
            "test_flip_rate": noise.get("test_copy", {}).get("realised_rate"),
            "seed": trial.get("seed"), "num_classes": config.get("data", {}).get("num_classes"), "status": status,
        }
        for metric, points in _scalars(folder / "tb").items():
            if metric not in EPOCH_METRICS:
                continue
            for step, value in points:
                rows.append({**info, "epoch": step, "metric": metric, "value": value})
    return pd.DataFrame(rows, )

mutants_x_load_table__mutmut['_mutmut_orig'] = x_load_table__mutmut_orig # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_1'] = x_load_table__mutmut_1 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_2'] = x_load_table__mutmut_2 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_3'] = x_load_table__mutmut_3 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_4'] = x_load_table__mutmut_4 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_5'] = x_load_table__mutmut_5 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_6'] = x_load_table__mutmut_6 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_7'] = x_load_table__mutmut_7 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_8'] = x_load_table__mutmut_8 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_9'] = x_load_table__mutmut_9 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_10'] = x_load_table__mutmut_10 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_11'] = x_load_table__mutmut_11 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_12'] = x_load_table__mutmut_12 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_13'] = x_load_table__mutmut_13 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_14'] = x_load_table__mutmut_14 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_15'] = x_load_table__mutmut_15 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_16'] = x_load_table__mutmut_16 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_17'] = x_load_table__mutmut_17 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_18'] = x_load_table__mutmut_18 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_19'] = x_load_table__mutmut_19 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_20'] = x_load_table__mutmut_20 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_21'] = x_load_table__mutmut_21 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_22'] = x_load_table__mutmut_22 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_23'] = x_load_table__mutmut_23 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_24'] = x_load_table__mutmut_24 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_25'] = x_load_table__mutmut_25 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_26'] = x_load_table__mutmut_26 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_27'] = x_load_table__mutmut_27 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_28'] = x_load_table__mutmut_28 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_29'] = x_load_table__mutmut_29 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_30'] = x_load_table__mutmut_30 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_31'] = x_load_table__mutmut_31 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_32'] = x_load_table__mutmut_32 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_33'] = x_load_table__mutmut_33 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_34'] = x_load_table__mutmut_34 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_35'] = x_load_table__mutmut_35 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_36'] = x_load_table__mutmut_36 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_37'] = x_load_table__mutmut_37 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_38'] = x_load_table__mutmut_38 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_39'] = x_load_table__mutmut_39 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_40'] = x_load_table__mutmut_40 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_41'] = x_load_table__mutmut_41 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_42'] = x_load_table__mutmut_42 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_43'] = x_load_table__mutmut_43 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_44'] = x_load_table__mutmut_44 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_45'] = x_load_table__mutmut_45 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_46'] = x_load_table__mutmut_46 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_47'] = x_load_table__mutmut_47 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_48'] = x_load_table__mutmut_48 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_49'] = x_load_table__mutmut_49 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_50'] = x_load_table__mutmut_50 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_51'] = x_load_table__mutmut_51 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_52'] = x_load_table__mutmut_52 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_53'] = x_load_table__mutmut_53 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_54'] = x_load_table__mutmut_54 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_55'] = x_load_table__mutmut_55 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_56'] = x_load_table__mutmut_56 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_57'] = x_load_table__mutmut_57 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_58'] = x_load_table__mutmut_58 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_59'] = x_load_table__mutmut_59 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_60'] = x_load_table__mutmut_60 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_61'] = x_load_table__mutmut_61 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_62'] = x_load_table__mutmut_62 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_63'] = x_load_table__mutmut_63 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_64'] = x_load_table__mutmut_64 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_65'] = x_load_table__mutmut_65 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_66'] = x_load_table__mutmut_66 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_67'] = x_load_table__mutmut_67 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_68'] = x_load_table__mutmut_68 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_69'] = x_load_table__mutmut_69 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_70'] = x_load_table__mutmut_70 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_71'] = x_load_table__mutmut_71 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_72'] = x_load_table__mutmut_72 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_73'] = x_load_table__mutmut_73 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_74'] = x_load_table__mutmut_74 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_75'] = x_load_table__mutmut_75 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_76'] = x_load_table__mutmut_76 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_77'] = x_load_table__mutmut_77 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_78'] = x_load_table__mutmut_78 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_79'] = x_load_table__mutmut_79 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_80'] = x_load_table__mutmut_80 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_81'] = x_load_table__mutmut_81 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_82'] = x_load_table__mutmut_82 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_83'] = x_load_table__mutmut_83 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_84'] = x_load_table__mutmut_84 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_85'] = x_load_table__mutmut_85 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_86'] = x_load_table__mutmut_86 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_87'] = x_load_table__mutmut_87 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_88'] = x_load_table__mutmut_88 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_89'] = x_load_table__mutmut_89 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_90'] = x_load_table__mutmut_90 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_91'] = x_load_table__mutmut_91 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_92'] = x_load_table__mutmut_92 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_93'] = x_load_table__mutmut_93 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_94'] = x_load_table__mutmut_94 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_95'] = x_load_table__mutmut_95 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_96'] = x_load_table__mutmut_96 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_97'] = x_load_table__mutmut_97 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_98'] = x_load_table__mutmut_98 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_99'] = x_load_table__mutmut_99 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_100'] = x_load_table__mutmut_100 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_101'] = x_load_table__mutmut_101 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_102'] = x_load_table__mutmut_102 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_103'] = x_load_table__mutmut_103 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_104'] = x_load_table__mutmut_104 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_105'] = x_load_table__mutmut_105 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_106'] = x_load_table__mutmut_106 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_107'] = x_load_table__mutmut_107 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_108'] = x_load_table__mutmut_108 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_109'] = x_load_table__mutmut_109 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_110'] = x_load_table__mutmut_110 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_111'] = x_load_table__mutmut_111 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_112'] = x_load_table__mutmut_112 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_113'] = x_load_table__mutmut_113 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_114'] = x_load_table__mutmut_114 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_115'] = x_load_table__mutmut_115 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_116'] = x_load_table__mutmut_116 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_117'] = x_load_table__mutmut_117 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_118'] = x_load_table__mutmut_118 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_119'] = x_load_table__mutmut_119 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_120'] = x_load_table__mutmut_120 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_121'] = x_load_table__mutmut_121 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_122'] = x_load_table__mutmut_122 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_123'] = x_load_table__mutmut_123 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_124'] = x_load_table__mutmut_124 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_125'] = x_load_table__mutmut_125 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_126'] = x_load_table__mutmut_126 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_127'] = x_load_table__mutmut_127 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_128'] = x_load_table__mutmut_128 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_129'] = x_load_table__mutmut_129 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_130'] = x_load_table__mutmut_130 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_131'] = x_load_table__mutmut_131 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_132'] = x_load_table__mutmut_132 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_133'] = x_load_table__mutmut_133 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_134'] = x_load_table__mutmut_134 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_135'] = x_load_table__mutmut_135 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_136'] = x_load_table__mutmut_136 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_137'] = x_load_table__mutmut_137 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_138'] = x_load_table__mutmut_138 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_139'] = x_load_table__mutmut_139 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_140'] = x_load_table__mutmut_140 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_141'] = x_load_table__mutmut_141 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_142'] = x_load_table__mutmut_142 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_143'] = x_load_table__mutmut_143 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_144'] = x_load_table__mutmut_144 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_145'] = x_load_table__mutmut_145 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_146'] = x_load_table__mutmut_146 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_147'] = x_load_table__mutmut_147 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_148'] = x_load_table__mutmut_148 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_149'] = x_load_table__mutmut_149 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_150'] = x_load_table__mutmut_150 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_151'] = x_load_table__mutmut_151 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_152'] = x_load_table__mutmut_152 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_153'] = x_load_table__mutmut_153 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_154'] = x_load_table__mutmut_154 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_155'] = x_load_table__mutmut_155 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_156'] = x_load_table__mutmut_156 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_157'] = x_load_table__mutmut_157 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_158'] = x_load_table__mutmut_158 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_159'] = x_load_table__mutmut_159 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_160'] = x_load_table__mutmut_160 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_161'] = x_load_table__mutmut_161 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_162'] = x_load_table__mutmut_162 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_163'] = x_load_table__mutmut_163 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_164'] = x_load_table__mutmut_164 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_165'] = x_load_table__mutmut_165 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_166'] = x_load_table__mutmut_166 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_167'] = x_load_table__mutmut_167 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_168'] = x_load_table__mutmut_168 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_169'] = x_load_table__mutmut_169 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_170'] = x_load_table__mutmut_170 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_171'] = x_load_table__mutmut_171 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_172'] = x_load_table__mutmut_172 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_173'] = x_load_table__mutmut_173 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_174'] = x_load_table__mutmut_174 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_175'] = x_load_table__mutmut_175 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_176'] = x_load_table__mutmut_176 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_177'] = x_load_table__mutmut_177 # type: ignore # mutmut generated
mutants_x_load_table__mutmut['x_load_table__mutmut_178'] = x_load_table__mutmut_178 # type: ignore # mutmut generated

