"""Per-example memorisation: predictions recorded by trials (and on resume), and the statistics on hand-made ones."""

import copy
import dataclasses

import numpy as np
import pytest

import pandas as pd

from analysis.examples import (ONLINE_KEY, examples_table, forgetting_events, load_predictions, settled_epoch,
                               spearman, trial_examples)
from memstudy.config import TrialConfig
from memstudy.train import PREDICTIONS_FILE, PREDICTIONS_RAW, run_trial, run_trials

BASE = TrialConfig(dataset="synthetic", dataset_params={"n_train": 64, "n_test": 16}, model="mlp",
                   model_params={"hidden": [8]}, epochs=4, eta=0.4, lr=0.05)


def test_settled_epoch_and_forgetting_on_hand_made_hits():
    hits = np.array([[0, 1, 1, 1, 1],    # settled from epoch 1
                     [0, 1, 0, 1, 1],    # from epoch 3 (forgotten once, at 2)
                     [1, 1, 1, 1, 0],    # not at the last epoch: never settled (forgotten at 4)
                     [1, 1, 1, 1, 1],    # from epoch 1 (epoch 0, the untrained network, does not count)
                     [0, 0, 0, 0, 1],
                     [1, 0, 1, 1, 1]], dtype=bool)  # right at epoch 0 (untrained), wrong at 1: no forgetting
    assert np.array_equal(settled_epoch(hits), [1, 3, np.nan, 1, 4, 2], equal_nan=True)
    assert forgetting_events(hits).tolist() == [0, 1, 1, 0, 0, 0]


def test_trial_examples_on_hand_made_predictions():
    clean = np.array([0, 1, 2, 0, 1, 2])
    noisy = np.array([1, 2, 0, 0, 1, 2])  # the first three flipped
    predicted = np.array([[0, 1, 1, 1],    # flipped: predicted noisy (1) from epoch 1
                          [1, 1, 2, 2],    # flipped: from epoch 2
                          [2, 2, 2, 2],    # flipped: never memorised (kept its clean label)
                          [0, 0, 0, 0],    # clean: learned from 1, never forgotten
                          [1, 1, 0, 1],    # clean: forgotten at 2, learned for good at 3
                          [0, 2, 2, 2]])   # clean: learned from 1
    stats = trial_examples(predicted, clean, noisy, difficulty=np.arange(6.0))
    assert stats["flipped"] == 3 and np.array_equal(stats["memorisation_epoch"], [1, 2, np.nan], equal_nan=True)
    assert stats["memorised_share"] == pytest.approx(2 / 3) and stats["median_memorisation_epoch"] == 1.5
    assert np.array_equal(stats["learning_epoch"], [1, 3, 1])
    assert stats["learned_share"] == 1.0 and stats["forgetting_eval_mean"] == pytest.approx(1 / 3)
    assert stats["forgotten_eval_share"] == pytest.approx(1 / 3)
    assert np.isnan(stats["forgetting_online_mean"])  # no online predictions given
    assert np.isnan(stats["difficulty_spearman"])  # two memorised examples: too few to rank


def test_spearman_is_a_rank_correlation():
    x = np.arange(20.0)
    assert spearman(x, x ** 3) == pytest.approx(1.0)     # monotone, not linear
    assert spearman(x, -np.exp(x)) == pytest.approx(-1.0)
    assert np.isnan(spearman(x, np.ones(20)))


def test_trials_record_each_examples_prediction_every_epoch(tmp_path):
    states = []
    history = run_trials([BASE], [tmp_path / "t"], on_epoch=lambda m, s: states.append(copy.deepcopy(s)))[0]
    predicted, difficulty, online = load_predictions(tmp_path / "t")
    assert predicted.shape == (64, 5) and predicted.dtype == np.uint8 and difficulty.shape == (64,)
    labels = np.load(tmp_path / "t" / "labels.npz")
    flipped = labels["noisy"] != labels["clean"]
    for epoch, metrics in enumerate(history):  # each epoch's row gives that epoch's J1 and memorised share
        assert (predicted[:, epoch] == labels["noisy"]).mean() == pytest.approx(metrics["train/j1"])
        assert (predicted[flipped, epoch] == labels["noisy"][flipped]).mean() == pytest.approx(metrics["noisy/memorised"])
    assert not (tmp_path / "t" / PREDICTIONS_RAW).exists()  # packed into predictions.npz at the end
    # Resumed after epoch 2 in a folder whose run went on to epoch 3 before it stopped (its rows
    # unpacked, as a killed run leaves them; or packed, as a run that failed and is retried left
    # them): the rows are those of the run never interrupted.
    for packed in (False, True):
        resumed = tmp_path / f"resumed{packed}"
        run_trials([dataclasses.replace(BASE, epochs=3)], [resumed])
        if not packed:
            rows = load_predictions(resumed)[0]
            (resumed / PREDICTIONS_FILE).unlink()
            rows.T.copy().tofile(resumed / PREDICTIONS_RAW)
            np.save(resumed / "clean_loss_epoch1.npy", difficulty.astype(np.float16))
        run_trials([BASE], [resumed], start_state=states[2])
        again, again_difficulty, _ = load_predictions(resumed)
        assert np.array_equal(again, predicted) and np.array_equal(again_difficulty, difficulty), packed


def test_recording_predictions_is_switched_off_per_study(tmp_path):
    run_trial(dataclasses.replace(BASE, record_predictions=False), tmp_path / "t")
    assert load_predictions(tmp_path / "t") is None
    assert not (tmp_path / "t" / PREDICTIONS_FILE).exists()


def test_per_example_figures_plot_the_shares_they_name():
    from analysis.figures import difficulty_shares, memorised_curve

    # Ten flipped examples each; memorisation epochs known (nan: never), difficulty ranked.
    nan = np.nan
    arrays = {"a": {"epochs": 4, "memorisation_epoch": np.array([1, 1, 2, nan, 3, 4, nan, nan, 2, 1]),
                    "difficulty": np.arange(10.0)},
              "b": {"epochs": 3, "memorisation_epoch": np.array([nan] * 5 + [1.0] * 5),
                    "difficulty": np.arange(10.0)[::-1]}}
    epochs, share = memorised_curve(arrays, ["a", "b"])
    # a by epoch 0..3: 0, .3, .5, .6; b: 0, .5, .5, .5; to the shorter run (b: epochs 0..3)
    assert epochs.tolist() == [0, 1, 2, 3] and share == pytest.approx([0, 0.4, 0.5, 0.55])
    bins, memorised = difficulty_shares(arrays, ["a", "b"])
    # a, easiest first: pairs (1, 1), (2, -), (3, 4), (-, -), (2, 1); b (reversed): 1, 1, .5, 0, 0
    assert bins.tolist() == [1, 2, 3, 4, 5] and memorised == pytest.approx([1, 0.75, 0.75, 0, 0.5])
    # A run with fewer flipped examples than bins (eta 0.03 of 100 examples: 4) fills none: left out, not
    # the whole analysis stopped ("x and y must have same first dimension"; with 0 or 1: "Bin edges").
    few = {"c": {"difficulty": np.array([0.3, 0.1, 0.2, 0.4]), "memorisation_epoch": np.array([1.0, np.inf, 2, 3])},
           "d": {"difficulty": np.array([]), "memorisation_epoch": np.array([])}}
    assert difficulty_shares({**arrays, **few}, ["a", "b", "c", "d"])[1] == pytest.approx([1, 0.75, 0.75, 0, 0.5])
    assert np.isnan(difficulty_shares(few, ["c", "d"])[1]).all()


def test_forgetting_counts_presentations_from_the_online_predictions():
    # Clean examples (labels 0): online (one prediction per presentation, epochs 1..4) and eval
    # (end of epoch, epochs 0..4) disagree; each is its own named statistic, both from epoch 1 on.
    clean = noisy = np.zeros(3, dtype=np.int64)
    predicted = np.array([[0, 0, 0, 0, 0],     # eval: never forgotten
                          [0, 1, 0, 0, 0],     # eval: epoch 0 -> 1 is the untrained network: no event
                          [1, 0, 1, 0, 0]])    # eval: forgotten at 2
    online = np.array([[-1, 0, 1, 0, 1],       # online: forgotten at presentations 2 and 4
                       [-1, 0, 0, 0, 0],
                       [-1, 1, 1, 1, 0]])      # online: never right before the last: none
    stats = trial_examples(predicted, clean, noisy, online=online)
    assert stats["forgetting_online_mean"] == pytest.approx(2 / 3) and stats["forgotten_online_share"] == pytest.approx(1 / 3)
    assert stats["forgetting_eval_mean"] == pytest.approx(1 / 3) and stats["forgotten_eval_share"] == pytest.approx(1 / 3)
    assert stats["forgetting_events"].tolist() == [2, 0, 0]  # the per-example array is Toneva's (online)


def hand_made_trial(folder, with_online=True):
    """A trial folder as a run leaves it: labels.npz and predictions.npz (eval predictions for epochs
    0..3; the online ones for epochs 1..3 when `with_online`). Two flipped examples (0 -> 1)."""
    folder.mkdir(parents=True)
    clean, noisy = np.array([0, 0, 0, 0]), np.array([1, 1, 0, 0])
    np.savez(folder / "labels.npz", clean=clean, noisy=noisy)
    arrays = {"predicted": np.array([[0, 0, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0], [0, 0, 0, 0]], dtype=np.uint8)}
    if with_online:  # the training steps memorise the flipped examples from epoch 1
        arrays[ONLINE_KEY] = np.array([[1, 1, 1], [1, 1, 1], [0, 0, 0], [0, 1, 0]], dtype=np.uint8)
    np.savez(folder / "predictions.npz", **arrays)


def trials_row(name):
    return pd.DataFrame([{"trial": name, "dataset": "toy", "model": "mlp", "variant": "", "loss_label": "cce",
                          "eta": 0.5, "seed": 0, "status": "finished"}])


def test_the_online_protocol_reads_the_online_predictions_example_by_example(tmp_path):
    hand_made_trial(tmp_path / "t")
    eval_table, _, eval_note = examples_table(tmp_path, trials_row("t"), "eval")
    online_table, arrays, online_note = examples_table(tmp_path, trials_row("t"), "online")
    # Eval: one of the two flipped examples memorised, at epoch 3; online: both, from epoch 1.
    assert eval_table.memorised_share.iloc[0] == 0.5 and eval_table.median_memorisation_epoch.iloc[0] == 3
    assert online_table.memorised_share.iloc[0] == 1.0 and online_table.median_memorisation_epoch.iloc[0] == 1
    assert online_table.epochs.iloc[0] == 3 and arrays["t"]["epochs"] == 3
    assert online_table.forgetting_online_mean.iloc[0] == pytest.approx(0.5)  # clean example 4: right, wrong, right
    # The eval statistic stays the end-of-epoch predictions' under the online protocol (before: the online one).
    assert online_table.forgetting_eval_mean.iloc[0] == eval_table.forgetting_eval_mean.iloc[0] == 0
    assert "from the training steps' own predictions (online, train mode)" in online_note
    assert "end-of-epoch evaluation's predictions (eval mode)" in eval_note


def test_without_online_predictions_the_online_protocol_says_so(tmp_path):
    hand_made_trial(tmp_path / "t", with_online=False)
    table, _, note = examples_table(tmp_path, trials_row("t"), "online")
    assert table.empty
    assert "1 trial(s) recorded no online per-example predictions" in note and "no per-example rows at all" in note
    table, _, note = examples_table(tmp_path, trials_row("t"), "eval")
    assert len(table) == 1 and np.isnan(table.forgetting_online_mean.iloc[0])
    assert "their forgetting events are the eval-mode statistic only." in note
