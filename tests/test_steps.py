"""memstudy.steps on the CPU: the replayed step's device-side indexing (batch counter, order, crop
draws, online predictions, batch losses) trains exactly as the eager epoch does, and a trial says
in status.json how its steps ran and why not as CUDA graphs. Capture and replay themselves need a
GPU: tests/test_gpu.py compares them with eager training epoch by epoch there."""

import dataclasses
import json
from types import SimpleNamespace

import pytest
import torch

from memstudy import metrics as M
from memstudy.config import TrialConfig
from memstudy.data import build_dataset
from memstudy.losses import build_loss
from memstudy.steps import WARMUP_STEPS, Steps
from memstudy.train import STATUS_FILE, build_network, epoch_generator, fused_loss, run_trials, train_epoch


class DirectReplay(Steps):
    """Steps whose 'graph' runs the captured step's code eagerly on each replay. A real graph's
    backward writes fresh gradients each replay (they were None at capture): so does this."""

    captures = 0

    def _capture(self):
        DirectReplay.captures += 1

        def replay():
            self.optimizer.zero_grad(set_to_none=True)
            self._graphed_step()

        self.graph = SimpleNamespace(replay=replay)


def _group(model, shape, n, augment, losses=(("cce", {}), ("mse", {}), ("rll", {"alpha": 0.5}), ("rll", {"alpha": 2.0}))):
    cfg = TrialConfig(dataset="synthetic", dataset_params={"n_train": n, "n_test": 8, "shape": list(shape),
                                                            "num_classes": 4},
                      model=model, batch_size=16, augment=augment, lr=0.05)
    ds = build_dataset(cfg.dataset, **cfg.dataset_params)
    labels = torch.stack([(ds.y_train + g) % 4 for g in range(len(losses))])
    loss = fused_loss([build_loss(name, **params) for name, params in losses],
                      [name + json.dumps(params) for name, params in losses], list(losses))
    return cfg, ds, labels, loss


@pytest.mark.parametrize("model, shape, augment", [("mlp", (1, 8, 8), False), ("small_cnn", (1, 8, 8), True),
                                                   ("resnet32", (3, 8, 8), True)])
def test_the_replayed_step_trains_exactly_as_the_eager_epoch(model, shape, augment):
    # 100 examples in batches of 16: 6 full batches (3 warm-up, then replays) and a last one of 4.
    cfg, ds, labels, loss = _group(model, shape, 100, augment)
    seeds = [0, 1, 2, 3]
    eager_model, eager_opt = build_network(cfg, ds.in_shape, 4, seeds, "cpu")
    model_, opt = build_network(cfg, ds.in_shape, 4, seeds, "cpu")
    steps = DirectReplay(model_, opt, loss, ds.x_train, labels, cfg.batch_size, augment)
    before = DirectReplay.captures
    for epoch in (1, 2, 3):
        online = torch.empty_like(labels)
        eager_losses = train_epoch(eager_model, eager_opt, loss, ds.x_train, labels, cfg.batch_size,
                                   epoch_generator(cfg, epoch), augment, online=online)
        losses, predicted = steps.epoch(epoch_generator(cfg, epoch), cfg.lr)
        assert steps.mode == "cuda_graph" and steps.why_eager is None
        torch.testing.assert_close(losses, eager_losses, rtol=0, atol=0)
        assert torch.equal(predicted, online)
        for (name, a), b in zip(eager_model.state_dict().items(), model_.state_dict().values()):
            torch.testing.assert_close(b, a, rtol=0, atol=0, msg=f"{name} after epoch {epoch}")
    assert DirectReplay.captures == before + 1  # captured once, in the first epoch after the warm-up
    assert steps.warm == WARMUP_STEPS


def test_a_failed_capture_trains_eagerly_and_says_why():
    class Failing(Steps):
        def _capture(self):
            raise RuntimeError("operation not permitted when stream is capturing")

    cfg, ds, labels, loss = _group("mlp", (1, 8, 8), 100, False)
    eager_model, eager_opt = build_network(cfg, ds.in_shape, 4, [0, 1, 2, 3], "cpu")
    model_, opt = build_network(cfg, ds.in_shape, 4, [0, 1, 2, 3], "cpu")
    steps = Failing(model_, opt, loss, ds.x_train, labels, cfg.batch_size)
    for epoch in (1, 2):
        eager = train_epoch(eager_model, eager_opt, loss, ds.x_train, labels, cfg.batch_size, epoch_generator(cfg, epoch))
        losses, _ = steps.epoch(epoch_generator(cfg, epoch), cfg.lr)
        torch.testing.assert_close(losses, eager, rtol=0, atol=0)
    assert steps.mode == "eager"
    assert steps.why_eager == ("CUDA graph capture failed: RuntimeError: operation not permitted when stream is "
                               "capturing")


@pytest.mark.parametrize("cuda_graphs, why", [(True, "CUDA graphs need a CUDA device; this trial runs on cpu"),
                                              (False, "cuda_graphs is false")])
def test_a_trials_status_says_how_its_steps_ran(tmp_path, cuda_graphs, why):
    cfg = TrialConfig(dataset="synthetic", dataset_params={"n_train": 64, "n_test": 16}, model="mlp", epochs=2,
                      batch_size=16, device="cpu", cuda_graphs=cuda_graphs)
    run_trials([cfg], [tmp_path])
    status = json.loads((tmp_path / STATUS_FILE).read_text())
    assert status["status"] == "finished"
    assert status["training_step"] == {"mode": "eager", "why_eager": why}


def test_cuda_graphs_does_not_change_what_a_cpu_trial_computes():
    cfg = TrialConfig(dataset="synthetic", dataset_params={"n_train": 64, "n_test": 16}, model="mlp", epochs=2,
                      batch_size=16, device="cpu")
    on, off = (repr([{k: v for k, v in m.items() if k != M.EPOCH_TIME} for m in run_trials(
        [dataclasses.replace(cfg, cuda_graphs=flag)])[0]]) for flag in (True, False))  # repr: nan == nan
    assert on == off
