"""The way Ray users submit work: a cluster started with the Ray CLI (`ray start`: a head with no
CPUs and two one-CPU worker nodes, on this machine, token authentication enforced) and a study
submitted to it with `ray job submit --working-dir . -- python -m memstudy.run ...`.

Also: a wrong token is refused within seconds, and a study through Ray Client (RAY_ADDRESS=ray://).

Each `ray start` runs in its own session, so teardown kills exactly the processes this module
started (its process groups and their descendants), never other Ray clusters on the machine
(`ray stop` would).
Needs `ray[default]` (the dashboard's job server); skipped without it.
"""

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from memstudy import metrics as M
from memstudy.train import CONFIG_FILE, STATUS_FILE, TB_DIR

from helpers import REPO, run_cli, scalars, trial_dirs

RAY = Path(sys.executable).with_name("ray")
AUTH_VARS = ("RAY_ADDRESS", "RAY_API_SERVER_ADDRESS", "RAY_AUTH_MODE", "RAY_AUTH_TOKEN", "RAY_AUTH_TOKEN_PATH")


def free_ports(n):
    socks = [socket.socket() for _ in range(n)]
    try:
        for s in socks:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def processes():
    """{(pid, start time): (parent pid, process group, state)} of every process, from /proc."""
    table = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # gone meanwhile
            continue
        table[int(stat.parent.name), int(fields[19])] = (int(fields[1]), int(fields[2]), fields[0])
    return table


def members(pgids, known=frozenset()):
    """Live (not zombie) processes of these process groups, their descendants (Ray's workers run in
    process groups of their own, under a raylet) and those of `known` still alive, as (pid, start
    time): a pid reused by another process is not taken for one of ours."""
    table = processes()
    found = {proc for proc, (_, pgid, _) in table.items() if pgid in pgids} | (set(known) & set(table))
    while True:
        pids = {pid for pid, _ in found}
        children = {proc for proc, (ppid, _, _) in table.items() if ppid in pids} - found
        if not children:
            return {proc for proc in found if table[proc][2] != "Z"}
        found |= children


def kill_groups(pgids, grace_s=3.0):
    """SIGTERM, then SIGKILL, the processes `ray start` made (its process groups and everything they
    started), never another Ray on the machine. Returns the pids left alive."""
    known = members(pgids)
    for sig, wait in ((signal.SIGTERM, grace_s), (signal.SIGKILL, 15.0)):
        known |= members(pgids, known)
        for pid, _ in members(pgids, known):
            try:
                os.kill(pid, sig)
            except (ProcessLookupError, PermissionError):  # gone already
                pass
        deadline = time.time() + wait
        while members(pgids, known) and time.time() < deadline:
            time.sleep(0.2)
    return sorted(pid for pid, _ in members(pgids, known))


class CliCluster:
    def __init__(self, root: Path):
        self.root = root
        self.token = root / "token"
        self.gcs_port, self.dashboard_port, self.client_port, *self.agent_ports = free_ports(6)
        self.pgids: list[int] = []
        self.worker_ids: list[str] = []
        self.head_id = None

    @property
    def gcs(self):
        return f"127.0.0.1:{self.gcs_port}"

    @property
    def jobs(self):
        return f"http://127.0.0.1:{self.dashboard_port}"

    def env(self, token_path=None, mode="token", **extra):
        """The environment of the cluster's processes and of its users: the venv's `python` first on
        PATH (a job's entrypoint runs `python` from the head's PATH) and the cluster's token."""
        env = {k: v for k, v in os.environ.items() if k not in AUTH_VARS}
        env.update(PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
                   RAY_USAGE_STATS_ENABLED="0", RAY_AUTH_TOKEN_PATH=str(token_path or self.token))
        if mode:
            env["RAY_AUTH_MODE"] = mode
        env.update(extra)
        return env

    def ray_start(self, name, *args):
        log = self.root / f"{name}.log"
        with open(log, "w") as out:
            proc = subprocess.Popen([str(RAY), "start", f"--temp-dir={self.root / name}", "--disable-usage-stats",
                                     "--object-store-memory=100000000", *args], env=self.env(), stdout=out,
                                    stderr=subprocess.STDOUT, start_new_session=True)
            # Its own session: the daemons it leaves share this process group (Ray's workers, in
            # groups of their own, are found as the daemons' descendants by kill_groups).
            self.pgids.append(proc.pid)
            rc = proc.wait(timeout=180)
        assert rc == 0, f"ray start ({name}) failed:\n{log.read_text()[-3000:]}"

    def nodes(self):
        proc = subprocess.run([str(RAY), "list", "nodes", "--address", self.jobs, "--format", "json"],
                              env=self.env(), capture_output=True, text=True, timeout=60)
        if proc.returncode != 0:
            return []
        return [n for n in json.loads(proc.stdout) if n["state"] == "ALIVE"]

    def start(self, workers=2):
        self.token.write_text(secrets.token_hex(32))
        self.token.chmod(0o600)
        self.ray_start("head", "--head", f"--port={self.gcs_port}", "--num-cpus=0", "--include-dashboard=true",
                       f"--dashboard-port={self.dashboard_port}", f"--ray-client-server-port={self.client_port}",
                       f"--dashboard-agent-listen-port={self.agent_ports[0]}")
        for i in range(workers):
            self.ray_start(f"w{i}", f"--address={self.gcs}", "--num-cpus=1",
                           f"--dashboard-agent-listen-port={self.agent_ports[1 + i]}")
        deadline = time.time() + 120
        while time.time() < deadline:
            nodes = self.nodes()
            if len(nodes) == workers + 1:
                self.head_id = next(n["node_id"] for n in nodes if n["is_head_node"])
                self.worker_ids = [n["node_id"] for n in nodes if not n["is_head_node"]]
                return
            time.sleep(1)
        raise AssertionError(f"the cluster did not reach {workers + 1} nodes: {self.nodes()}")

    def submit(self, *entrypoint, env=None, timeout=420):
        """`ray job submit --working-dir . -- ENTRYPOINT` from the repository, as a user types it."""
        start = time.time()
        proc = subprocess.run([str(RAY), "job", "submit", "--address", self.jobs, "--working-dir", ".", "--",
                               *map(str, entrypoint)], cwd=REPO, env=env or self.env(), capture_output=True,
                              text=True, timeout=timeout)
        return proc, time.time() - start


@pytest.fixture(scope="module")
def cli_cluster():
    for module in ("aiohttp", "aiohttp_cors"):
        pytest.importorskip(module, reason="`ray job submit` needs ray[default] (the dashboard's job server)")
    if not RAY.exists():
        pytest.skip(f"no `ray` command beside {sys.executable}")
    # Short: Ray's Unix sockets live under the temp dir and need paths under ~107 bytes.
    root = Path(tempfile.mkdtemp(prefix="rayjobs", dir="/tmp"))
    cluster = CliCluster(root)
    try:
        cluster.start()
        yield cluster
    finally:
        left = kill_groups(cluster.pgids)
        shutil.rmtree(root, ignore_errors=True)
        assert not left, f"Ray processes {left} survived SIGKILL"


@pytest.mark.slow
def test_a_study_submitted_with_ray_job_submit_runs_on_the_worker_nodes(cli_cluster, tmp_path):
    c = cli_cluster
    # What the job sees: memstudy from the uploaded working dir (not the venv's install), without
    # the venv, git folder or results (.gitignore and Ray's default excludes), and RAY_ADDRESS.
    probe, _ = c.submit("python", "-c", "import os, memstudy; print('FROM', memstudy.__file__); "
                        "print('UPLOADED', sorted(os.listdir('.'))); print('RAY_ADDRESS', os.environ['RAY_ADDRESS'])")
    assert probe.returncode == 0, probe.stdout[-3000:] + probe.stderr[-3000:]
    out = probe.stdout + probe.stderr
    origin = next(line for line in out.splitlines() if line.startswith("FROM "))
    assert "working_dir_files" in origin and str(REPO) not in origin, origin
    uploaded = next(line for line in out.splitlines() if line.startswith("UPLOADED "))
    assert "'memstudy'" in uploaded and "'studies'" in uploaded, uploaded
    for left_out in (".venv", ".git", "results", "mutants"):
        assert f"'{left_out}'" not in uploaded, uploaded
    address = next(line for line in out.splitlines() if line.startswith("RAY_ADDRESS ")).split()[1]
    assert address.endswith(f":{c.gcs_port}"), address  # host:port of the head: memstudy attaches to it

    # A relative --storage would land in the job's temporary copy of the working dir: refused.
    proc, _ = c.submit("python", "-m", "memstudy.run", "studies/smoke.yaml", "--storage", "results")
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0 and "--storage results: a job submitted with `ray job submit`" in out, out[-3000:]

    storage = tmp_path / "results"  # absolute, and every node (all on this machine) sees it
    proc, took = c.submit("python", "-m", "memstudy.run", "studies/smoke.yaml", "--storage", storage)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-5000:]
    assert "4 trials finished, 0 failed" in out and "succeeded" in out, out[-5000:]
    assert f"results in {storage / 'smoke'}" in out

    study_dir = storage / "smoke"
    dirs = trial_dirs(study_dir)
    assert len(dirs) == 4, dirs
    nodes = set()
    for d in dirs:
        status = json.loads((d / STATUS_FILE).read_text())
        assert status["status"] == "finished" and status["epoch"] == 4, status
        nodes.add(status["ray_node"])
        config = json.loads((d / CONFIG_FILE).read_text())
        assert config["trial"]["epochs"] == 4
        assert list((d / TB_DIR).glob("events.out.tfevents.*")), f"no TensorBoard file in {d / TB_DIR}"
        logged = scalars(d)
        for name in (M.J1, M.J2, M.TEST_ACC):
            assert [step for step, _ in logged[name]] == list(range(5)), (d.name, name)
    # The head has no CPU: every trial ran on a worker node, and both were used.
    assert nodes <= set(c.worker_ids) and len(nodes) == 2, (nodes, c.worker_ids)
    summary = json.loads((study_dir / "summary.json").read_text())
    assert len(summary["finished"]) == 4 and not summary["failed"]

    analysed = run_cli(study_dir, module="analysis", timeout=300)
    assert analysed.returncode == 0, analysed.stdout[-3000:] + analysed.stderr[-3000:]
    assert (study_dir / "analysis" / "report.md").is_file()
    print(f"ray job submit of the smoke study: {took:.1f} s")


@pytest.mark.slow
def test_a_wrong_or_missing_token_is_refused_within_seconds(cli_cluster, tmp_path):
    c = cli_cluster
    wrong = tmp_path / "wrong_token"
    wrong.write_text(secrets.token_hex(32))

    # ray job submit with a wrong token: the job server answers 403 at once, nothing is submitted.
    proc, took = c.submit("python", "-c", "print(1)", env=c.env(token_path=wrong), timeout=120)
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0 and "Invalid authentication token" in out, out[-3000:]
    assert took < 15, f"took {took:.1f} s"
    # The right token but RAY_AUTH_MODE unset: Ray's clients send no token at all.
    proc, took = c.submit("python", "-c", "print(1)", env=c.env(mode=None), timeout=120)
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0 and "Missing authentication token" in out, out[-3000:]
    assert took < 15, f"took {took:.1f} s"

    # memstudy with RAY_ADDRESS=<head>:port and a wrong token: exit status 2, in seconds, nothing run.
    start = time.time()
    proc = subprocess.run([sys.executable, "-m", "memstudy.run", str(REPO / "studies" / "smoke.yaml"), "--storage",
                           str(tmp_path / "results")], cwd=REPO, env=c.env(token_path=wrong, RAY_ADDRESS=c.gcs),
                          capture_output=True, text=True, timeout=300)
    took = time.time() - start
    assert proc.returncode == 2, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert f"memstudy: error: RAY_ADDRESS='{c.gcs}': the cluster refused this client's token" in proc.stderr, \
        proc.stderr[-3000:]
    assert took < 30, f"took {took:.1f} s"
    assert not list((tmp_path / "results").glob("smoke/*/" + STATUS_FILE))
    # The same through Ray Client: refused as quickly (Ray's own client waits 30 s, then times out).
    start = time.time()
    proc = subprocess.run([sys.executable, "-m", "memstudy.run", str(REPO / "studies" / "smoke.yaml"), "--storage",
                           str(tmp_path / "results")], cwd=REPO,
                          env=c.env(token_path=wrong, RAY_ADDRESS=f"ray://127.0.0.1:{c.client_port}"),
                          capture_output=True, text=True, timeout=300)
    took = time.time() - start
    assert proc.returncode == 2 and "the cluster refused this client's token" in proc.stderr, proc.stderr[-3000:]
    assert took < 30, f"took {took:.1f} s"


@pytest.mark.slow
def test_a_study_through_ray_client(cli_cluster, tmp_path):
    # RAY_ADDRESS=ray://head:10001 (here the head's client server port): Tune runs the experiment
    # in an actor on the head; trials run on the worker nodes and write into --storage. The token
    # as the README gives it, without RAY_AUTH_MODE (memstudy turns token mode on for a given token).
    c = cli_cluster
    storage = tmp_path / "results"
    proc = subprocess.run([sys.executable, "-m", "memstudy.run", str(REPO / "studies" / "smoke.yaml"), "--storage",
                           str(storage)], cwd=REPO,
                          env=c.env(mode=None, RAY_ADDRESS=f"ray://127.0.0.1:{c.client_port}"),
                          capture_output=True, text=True, timeout=400)
    # On failure, also the logs of the head's Ray Client servers (the fixture deletes them): once, in
    # a full `-m slow` run, the session the server starts for a driver did not start.
    logs = "".join(f"\n--- {f.name}:\n{f.read_text(errors='replace')[-1500:]}"
                   for f in sorted(c.root.glob("head/session_*/logs/ray_client_server*")) if proc.returncode)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:] + logs
    assert "4 trials finished, 0 failed" in proc.stdout
    assert "done 4/4" in proc.stdout  # the progress lines of Tune's loop on the head reach the client
    dirs = trial_dirs(storage / "smoke")
    assert len(dirs) == 4
    for d in dirs:
        status = json.loads((d / STATUS_FILE).read_text())
        assert status["status"] == "finished" and status["ray_node"] in c.worker_ids, status
        assert [step for step, _ in scalars(d)[M.J1]] == list(range(5))
        # Only memstudy's own event files: Tune's TensorBoard logger stays off on the head too.
        assert not list(d.glob("events.out.tfevents.*")), d
