"""A study against an existing Ray cluster (RAY_ADDRESS): a wrong address fails in seconds, and a
real multi-node cluster (a head and two worker nodes, each its own raylet, on this machine) runs a
study's trials on more than one node."""

import json
import os
import socket
import threading
import time

import pytest

from memstudy import metrics as M
from memstudy.errors import ConfigError
from memstudy.run import check_ray_address
from memstudy.train import STATUS_FILE

from helpers import REPO, run_cli, scalars, trial_dirs


def closed_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # free again once closed: nothing listens there


@pytest.mark.parametrize("address", ["10.0.0.5", "ray://head", "head:port", ":6379"])
def test_an_address_that_is_not_host_port_is_refused(address):
    with pytest.raises(ConfigError, match="is not host:port"):
        check_ray_address(address)


def test_an_address_where_nothing_answers_is_refused_at_once():
    port = closed_port()
    for address in (f"127.0.0.1:{port}", f"ray://127.0.0.1:{port}"):
        start = time.time()
        with pytest.raises(ConfigError, match=f"nothing answers at 127.0.0.1:{port}"):
            check_ray_address(address)
        assert time.time() - start < 3


@pytest.mark.subprocess
def test_a_wrong_ray_address_fails_the_study_within_seconds(tmp_path):
    # Nothing there: refused before Ray is imported. Something there that is not Ray (here a bare TCP
    # server): Ray's own connection attempt, which retries for about 13 minutes unless told otherwise.
    server = socket.create_server(("127.0.0.1", 0))
    threading.Thread(target=lambda: [server.accept() for _ in range(100)], daemon=True).start()
    for port, says in ((closed_port(), "nothing answers"), (server.getsockname()[1], "not a Ray cluster's head")):
        start = time.time()
        proc = run_cli(REPO / "studies" / "smoke.yaml", "--storage", tmp_path, timeout=120,
                       env={"RAY_ADDRESS": f"127.0.0.1:{port}"})
        took = time.time() - start
        assert proc.returncode == 2, proc.stderr[-2000:]
        assert f"memstudy: error: RAY_ADDRESS='127.0.0.1:{port}'" in proc.stderr and says in proc.stderr
        assert took < 60, f"took {took:.0f} s"
        assert not (tmp_path / "smoke").exists() or port == server.getsockname()[1]
    server.close()


@pytest.fixture
def cluster():
    """A Ray cluster of three nodes on this machine: a head with no CPUs (as clusters run the driver)
    and two worker nodes with one CPU each, so trials must go to the workers."""
    from ray.cluster_utils import Cluster

    saved = dict(os.environ)
    c = Cluster(initialize_head=True, head_node_args={"num_cpus": 0, "include_dashboard": False})
    workers = [c.add_node(num_cpus=1) for _ in range(2)]
    c.wait_for_nodes()
    try:
        yield c, workers
    finally:
        c.shutdown()
        os.environ.clear()
        os.environ.update(saved)


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
