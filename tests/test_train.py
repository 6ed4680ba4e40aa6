"""The training recipe, pinned by value: learning-rate schedules, optimiser steps against a plain
PyTorch loop, augmentation, resume, and what each seed changes."""

import copy
import dataclasses
import json

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from memstudy import metrics as M
from memstudy.config import TrialConfig, lr_at
from memstudy.data import augment_batch, build_dataset
from memstudy.models import build_model
from memstudy.noise import add_label_noise
from memstudy.train import epoch_generator, run_trial, run_trials

BASE = TrialConfig(dataset="synthetic", dataset_params={"n_train": 96, "n_test": 32, "shape": [12]}, model="mlp",
                   model_params={"hidden": [16]}, epochs=4, batch_size=32, eta=0.25, seed=3)


@pytest.mark.parametrize("schedule", [
    dict(schedule="constant", lr=0.05),
    dict(schedule="exponential", lr=0.05, lr_gamma=0.5),
    dict(schedule="multistep", lr=0.05, lr_gamma=0.1, lr_milestones=(1, 3)),
])
def test_each_schedule_logs_the_rate_lr_at_gives(schedule):
    cfg = dataclasses.replace(BASE, **schedule)
    history = run_trials([cfg])[0]
    assert [r[M.LR] for r in history[1:]] == [lr_at(cfg, e) for e in range(1, cfg.epochs + 1)]
    if schedule["schedule"] == "multistep":  # after epochs 1 and 3: 0.05, 0.005, 0.005, 0.0005
        assert [r[M.LR] for r in history[1:]] == pytest.approx([0.05, 0.005, 0.005, 0.0005])


def plain_pytorch_run(cfg, optimiser):
    """The same trial in the loop most code writes: torch.optim's own (non-fused) optimiser, the
    learning rate set from lr_at before each epoch, cross entropy on the noisy labels, in the data
    order memstudy draws. Returns the parameters after each epoch."""
    ds = build_dataset(cfg.dataset, **cfg.dataset_params)
    noisy = add_label_noise(ds.y_train, ds.num_classes, cfg.eta, kind=cfg.noise, seed=cfg.resolved_noise_seed)
    torch.manual_seed(cfg.seed)
    model = build_model(cfg.model, ds.in_shape, ds.num_classes, **cfg.model_params)
    opt = optimiser(model.parameters())
    after = []
    for epoch in range(1, cfg.epochs + 1):
        for group in opt.param_groups:
            group["lr"] = lr_at(cfg, epoch)
        order = torch.randperm(ds.x_train.shape[0], generator=epoch_generator(cfg, epoch))
        for b in range(0, len(order), cfg.batch_size):
            idx = order[b : b + cfg.batch_size]
            loss = F.cross_entropy(model(ds.x_train[idx])[0], noisy[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
        after.append(copy.deepcopy(model.state_dict()))
    return after


@pytest.mark.parametrize("recipe, optimiser", [
    (dict(optimizer="sgd", lr=0.1, momentum=0.9, weight_decay=1e-2, schedule="exponential", lr_gamma=0.5),
     lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9, weight_decay=1e-2)),
    (dict(optimizer="adam", lr=0.01, weight_decay=1e-3, schedule="multistep", lr_milestones=(2,), lr_gamma=0.1),
     lambda p: torch.optim.Adam(p, lr=0.01, weight_decay=1e-3)),
])
def test_steps_equal_a_plain_pytorch_loop(recipe, optimiser):
    # Step by step (every epoch's parameters) to float32 rounding: fused and plain kernels sum in
    # another order (measured: 2e-7 relative at most). A rate shifted by an epoch, or momentum or
    # weight decay dropped, moves the parameters by 1e-2 or more.
    cfg = dataclasses.replace(BASE, **recipe)
    states = []
    run_trial(cfg, None, on_epoch=lambda m, s: states.append(copy.deepcopy(s)))
    reference = plain_pytorch_run(cfg, optimiser)
    for epoch, expected in enumerate(reference, start=1):
        ours = states[epoch]["model"]
        assert ours.keys() == expected.keys()
        for key in expected:
            torch.testing.assert_close(ours[key], expected[key], rtol=1e-5, atol=1e-6, msg=f"epoch {epoch} {key}")


def test_augmentation_crops_and_flips_as_specified_and_reproducibly():
    x = torch.arange(2 * 3 * 5 * 6, dtype=torch.float32).reshape(2, 3, 5, 6)
    out = augment_batch(x, torch.Generator().manual_seed(11))
    # The specification: pad 4 with zeros, crop at (dy, dx) drawn uniformly in 0..8, then flip
    # horizontally with probability 1/2, each drawn per image in that order from the generator.
    gen = torch.Generator().manual_seed(11)
    dy, dx = torch.randint(0, 9, (2,), generator=gen), torch.randint(0, 9, (2,), generator=gen)
    mirror = torch.rand(2, generator=gen) < 0.5
    padded = F.pad(x, (4, 4, 4, 4))
    for i in range(2):
        expected = padded[i, :, dy[i] : dy[i] + 5, dx[i] : dx[i] + 6]
        expected = expected.flip(2) if mirror[i] else expected
        assert torch.equal(out[i], expected)
    assert torch.equal(augment_batch(x, torch.Generator().manual_seed(11)), out)      # reproducible
    assert not torch.equal(augment_batch(x, torch.Generator().manual_seed(12)), out)  # and seeded
    assert torch.equal(augment_batch(x.flatten(1), torch.Generator()), x.flatten(1))  # flat features: untouched


def test_augment_changes_training_and_is_reproducible_from_the_seed():
    cfg = dataclasses.replace(BASE, dataset_params={"n_train": 96, "n_test": 32, "shape": [1, 8, 8]}, model="small_cnn",
                              model_params={}, epochs=2, augment=True)
    first, again = run_trials([cfg])[0], run_trials([cfg])[0]
    plain = run_trials([dataclasses.replace(cfg, augment=False)])[0]
    assert first == [{**r, M.EPOCH_TIME: a[M.EPOCH_TIME]} for r, a in zip(again, first)]
    assert first[0][M.J1] == plain[0][M.J1]  # the same network before training
    assert first[-1][M.TRAIN_LOSS] != plain[-1][M.TRAIN_LOSS]


def test_a_resumed_trial_equals_one_never_interrupted():
    # Exactly, on this CPU: the state holds the network and the optimiser (momentum), the rate and
    # the data order come from the epoch.
    cfg = dataclasses.replace(BASE, optimizer="sgd", lr=0.1, momentum=0.9, weight_decay=1e-3, schedule="exponential",
                              lr_gamma=0.7, epochs=5)
    states = []
    straight = run_trials([cfg], on_epoch=lambda m, s: states.append(copy.deepcopy(s)))[0]
    for k in (1, 3):
        resumed = run_trials([cfg], start_state=states[k])[0]
        assert [r["epoch"] for r in resumed] == list(range(k + 1, 6))
        for a, b in zip(straight[k + 1 :], resumed):
            assert {m: v for m, v in a.items() if m != M.EPOCH_TIME} == {m: v for m, v in b.items() if m != M.EPOCH_TIME}
    # A state without its optimiser's momentum would not: the contract is not vacuous.
    forgetful = copy.deepcopy(states[1])
    forgetful["optimizer"]["state"] = {}
    resumed = run_trials([cfg], start_state=forgetful)[0]
    assert resumed[-1][M.TRAIN_LOSS] != straight[-1][M.TRAIN_LOSS]


def _labels_and_start(cfg, tmp_path):
    run_trial(dataclasses.replace(cfg, epochs=1), tmp_path)
    labels = np.load(tmp_path / "labels.npz")
    return labels, run_trials([dataclasses.replace(cfg, epochs=1)])[0]


def test_each_seed_changes_what_it_should_and_nothing_else(tmp_path):
    base_labels, base = _labels_and_start(BASE, tmp_path / "base")
    # noise_seed: other noisy labels (training and the test copy), the same network and data order.
    labels, other = _labels_and_start(dataclasses.replace(BASE, noise_seed=99), tmp_path / "noise")
    assert not np.array_equal(labels["noisy"], base_labels["noisy"])
    assert not np.array_equal(labels["test_noisy"], base_labels["test_noisy"])
    assert np.array_equal(labels["clean"], base_labels["clean"])
    assert other[0][M.J2] == base[0][M.J2] and other[0][M.TEST_LOSS] == base[0][M.TEST_LOSS]  # same initial network
    # data_seed: another data order, the same labels and initial network.
    labels, other = _labels_and_start(dataclasses.replace(BASE, data_seed=99), tmp_path / "data")
    assert np.array_equal(labels["noisy"], base_labels["noisy"])
    assert other[0] == {**base[0], M.EPOCH_TIME: other[0][M.EPOCH_TIME]}
    assert other[1][M.TRAIN_LOSS] != base[1][M.TRAIN_LOSS]
    assert epoch_generator(dataclasses.replace(BASE, data_seed=99), 1).initial_seed() != epoch_generator(BASE, 1).initial_seed()
    # seed with noise_seed and data_seed pinned: another initial network only.
    pinned = dataclasses.replace(BASE, noise_seed=BASE.seed, data_seed=BASE.seed)
    labels, other = _labels_and_start(dataclasses.replace(pinned, seed=99), tmp_path / "init")
    assert np.array_equal(labels["noisy"], base_labels["noisy"])
    assert other[0][M.TEST_LOSS] != base[0][M.TEST_LOSS]


def test_synthetic_data_follows_its_seed():
    a, b = build_dataset("synthetic", seed=0), build_dataset("synthetic", seed=1)
    assert torch.equal(a.x_train, build_dataset("synthetic", seed=0).x_train)
    assert not torch.equal(a.x_train, b.x_train) and not torch.equal(a.y_train, b.y_train)


def test_online_j1_j2_are_the_training_steps_own_predictions():
    # The authors' protocol: each example's class as predicted by the training step that saw it
    # (train mode, before that step's update), over the epoch; no extra pass.
    from memstudy.losses import build_loss
    from memstudy.train import fused_loss, make_optimizer, train_epoch

    cfg = dataclasses.replace(BASE, optimizer="sgd", lr=0.2, momentum=0.9, epochs=2)
    history = run_trials([cfg])[0]
    assert M.ONLINE_J1 not in history[0]  # no training at epoch 0, so no online prediction
    ds = build_dataset(cfg.dataset, **cfg.dataset_params)
    noisy = add_label_noise(ds.y_train, ds.num_classes, cfg.eta, kind=cfg.noise, seed=cfg.resolved_noise_seed)
    torch.manual_seed(cfg.seed)
    model = build_model(cfg.model, ds.in_shape, ds.num_classes, **cfg.model_params)
    opt = make_optimizer(cfg, model.parameters())
    step_loss = fused_loss([build_loss(cfg.loss)], ["cce"])
    for epoch in (1, 2):
        for group in opt.param_groups:
            group["lr"] = lr_at(cfg, epoch)
        predicted = torch.full((len(noisy),), -1)
        order = torch.randperm(len(noisy), generator=epoch_generator(cfg, epoch))
        for b in range(0, len(order), cfg.batch_size):  # the same steps, recording each step's predictions
            idx = order[b : b + cfg.batch_size]
            model.train()
            logits = model(ds.x_train[idx])
            predicted[idx] = logits[0].argmax(1)
            loss = step_loss(logits, noisy[None, idx]).sum()
            opt.zero_grad()
            loss.backward()
            opt.step()
        assert history[epoch][M.ONLINE_J1] == pytest.approx(float((predicted == noisy).float().mean()))
        assert history[epoch][M.ONLINE_J2] == pytest.approx(float((predicted == ds.y_train).float().mean()))
    assert history[1][M.ONLINE_J1] != history[1][M.J1]  # not the end-of-epoch evaluation
    # The train_epoch function fills them the same way for a fused group's members.
    labels = torch.stack([noisy, noisy])
    two = build_model(cfg.model, ds.in_shape, ds.num_classes, seeds=[0, 1], **cfg.model_params)
    online = torch.full_like(labels, -1)
    train_epoch(two, make_optimizer(cfg, two.parameters()), fused_loss([build_loss("cce")] * 2, ["cce"] * 2),
                ds.x_train, labels, cfg.batch_size, epoch_generator(cfg, 1), online=online)
    assert (online >= 0).all() and not torch.equal(online[0], online[1])


def test_a_resumed_trial_keeps_the_peaks_of_the_epochs_before(tmp_path):
    from memstudy.train import STATUS_FILE, TrialRecord

    epoch = {M.J1: 0.5, M.J2: 0.6, M.TEST_ACC: 0.55}
    cfg = dataclasses.replace(BASE, record_predictions=False)  # the record alone, without data to describe
    with TrialRecord(cfg, tmp_path) as record:
        record.open_log(0)
        record.log(1, {**epoch, M.J2: 0.9})  # the peak, before the interruption
        record.log(2, epoch)
    with TrialRecord(cfg, tmp_path) as record:  # resumed after epoch 2
        record.open_log(2)
        record.log(3, epoch)
    summary = json.loads((tmp_path / STATUS_FILE).read_text())["summary"]
    assert summary[M.PEAK_J2] == 0.9 and summary[M.FINAL_J2] == 0.6
    assert summary[M.FINAL_J2_MINUS_J1] == pytest.approx(0.1)
    with TrialRecord(cfg, tmp_path) as record:  # a fresh start forgets them
        record.open_log(0)
        record.log(1, epoch)
    assert json.loads((tmp_path / STATUS_FILE).read_text())["summary"][M.PEAK_J2] == 0.6


def test_threads_are_set_for_the_run_only():
    # A Ray trial runs with its CPU share's threads; a caller in the same process (a test, a
    # notebook) keeps its own count, or later runs would sum in another order and differ.
    cfg = TrialConfig(dataset="synthetic", dataset_params={"n_train": 64, "n_test": 32}, model="mlp",
                      model_params={"hidden": [8]}, epochs=1)
    before = torch.get_num_threads()
    seen = []
    try:
        torch.set_num_threads(2)
        run_trials([cfg], threads=1, on_epoch=lambda metrics, state: seen.append(torch.get_num_threads()))
        assert seen and set(seen) == {1}
        assert torch.get_num_threads() == 2
    finally:
        torch.set_num_threads(before)
