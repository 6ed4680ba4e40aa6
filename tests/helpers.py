"""Test helpers: tiny files in the real MNIST (IDX) and CIFAR-10 (python batch) formats, and study runs."""

import gzip
import json
import os
import pickle
import re
import signal
import struct
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import yaml
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

from memstudy.data import CIFAR_DIR, CIFAR_TEST, CIFAR_TRAIN, MNIST_FILES
from memstudy.train import CONFIG_FILE, STATUS_FILE, TB_DIR

REPO = Path(__file__).resolve().parent.parent


def write_idx(path, array, gz=False):
    header = struct.pack(">BBBB", 0, 0, 0x08, array.ndim) + struct.pack(f">{array.ndim}I", *array.shape)
    raw = header + array.astype(np.uint8).tobytes()
    path.write_bytes(gzip.compress(raw) if gz else raw)


def write_tiny_mnist(folder, n_train=20, n_test=10, gz=False):
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(0)
    arrays = {
        "x_train": rng.integers(0, 256, (n_train, 28, 28)),
        "y_train": np.arange(n_train) % 10,
        "x_test": rng.integers(0, 256, (n_test, 28, 28)),
        "y_test": np.arange(n_test) % 10,
    }
    for key, stem in MNIST_FILES.items():
        write_idx(folder / (stem + (".gz" if gz else "")), arrays[key], gz=gz)
    return arrays


def write_tiny_cifar(root, per_batch=4):
    folder = root / CIFAR_DIR
    folder.mkdir(parents=True)
    rng = np.random.default_rng(0)
    for i, name in enumerate(CIFAR_TRAIN + CIFAR_TEST):
        batch = {b"batch_label": name.encode(), b"labels": [(i + j) % 10 for j in range(per_batch)],
                 b"data": rng.integers(0, 256, (per_batch, 3072), dtype=np.uint8),
                 b"filenames": [f"{name}_{j}.png".encode() for j in range(per_batch)]}
        with open(folder / name, "wb") as f:
            pickle.dump(batch, f, protocol=2)
    return folder


def run_cli(*args, cwd=None, timeout=300, env=None, module="memstudy.run"):
    """`python -m memstudy.run ARGS` (or another module) in a subprocess with a clean Ray environment."""
    environ = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    environ.update(env or {})
    return subprocess.run([sys.executable, "-m", module, *map(str, args)], cwd=cwd or REPO,
                          capture_output=True, text=True, timeout=timeout, env=environ)


def interrupt_midway(study_file, storage, statuses, min_epoch, timeout=240, extra=()):
    """Run the CLI on `study_file` and SIGKILL it (driver and all) mid-study.

    It is killed once `statuses()` (a list of status.json dicts) shows a finished trial and one
    running at epoch >= min_epoch; then this waits a moment for the killed workers to go.
    """
    import pytest

    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    driver = subprocess.Popen([sys.executable, "-m", "memstudy.run", str(study_file), "--storage", str(storage),
                               *map(str, extra)],
                              cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    deadline = time.time() + timeout
    try:
        while time.time() < deadline:
            states = statuses()
            if any(s.get("status") == "finished" for s in states) and any(
                    s.get("status") == "running" and (s.get("epoch") or 0) >= min_epoch for s in states):
                break
            assert driver.poll() is None, "the study ended before it could be interrupted"
            time.sleep(0.2)
        else:
            pytest.fail("no trial reached the middle of its run in time")
    finally:
        os.killpg(driver.pid, signal.SIGKILL)
        driver.wait()


def trial_dirs(study_dir):
    return sorted(p for p in Path(study_dir).iterdir() if (p / CONFIG_FILE).exists())


def scalars(trial_dir):
    acc = EventAccumulator(str(trial_dir / TB_DIR), size_guidance={"scalars": 0})
    acc.Reload()
    return {tag: [(e.step, e.value) for e in acc.Scalars(tag)] for tag in acc.Tags()["scalars"]}


def write_study(tmp_path, raw):
    path = tmp_path / f"{raw['name']}.yaml"
    path.write_text(yaml.safe_dump(raw))
    return path


def status_of(d):
    try:
        return json.loads((d / STATUS_FILE).read_text())
    except (OSError, ValueError):
        return {}


def interrupt_then_resume(study_file, storage, study_dir, min_epoch):
    """SIGKILL the study mid-run (interrupt_midway), then run the same command to the end.

    Returns the trials' statuses as the kill left them and the second run's process.
    """
    interrupt_midway(study_file, storage,
                     lambda: [status_of(d) for d in trial_dirs(study_dir)] if study_dir.exists() else [], min_epoch)
    first_run = {d.name: status_of(d) for d in trial_dirs(study_dir)}
    time.sleep(3)  # let the killed workers go
    return first_run, run_cli(study_file, "--storage", storage)


class CuttableProxy:
    """A TCP proxy on a loopback port to `target` (host, port) that a test can cut, as a store's
    network fails: "up" forwards; "down" closes every connection at once (refused, reset); "hang"
    accepts connections and never answers. Cutting also breaks the connections already open."""

    def __init__(self, target):
        import socket
        import threading

        self.target, self.mode, self.open = target, "up", []
        self.lock = threading.Lock()
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        import socket
        import threading

        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            if self.mode == "down":
                client.close()
                continue
            with self.lock:
                self.open.append(client)
            if self.mode == "hang":
                continue
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.open.append(upstream)
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                try:
                    s.close()
                except OSError:
                    pass

    def set(self, mode):
        self.mode = mode
        if mode != "up":
            with self.lock:
                for s in self.open:
                    try:
                        s.close()
                    except OSError:
                        pass
                self.open.clear()

    def close(self):
        self.set("down")
        self.server.close()


def parse_table(lines, first):
    """The rows of a fixed-width table the driver prints when a study ends (memstudy.outcome), whose
    header starts with `first`, as dicts by column."""
    start = next(i for i, line in enumerate(lines) if line.startswith(first + " "))
    spans = [m.start() for m in re.finditer(r"\S+", lines[start])] + [None]
    names = lines[start].split()
    rows = []
    for line in lines[start + 1:]:
        if not line or line.startswith(("left out:", "next:", " ")):
            break
        rows.append({name: line[a:b].strip() for name, a, b in zip(names, spans, spans[1:])})
    return rows
