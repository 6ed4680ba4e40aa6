"""A study against an existing Ray cluster (RAY_ADDRESS): a wrong address fails in seconds, and a
real multi-node cluster (a head and two worker nodes, each its own raylet, on this machine) runs a
study's trials on more than one node."""

import json
import os
import socket
import subprocess
import sys
import threading
import time

import pytest
import torch

from memstudy import metrics as M
from memstudy.errors import ConfigError
from memstudy.cluster import connection_failure
from memstudy.run import check_ray_address
from memstudy.config import trial_from_dict
from memstudy.train import CONFIG_FILE, STATUS_FILE, run_trials

from helpers import REPO, run_cli, scalars, status_of, trial_dirs, write_study


def closed_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # free again once closed: nothing listens there


@pytest.mark.parametrize("address", ["10.0.0.5", "ray://head", "head:port", ":6379"])
def test_an_address_that_is_not_host_port_is_refused(address):
    with pytest.raises(ConfigError, match="is not host:port"):
        check_ray_address(address)


@pytest.mark.parametrize("address", ["ray://admin:s3cr3tT0ken@127.0.0.1:{port}", "ray://admin:s3cr3tT0ken@head"])
def test_a_ray_address_is_shown_without_its_credentials(address):
    with pytest.raises(ConfigError) as info:
        check_ray_address(address.format(port=closed_port()))
    assert "ray://***@" in str(info.value) and "s3cr3t" not in str(info.value) and "admin" not in str(info.value)


@pytest.mark.subprocess
def test_the_first_line_shows_a_ray_address_without_its_credentials(tmp_path):
    # A gRPC server passes the address check; the driver's first line then named RAY_ADDRESS as given,
    # token and all, before Ray tried to connect. The driver is stopped once that line is out.
    import grpc
    from concurrent import futures

    server = grpc.server(futures.ThreadPoolExecutor(2))
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    env["RAY_ADDRESS"] = f"ray://admin:s3cr3tT0ken@127.0.0.1:{port}"
    driver = subprocess.Popen([sys.executable, "-m", "memstudy.run", str(REPO / "studies" / "smoke.yaml"),
                               "--storage", str(tmp_path)], cwd=REPO, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, start_new_session=True)
    seen = []
    try:
        for line in driver.stdout:
            seen.append(line)
            if "connecting to the Ray cluster at" in line or len(seen) > 50:
                break
    finally:
        os.killpg(driver.pid, 9)
        driver.wait()
        server.stop(0)
    printed = "".join(seen)
    assert f"connecting to the Ray cluster at ray://***@127.0.0.1:{port} ..." in printed, printed
    assert "s3cr3t" not in printed and "admin" not in printed


def test_a_head_address_with_user_info_is_refused_without_it():
    # Ray takes none there ("Invalid gcs_address", a traceback after the first line printed it whole).
    with pytest.raises(ConfigError) as info:
        check_ray_address(f"admin:s3cr3tT0ken@127.0.0.1:{closed_port()}")
    assert "'***@127.0.0.1:" in str(info.value) and "without user-info" in str(info.value)
    assert "s3cr3t" not in str(info.value) and "admin" not in str(info.value)


def test_the_jobs_api_address_is_refused_with_a_hint():
    with pytest.raises(ConfigError, match="dashboard's address, for `ray job submit --address`"):
        check_ray_address("http://127.0.0.1:8265")


@pytest.mark.parametrize("given, mode", [({"RAY_AUTH_TOKEN_PATH": "/x/token"}, "token"),
                                         ({"RAY_AUTH_TOKEN": "abc"}, "token"),
                                         ({"RAY_AUTH_TOKEN": "abc", "RAY_AUTH_MODE": "disabled"}, "disabled"),
                                         ({}, None)])
def test_a_given_token_turns_token_mode_on(given, mode):
    # Ray's clients send the token only in token mode; the README's recipe gives just the token.
    from memstudy.run import _ray_client_settings

    keys = ("RAY_AUTH_TOKEN", "RAY_AUTH_TOKEN_PATH", "RAY_AUTH_MODE")
    saved = {key: os.environ.pop(key, None) for key in keys}
    try:
        os.environ.update(given)
        _ray_client_settings()
        assert os.environ.get("RAY_AUTH_MODE") == mode
    finally:
        for key in keys:
            os.environ.pop(key, None)
            if saved[key] is not None:
                os.environ[key] = saved[key]
        from ray._raylet import Config

        Config.initialize("")  # Ray's cached settings as this process's environment says again


def test_a_ray_client_server_that_cannot_start_a_session_is_not_called_a_stranger():
    # The error Ray Client gives when the head's client server answers but the session it starts for
    # the driver does not (as seen once on this machine, from a loaded head): the cluster is a Ray
    # cluster, and the message says so, with the reason and where the server's log is.
    err = ConnectionError("Initialization failure from server:\nTraceback (most recent call last):\n"
                          '  File "proxier.py", line 772, in Datapath\n    raise RuntimeError(\n'
                          "RuntimeError: Starting Ray client server failed. See ray_client_server_23000.err for "
                          "detailed logs.\n")
    message = connection_failure("ray://head:10001", err)
    assert message.startswith("RAY_ADDRESS='ray://head:10001': the cluster's Ray Client server could not start")
    assert "(RuntimeError: Starting Ray client server failed. See ray_client_server_23000.err" in message
    assert "ray job submit" in message and "not a Ray cluster's head" not in message
    # Anything else that speaks gRPC but refuses Ray's handshake: not a Ray head.
    other = connection_failure("ray://host:1", ConnectionError("ray client connection timeout"))
    assert other == "RAY_ADDRESS='ray://host:1': ray client connection timeout (something answers there, " \
        "but not a Ray cluster's head)"


def test_an_address_where_nothing_answers_is_refused_at_once():
    port = closed_port()
    for address in (f"127.0.0.1:{port}", f"ray://127.0.0.1:{port}"):
        start = time.time()
        with pytest.raises(ConfigError, match=f"nothing answers at 127.0.0.1:{port}"):
            check_ray_address(address)
        assert time.time() - start < 3


@pytest.mark.subprocess
def test_a_wrong_ray_address_fails_the_study_within_seconds(tmp_path):
    # Nothing there; a bare TCP server that never answers; an HTTP server: none speaks gRPC as a Ray
    # head and a Ray Client server do, so each is refused before Ray is imported (Ray itself would
    # take 25-50 s). That a real head and a real Ray Client server pass is shown by the slow tests
    # that run studies on them (test_cluster, test_jobs).
    import http.server

    silent = socket.create_server(("127.0.0.1", 0))
    threading.Thread(target=lambda: [silent.accept() for _ in range(100)], daemon=True).start()
    web = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.SimpleHTTPRequestHandler)
    threading.Thread(target=web.serve_forever, daemon=True).start()
    cases = [(closed_port(), "nothing answers"), (silent.getsockname()[1], "it does not speak gRPC"),
             (web.server_address[1], "it does not speak gRPC")]
    for (port, says), scheme in [(case, scheme) for case in cases for scheme in ("", "ray://")]:
        start = time.time()
        proc = run_cli(REPO / "studies" / "smoke.yaml", "--storage", tmp_path, timeout=120,
                       env={"RAY_ADDRESS": f"{scheme}127.0.0.1:{port}"})
        took = time.time() - start
        assert proc.returncode == 2, proc.stderr[-2000:]
        assert f"memstudy: error: RAY_ADDRESS='{scheme}127.0.0.1:{port}'" in proc.stderr and says in proc.stderr
        assert took < 15, f"{scheme}127.0.0.1:{port} took {took:.0f} s"
        assert not (tmp_path / "smoke").exists()
    silent.close()
    web.shutdown()


@pytest.mark.slow
def test_a_study_runs_on_every_node_of_a_real_cluster(cluster, tmp_path):
    c, workers = cluster
    proc = run_cli(REPO / "studies" / "smoke.yaml", "--storage", tmp_path, timeout=600,
                   env={"RAY_ADDRESS": c.address})
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "4 trials finished, 0 failed" in proc.stdout
    dirs = trial_dirs(tmp_path / "smoke")
    assert len(dirs) == 4
    nodes = set()
    for d in dirs:
        status = json.loads((d / STATUS_FILE).read_text())
        assert status["status"] == "finished" and status["epoch"] == 4
        nodes.add(status["ray_node"])
        assert [step for step, _ in scalars(d)[M.J1]] == list(range(5))
    assert nodes <= {w.node_id for w in workers} and len(nodes) == 2, nodes


@pytest.mark.slow
def test_a_trial_on_a_lost_node_continues_from_its_checkpoint_on_another(cluster, tmp_path):
    # Two trials, one per worker node; one node is killed mid-study. Its trial is restarted by Ray
    # Tune on the remaining node from its last checkpoint, without a rerun of the command, and ends
    # with exactly the metrics of a run never interrupted, each epoch logged once.
    c, workers = cluster
    raw = {"name": "lost", "checkpoint_interval_s": 0,
           "trial": {"dataset": "synthetic", "dataset_params": {"n_train": 4096, "n_test": 256, "num_classes": 4},
                     "model": "mlp", "model_params": {"hidden": [256, 256]}, "epochs": 20, "batch_size": 32,
                     "optimizer": "adam", "lr": 0.001},
           "grid": {"seed": [0, 1]}, "resources": {"cpu": 1}}
    study = write_study(tmp_path, raw)
    study_dir = tmp_path / "results" / "lost"
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    driver = subprocess.Popen([sys.executable, "-m", "memstudy.run", str(study), "--storage", str(tmp_path / "results")],
                              cwd=REPO, env={**env, "RAY_ADDRESS": c.address}, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    lost = None
    deadline = time.time() + 300
    while lost is None and time.time() < deadline and driver.poll() is None:
        states = {d: status_of(d) for d in (trial_dirs(study_dir) if study_dir.exists() else [])}
        on_worker = [d for d, s in states.items() if s.get("ray_node") == workers[0].node_id
                     and s.get("status") == "running" and (s.get("epoch") or 0) >= 3]
        if on_worker and len(states) == 2:
            lost = on_worker[0]
        time.sleep(0.1)
    assert lost is not None, "no trial ran mid-way on the first worker node in time"
    c.remove_node(workers[0], allow_graceful=False)
    out, _ = driver.communicate(timeout=600)
    assert driver.returncode == 0, out[-4000:]
    assert "2 trials finished, 0 failed" in out and "lost its worker" in out, out[-4000:]

    status = status_of(lost)
    assert status["status"] == "finished" and status["ray_node"] == workers[1].node_id
    # From a checkpoint mid-way: not from the start, not after the end. (Not "at most the epoch seen at
    # the kill": on one machine the removed node's worker process can outlive its raylet for a few
    # epochs and checkpoint them, which a real lost machine cannot.)
    assert 1 <= status["resumed_from"] < raw["trial"]["epochs"]
    logged = scalars(lost)
    assert [step for step, _ in logged[M.J1]] == list(range(21))  # each epoch once
    cfg = trial_from_dict(json.loads((lost / CONFIG_FILE).read_text())["trial"])
    threads = torch.get_num_threads()
    try:
        straight = run_trials([cfg], threads=1)[0]  # as the trial ran: one CPU, one thread
    finally:
        torch.set_num_threads(threads)
    for name in (M.J1, M.J2, M.TEST_ACC, M.TRAIN_LOSS):
        assert [v for _, v in logged[name]] == pytest.approx([m[name] for m in straight], rel=1e-6, abs=1e-6), name
