"""Metric names (defined once, shared by training, logging and analysis) and the per-epoch metrics.

Names form a namespace, `group/name`, so TensorBoard groups them. J1/J2 are measured by an
end-of-epoch pass over the whole training set in eval mode (recorded as EVAL_PROTOCOL), not from
the online train-mode predictions the authors stored during the epoch.
"""

from __future__ import annotations

import math

J1 = "train/j1"                 # accuracy against the noisy labels the network is trained on
J2 = "train/j2"                 # accuracy against the original clean training labels
TRAIN_LOSS = "train/loss"       # mean loss against the noisy labels (the training objective)
CLEAN_LOSS = "train/clean_loss"  # mean loss against the clean labels (the clean risk, for Theorem 1)
TEST_ACC = "test/acc"
TEST_LOSS = "test/loss"        # mean loss on the clean test set (the clean risk, for Theorem 1)
TEST_NOISY_LOSS = "test/noisy_loss"  # mean loss against an independent noisy copy of the test labels (the noisy risk)
MEMORISED = "noisy/memorised"   # on flipped examples only: share predicted as their noisy label
CORRECTED = "noisy/corrected"   # on flipped examples only: share predicted as their clean label
LR = "opt/lr"
EPOCH_TIME = "time/epoch_s"      # wall time of the training pass (not the evaluation)

EPOCH_METRICS = (J1, J2, TEST_ACC, TRAIN_LOSS, CLEAN_LOSS, TEST_LOSS, TEST_NOISY_LOSS, MEMORISED, CORRECTED, LR,
                 EPOCH_TIME)
EVAL_PROTOCOL = "end_of_epoch_eval_mode"

# A trial folder's status.json when a killed driver had started the trial before Ray Tune's last
# snapshot recorded it: on resume Tune ran the trial again from the start in another folder, so
# the analysis leaves this one out.
SUPERSEDED = "superseded"


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_metrics_from_logits__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_metrics_from_logits__mutmut)
def metrics_from_logits(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_orig(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_1(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = None
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_2(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=None), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_3(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=2), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_4(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=None)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_5(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=2)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_6(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = None
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_7(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy == clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_8(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = None
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_9(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(None)
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_10(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float(None),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_11(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred != noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_12(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float(None),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_13(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred != clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_14(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float(None),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_15(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred != y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_16(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(None),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_17(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(None, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_18(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, None).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_19(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_20(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, ).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_21(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(None),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_22(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(None, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_23(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, None).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_24(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_25(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, ).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_26(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(None),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_27(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(None, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_28(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, None).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_29(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_30(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, ).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_31(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(None),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_32(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(None, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_33(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, None).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_34(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_35(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, ).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_36(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if (n_flipped) and False else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_37(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if (n_flipped) or True else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_38(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float(None) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_39(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] != noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_40(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if (n_flipped) and False else math.nan,
    }


def x_metrics_from_logits__mutmut_41(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] == clean[flipped]).float().mean()) if (n_flipped) or True else math.nan,
    }


def x_metrics_from_logits__mutmut_42(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float(None) if n_flipped else math.nan,
    }


def x_metrics_from_logits__mutmut_43(train_logits, noisy, clean, test_logits, y_test, loss_fn, test_noisy) -> dict:
    """J1, J2, test accuracy, losses and the memorised/corrected shares, from a model's logits.

    `test_noisy` is the noisy copy of the test labels. Memorised and corrected are NaN when no
    label was flipped.
    """
    train_pred, test_pred = train_logits.argmax(dim=1), test_logits.argmax(dim=1)
    flipped = noisy != clean
    n_flipped = int(flipped.sum())
    return {
        J1: float((train_pred == noisy).float().mean()),
        J2: float((train_pred == clean).float().mean()),
        TEST_ACC: float((test_pred == y_test).float().mean()),
        TRAIN_LOSS: float(loss_fn(train_logits, noisy).double().mean()),
        CLEAN_LOSS: float(loss_fn(train_logits, clean).double().mean()),
        TEST_LOSS: float(loss_fn(test_logits, y_test).double().mean()),
        TEST_NOISY_LOSS: float(loss_fn(test_logits, test_noisy).double().mean()),
        MEMORISED: float((train_pred[flipped] == noisy[flipped]).float().mean()) if n_flipped else math.nan,
        CORRECTED: float((train_pred[flipped] != clean[flipped]).float().mean()) if n_flipped else math.nan,
    }

mutants_x_metrics_from_logits__mutmut['_mutmut_orig'] = x_metrics_from_logits__mutmut_orig # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_1'] = x_metrics_from_logits__mutmut_1 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_2'] = x_metrics_from_logits__mutmut_2 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_3'] = x_metrics_from_logits__mutmut_3 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_4'] = x_metrics_from_logits__mutmut_4 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_5'] = x_metrics_from_logits__mutmut_5 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_6'] = x_metrics_from_logits__mutmut_6 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_7'] = x_metrics_from_logits__mutmut_7 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_8'] = x_metrics_from_logits__mutmut_8 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_9'] = x_metrics_from_logits__mutmut_9 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_10'] = x_metrics_from_logits__mutmut_10 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_11'] = x_metrics_from_logits__mutmut_11 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_12'] = x_metrics_from_logits__mutmut_12 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_13'] = x_metrics_from_logits__mutmut_13 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_14'] = x_metrics_from_logits__mutmut_14 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_15'] = x_metrics_from_logits__mutmut_15 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_16'] = x_metrics_from_logits__mutmut_16 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_17'] = x_metrics_from_logits__mutmut_17 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_18'] = x_metrics_from_logits__mutmut_18 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_19'] = x_metrics_from_logits__mutmut_19 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_20'] = x_metrics_from_logits__mutmut_20 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_21'] = x_metrics_from_logits__mutmut_21 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_22'] = x_metrics_from_logits__mutmut_22 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_23'] = x_metrics_from_logits__mutmut_23 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_24'] = x_metrics_from_logits__mutmut_24 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_25'] = x_metrics_from_logits__mutmut_25 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_26'] = x_metrics_from_logits__mutmut_26 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_27'] = x_metrics_from_logits__mutmut_27 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_28'] = x_metrics_from_logits__mutmut_28 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_29'] = x_metrics_from_logits__mutmut_29 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_30'] = x_metrics_from_logits__mutmut_30 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_31'] = x_metrics_from_logits__mutmut_31 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_32'] = x_metrics_from_logits__mutmut_32 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_33'] = x_metrics_from_logits__mutmut_33 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_34'] = x_metrics_from_logits__mutmut_34 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_35'] = x_metrics_from_logits__mutmut_35 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_36'] = x_metrics_from_logits__mutmut_36 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_37'] = x_metrics_from_logits__mutmut_37 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_38'] = x_metrics_from_logits__mutmut_38 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_39'] = x_metrics_from_logits__mutmut_39 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_40'] = x_metrics_from_logits__mutmut_40 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_41'] = x_metrics_from_logits__mutmut_41 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_42'] = x_metrics_from_logits__mutmut_42 # type: ignore # mutmut generated
mutants_x_metrics_from_logits__mutmut['x_metrics_from_logits__mutmut_43'] = x_metrics_from_logits__mutmut_43 # type: ignore # mutmut generated
