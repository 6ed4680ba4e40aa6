"""A network's training epochs, each full batch's step replayed as one captured CUDA graph.

On a GPU one trial's step (forward, loss, backward, fused optimiser step) is bound by Python and
kernel launches, not by the GPU (../shared/NOTES-gpu.md: a ResNet-32 step about 17 ms eager, 1.3 s
per 50,000-image epoch when captured). `Steps` trains one network as `train_epoch` does, batch for
batch and in the same order, but after WARMUP_STEPS eager steps it captures the step once, with
everything it reads in static tensors (the epoch's order, crop and flip draws, a batch counter and
the learning rate), and replays it for every full batch: one launch per step. A last, smaller
batch runs eagerly. Where capture is not possible (not CUDA, `cuda_graphs: false`, capture failed)
every step runs eagerly and `why_eager` says why.
"""

from __future__ import annotations

import torch

from memstudy.data import augment_draws, augmented

WARMUP_STEPS = 3  # eager steps before capture (lazy allocations: optimiser state, cuBLAS workspaces)


def graphs_unavailable(cuda_graphs: bool, device: torch.device) -> str | None:
    """Why a trial's steps cannot be captured as CUDA graphs (None: they can be)."""
    if not cuda_graphs:
        return "cuda_graphs is false"
    if device.type != "cuda":
        return f"CUDA graphs need a CUDA device; this trial runs on {device.type}"
    return None


class Steps:
    """The training epochs of one network: `model` and `optimizer`, `loss` (as fused_loss makes it),
    the on-device images `x` [n, ...] and each member's labels [G, n].

    `epoch(generator, lr)` trains one pass in the order drawn from `generator` and returns
    (batch losses [G, batches], online predictions [G, n]) as train_epoch computes them; the
    optimiser's param_groups must hold `lr` as a number (the caller sets it each epoch). `why_eager`
    is None while steps are (or will be) replayed as a CUDA graph, else why they run eagerly.
    """

    def __init__(self, model, optimizer, loss, x, labels, batch_size: int, augment: bool = False,
                 bf16: bool = False, why_eager: str | None = None):
        self.model, self.optimizer, self.loss, self.x, self.labels = model, optimizer, loss, x, labels
        self.batch_size, self.bf16, self.why_eager = batch_size, bf16, why_eager
        n, device = x.shape[0], x.device
        self.augment = augment and x.dim() == 4
        self.full = n // batch_size  # batches of batch_size; a last smaller one runs eagerly
        self.num_batches = (n + batch_size - 1) // batch_size
        # What a captured step reads and writes: static tensors, refilled each epoch.
        self.order = torch.empty(n, dtype=torch.long, device=device)
        self.draws = torch.empty(3, n, dtype=torch.long, device=device) if self.augment else None
        self.online = torch.empty_like(labels)
        self.batch_losses = torch.empty(labels.shape[0], self.num_batches, device=device)
        self.pos = torch.zeros(1, dtype=torch.long, device=device)  # the batch a replay trains
        self.offsets = torch.arange(batch_size, device=device)
        self.lr = torch.zeros((), dtype=torch.float32, device=device)  # fused optimisers read a float32 lr
        self.graph = None
        self.warm = 0  # eager full-batch steps taken so far

    @property
    def mode(self) -> str:
        return "cuda_graph" if self.graph is not None else "eager"

    def _autocast(self, cache: bool = True):
        return torch.autocast(self.x.device.type, dtype=torch.bfloat16, enabled=self.bf16, cache_enabled=cache)

    def _train(self, idx, draws, cache: bool = True):
        """One step on the examples `idx`: forward, loss, online predictions, backward, optimiser
        step; the members' mean losses [G]."""
        xb = self.x[idx]
        if draws is not None:
            xb = augmented(xb, draws)
        with self._autocast(cache):
            logits = self.model(xb)
            losses = self.loss(logits, self.labels[:, idx])
        self.online[:, idx] = logits.detach().argmax(dim=2)
        losses.sum().backward()
        self.optimizer.step()
        return losses.detach()

    def _eager_step(self, b: int):
        lo, hi = b * self.batch_size, (b + 1) * self.batch_size
        self.optimizer.zero_grad(set_to_none=True)
        self.batch_losses[:, b] = self._train(self.order[lo:hi], self.draws[:, lo:hi] if self.augment else None)

    def _graphed_step(self):
        """The step of batch `pos`, every index computed on the device; then pos += 1."""
        at = self.pos * self.batch_size + self.offsets
        losses = self._train(self.order[at], self.draws[:, at] if self.augment else None, cache=False)
        self.batch_losses.index_copy_(1, self.pos, losses[:, None])
        self.pos += 1

    def _capture(self):
        """Record _graphed_step as a CUDA graph (nothing runs: replays do). The optimiser reads the
        static lr tensor inside the graph; its param_groups keep their numbers outside it."""
        groups = self.optimizer.param_groups
        saved = [(g["lr"], g.get("capturable")) for g in groups]
        self.optimizer.zero_grad(set_to_none=True)  # the graph's backward makes its own gradients
        graph = torch.cuda.CUDAGraph()
        try:
            for g in groups:
                g["lr"] = self.lr
                if "capturable" in g:  # Adam checks it under capture; its fused kernel reads step on the device
                    g["capturable"] = True
            with torch.cuda.graph(graph):
                self._graphed_step()
        finally:
            for g, (lr, capturable) in zip(groups, saved):
                g["lr"] = lr
                if capturable is not None:
                    g["capturable"] = capturable
        self.graph = graph

    def epoch(self, generator: torch.Generator, lr: float) -> tuple[torch.Tensor, torch.Tensor]:
        n = self.x.shape[0]
        self.order.copy_(torch.randperm(n, generator=generator))
        if self.augment:
            self.draws.copy_(augment_draws(n, generator, self.x.device))
        self.model.train()
        b = 0
        if self.why_eager is None and self.graph is None:
            # Warm-up steps on a side stream, as torch's capture recipe does; then capture.
            cuda = self.x.device.type == "cuda"
            side = torch.cuda.Stream(self.x.device) if cuda else None
            if cuda:
                side.wait_stream(torch.cuda.current_stream(self.x.device))
            with torch.cuda.stream(side):  # no-op for None
                while b < self.full and self.warm < WARMUP_STEPS:
                    self._eager_step(b)
                    self.warm += 1
                    b += 1
            if cuda:
                torch.cuda.current_stream(self.x.device).wait_stream(side)
            if b < self.full:
                try:
                    self._capture()
                except Exception as err:  # noqa: BLE001 - any capture failure: train eagerly, say why
                    self.why_eager = f"CUDA graph capture failed: {type(err).__name__}: {str(err)[:300]}"
                    self.graph = None
        if self.graph is not None and b < self.full:
            self.lr.fill_(lr)
            self.pos.fill_(b)
            for _ in range(b, self.full):
                self.graph.replay()
            b = self.full
        for b in range(b, self.num_batches):
            self._eager_step(b)
        return self.batch_losses.clone(), self.online.clone()
