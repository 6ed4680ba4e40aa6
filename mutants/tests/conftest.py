import pytest

from helpers import REPO, run_cli


@pytest.fixture(scope="session")
def smoke_run(tmp_path_factory):
    """studies/smoke.yaml run once through the CLI on a real local Ray: (process, study folder)."""
    storage = tmp_path_factory.mktemp("smoke")
    proc = run_cli(REPO / "studies" / "smoke.yaml", "--storage", storage)
    return proc, storage / "smoke"
