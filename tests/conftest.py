import os

import pytest

from helpers import REPO, run_cli


@pytest.fixture(scope="session")
def smoke_run(tmp_path_factory):
    """studies/smoke.yaml run once through the CLI on a real local Ray: (process, study folder)."""
    storage = tmp_path_factory.mktemp("smoke")
    proc = run_cli(REPO / "studies" / "smoke.yaml", "--storage", storage)
    return proc, storage / "smoke"


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
