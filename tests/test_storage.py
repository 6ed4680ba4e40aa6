"""A study stored in an object store (--storage s3://...), against a real S3-protocol server: moto's
server mode on a loopback port, reached by pyarrow and Ray Tune over HTTP as a real store would be."""

import hashlib
import json
import logging
import os
import time

import numpy as np
import pyarrow.fs
import pytest

from helpers import REPO, interrupt_midway, run_cli, scalars, status_of, trial_dirs
from memstudy import metrics as M
from memstudy.config import trial_from_dict
from memstudy.errors import ConfigError
from memstudy.storage import (LEASE_FILE, MANIFEST, REMOTE_FILE, STATE_FILE, TrialFolders, check_writable, fetch, is_uri,
                              join, push, retrying)
from memstudy.train import CONFIG_FILE, LABELS_FILE, PREDICTIONS_FILE, PREDICTIONS_RAW, STATUS_FILE, TB_DIR, run_trials

BUCKET = "memstudy-test"


@pytest.fixture(scope="module")
def s3():
    """The server, a bucket, and the AWS variables that point every client at it (this process's,
    and the CLI's and its Ray workers', which inherit them): yields the S3 filesystem."""
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    env = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1",
           "AWS_ENDPOINT_URL": f"http://{host}:{port}"}
    before = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    fs = pyarrow.fs.S3FileSystem(endpoint_override=env["AWS_ENDPOINT_URL"], allow_bucket_creation=True)
    fs.create_dir(BUCKET)
    try:
        yield fs
    finally:
        server.stop()
        for k, v in before.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def listing(fs, prefix, keep=lambda path: True):
    """{relative path: bytes} of the objects under bucket/prefix whose path `keep` accepts (one
    deleted while this reads, as Tune does with old checkpoints, is left out)."""
    infos = fs.get_file_info(pyarrow.fs.FileSelector(f"{BUCKET}/{prefix}", recursive=True, allow_not_found=True))
    out = {}
    for info in infos:
        relative = info.path[len(BUCKET) + len(prefix) + 2:]
        if info.type == pyarrow.fs.FileType.File and keep(relative):
            try:
                with fs.open_input_stream(info.path) as f:
                    out[relative] = f.read()
            except FileNotFoundError:
                continue
    return out


def test_uris_and_their_paths():
    assert is_uri("s3://b/p") and is_uri("gs://b") and not is_uri("results") and not is_uri("file:///tmp/x")
    assert join("s3://b/p/?endpoint_override=h:9&scheme=http", "study", "cell") == \
        "s3://b/p/study/cell?endpoint_override=h:9&scheme=http"


def test_a_file_uri_is_the_folder_it_names(tmp_path):
    # Before, --storage file:///abs/path wrote to ./file:/abs/path under the current folder.
    from memstudy.config import parse_study
    from memstudy.run import preflight
    from memstudy.storage import folder_of

    assert folder_of("file:///data/my%20results") == "/data/my results" == folder_of("file://localhost/data/my%20results")
    assert folder_of("results") == "results" and folder_of("s3://b/p") == "s3://b/p"
    for bad in ("file://otherhost/data", "file://data/x", "file:///data?x=1"):
        with pytest.raises(ConfigError, match="a file:// URI names a folder on this machine"):
            folder_of(bad)
    spec = parse_study({"name": "f", "trial": {"dataset": "synthetic", "model": "mlp", "epochs": 1}})
    remote, study_dir, _, _ = preflight(spec, f"file://{tmp_path}/store")
    assert remote is None and study_dir == tmp_path / "store" / "f"


def test_fetch_copies_what_changed_and_never_checkpoints(s3, tmp_path):
    source = tmp_path / "source"
    for name, data in {"status.json": b"{}", "tb/events.out.tfevents.1": b"e" * 3000,
                       "checkpoint_000001/state.pt": b"state", "experiment_state-x.json": b"{}"}.items():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_bytes(data)
    uri = f"s3://{BUCKET}/fetch"
    assert push(source, uri) == 4
    copy = tmp_path / "copy"
    assert fetch(uri, copy) == 2
    assert (copy / "tb/events.out.tfevents.1").read_bytes() == b"e" * 3000
    assert (copy / "status.json").read_bytes() == b"{}"
    assert not (copy / "checkpoint_000001").exists() and not (copy / "experiment_state-x.json").exists()
    assert (copy / REMOTE_FILE).read_text().strip() == uri
    assert fetch(uri, copy) == 0  # nothing changed
    (source / "status.json").write_bytes(b'{"status": "finished"}')
    push(source, uri, files=["status.json"])
    assert fetch(uri, copy) == 1
    assert (copy / "status.json").read_bytes() == b'{"status": "finished"}'


def test_a_trials_folder_starts_as_the_store_holds_it_and_sends_back_what_changed(s3, tmp_path):
    study = f"s3://{BUCKET}/trials/study"
    earlier = tmp_path / "earlier"
    (earlier / TB_DIR).mkdir(parents=True)
    (earlier / STATUS_FILE).write_text('{"epoch": 3}')
    (earlier / TB_DIR / "events.1").write_bytes(b"1234")
    (earlier / PREDICTIONS_RAW).write_bytes(b"rows")
    push(earlier, join(study, "trial_0"))
    folders = TrialFolders(study, ["trial_0"])
    here = folders.dirs[0]
    assert (here / STATUS_FILE).read_text() == '{"epoch": 3}' and (here / TB_DIR / "events.1").read_bytes() == b"1234"
    assert folders.push() == 0  # as fetched: nothing to send
    (here / STATUS_FILE).write_text('{"epoch": 4}')
    (here / TB_DIR / "events.2").write_bytes(b"56")
    (here / PREDICTIONS_RAW).unlink()  # packed at the end: gone here, so gone there
    assert folders.push() == 2
    stored = listing(s3, "trials/study/trial_0")
    manifest = json.loads(stored.pop(MANIFEST))
    assert stored == {STATUS_FILE: b'{"epoch": 4}', "tb/events.1": b"1234", "tb/events.2": b"56"}
    assert manifest == {name: hashlib.sha256(data).hexdigest() for name, data in stored.items()}
    folders.remove()
    assert not here.exists()


def test_the_endpoint_may_be_given_in_the_uri(s3, tmp_path, monkeypatch):
    # As the README says for a store other than AWS without AWS_ENDPOINT_URL: ?endpoint_override=...
    endpoint = os.environ["AWS_ENDPOINT_URL"].removeprefix("http://")
    monkeypatch.delenv("AWS_ENDPOINT_URL")
    study = f"s3://{BUCKET}/query/study?endpoint_override={endpoint}&scheme=http"
    check_writable(study)
    (tmp_path / "trial_0").mkdir()
    (tmp_path / "trial_0" / STATUS_FILE).write_text("{}")
    assert push(tmp_path / "trial_0", join(study, "trial_0")) == 1
    folders = TrialFolders(study, ["trial_0"])
    assert (folders.dirs[0] / STATUS_FILE).read_text() == "{}"
    folders.remove()
    assert fetch(study, tmp_path / "copy") == 1 and (tmp_path / "copy" / "trial_0" / STATUS_FILE).exists()
    assert listing(s3, "query/study", keep=lambda p: not p.endswith(MANIFEST)) == {f"trial_0/{STATUS_FILE}": b"{}"}


def test_a_store_that_cannot_be_written_is_refused_at_once(s3):
    start = time.time()
    with pytest.raises(ConfigError, match=r"'s3://no-such-bucket/results': cannot write there \(Bucket 'no-such-bucket' not found"):
        check_writable("s3://no-such-bucket/results")
    assert time.time() - start < 30
    with pytest.raises(ConfigError, match="not a storage URI"):
        check_writable("nosuch://bucket/results")


@pytest.mark.subprocess
def test_a_wrong_bucket_fails_the_study_before_ray_starts(s3, tmp_path):
    proc = run_cli(REPO / "studies" / "smoke.yaml", "--storage", "s3://no-such-bucket/results",
                   "--local-copy", tmp_path)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "memstudy: error: --storage 's3://no-such-bucket/results': cannot write there" in proc.stderr
    assert not any(tmp_path.iterdir())


def trial_name_of(folder_name):
    return folder_name.rsplit("_", 2)[0]  # <trial name>_<experiment>_<index>


@pytest.mark.subprocess
def test_a_study_in_s3_equals_the_same_study_in_a_folder(s3, smoke_run, tmp_path):
    _, folder_study = smoke_run
    uri = f"s3://{BUCKET}/results"
    proc = run_cli(REPO / "studies" / "smoke.yaml", "--storage", uri, "--local-copy", tmp_path / "copy")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"results in {uri}/smoke (a copy in {tmp_path / 'copy' / 'smoke'})" in proc.stdout

    # Every trial's files are in the store, complete: what was written while it ran is packed.
    stored = listing(s3, "results/smoke")
    trials = sorted({path.split("/")[0] for path in stored if path.endswith(CONFIG_FILE)})
    assert len(trials) == 4
    for trial in trials:
        assert json.loads(stored[f"{trial}/{STATUS_FILE}"])["status"] == "finished"
        for name in (LABELS_FILE, PREDICTIONS_FILE):
            assert f"{trial}/{name}" in stored
        assert any(p.startswith(f"{trial}/{TB_DIR}/events.out.tfevents") for p in stored)
        assert f"{trial}/{PREDICTIONS_RAW}" not in stored
    assert json.loads(stored["summary.json"])["failed"] == {} and "study.json" in stored

    # The driver's copy holds what the store holds, and its numbers are those of the folder study.
    copy = tmp_path / "copy" / "smoke"
    for path, data in stored.items():
        if not path.split("/")[-1].startswith(("checkpoint_", "experiment_state", "basic-variant", "tuner.pkl",
                                                 ".validate", MANIFEST, LEASE_FILE, STATE_FILE)):
            assert (copy / path).read_bytes() == data, path
    same = {trial_name_of(d.name): d for d in trial_dirs(folder_study)}
    for d in trial_dirs(copy):
        mine, theirs = scalars(d), scalars(same[trial_name_of(d.name)])
        for metric in (M.J1, M.J2, M.TEST_ACC, M.TRAIN_LOSS):
            assert mine[metric] == theirs[metric], (d.name, metric)

    # The analysis reads the study from the store, into a copy of its own.
    report = run_cli(f"{uri}/smoke", "--local-copy", tmp_path / "fetched", module="analysis")
    assert report.returncode == 0, report.stdout + report.stderr
    assert f"into {tmp_path / 'fetched' / 'smoke'}" in report.stdout
    assert (tmp_path / "fetched" / "smoke" / "analysis" / "report.md").exists()
    assert len(trial_dirs(tmp_path / "fetched" / "smoke")) == 4

    # Run again from another machine's point of view (no local copy): the store says it is done.
    started = {t: json.loads(stored[f"{t}/{STATUS_FILE}"])["started"] for t in trials}
    again = run_cli(REPO / "studies" / "smoke.yaml", "--storage", uri, "--local-copy", tmp_path / "elsewhere")
    assert again.returncode == 0, again.stdout + again.stderr
    assert "(resuming)" in again.stdout and "4 trials finished, 0 failed" in again.stdout
    after = listing(s3, "results/smoke")
    assert {t: json.loads(after[f"{t}/{STATUS_FILE}"])["started"] for t in trials} == started


@pytest.mark.subprocess
def test_a_local_copy_never_lands_on_another_study(s3, smoke_run, tmp_path):
    _, folder_study = smoke_run  # results of the same study name, run with local storage
    proc = run_cli(REPO / "studies" / "smoke.yaml", "--storage", f"s3://{BUCKET}/other",
                   "--local-copy", folder_study.parent)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "holds a study run with local storage" in proc.stderr and "--local-copy" in proc.stderr


@pytest.mark.slow
def test_resume_after_killing_the_driver_with_the_study_in_s3(s3, tmp_path):
    # As test_study's resume test, with each trial's files only in the store: a resumed trial
    # starts from what the store holds (its checkpoint, status, event files, predictions so far).
    import yaml

    raw = {"name": "s3resume", "max_concurrent": 1, "checkpoint_interval_s": 0,
           "trial": {"dataset": "synthetic", "dataset_params": {"n_train": 20000, "n_test": 256, "shape": [64]},
                     "model": "mlp", "model_params": {"hidden": [256, 256]}, "epochs": 12, "batch_size": 128,
                     "optimizer": "adam", "lr": 0.001, "eta": 0.4},
           "grid": {"seed": [0, 1]}}
    path = tmp_path / "s3resume.yaml"
    path.write_text(yaml.safe_dump(raw))
    uri = f"s3://{BUCKET}/resume"

    def statuses():
        keep = lambda name: name.endswith(f"/{STATUS_FILE}") and name.count("/") == 1  # noqa: E731
        out = []
        for data in listing(s3, "resume/s3resume", keep).values():
            try:  # moto's server may hand out an object while it is being replaced (S3 itself does not)
                out.append(json.loads(data))
            except ValueError:
                continue
        return out

    interrupt_midway(path, uri, statuses, min_epoch=3, extra=("--local-copy", tmp_path / "first"))
    time.sleep(3)
    proc = run_cli(path, "--storage", uri, "--local-copy", tmp_path / "first")  # the copy the killed run left
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "2 trials finished, 0 failed" in proc.stdout
    dirs = trial_dirs(tmp_path / "first" / "s3resume")
    assert len(dirs) == 2
    resumed = [d for d in dirs if 0 < status_of(d).get("resumed_from", 0) < 12]
    assert resumed, "the interrupted trial should continue from its checkpoint"
    for d in dirs:
        assert status_of(d)["status"] == "finished"
        logged = scalars(d)
        assert [step for step, _ in logged[M.J1]] == list(range(13)), d.name
    for d in resumed:
        cfg = trial_from_dict(json.loads((d / CONFIG_FILE).read_text())["trial"])
        straight = run_trials([cfg], [tmp_path / "straight"], threads=1)[0]
        logged = scalars(d)
        for metric in (M.J1, M.J2, M.TEST_ACC, M.TRAIN_LOSS):
            assert [v for _, v in logged[metric]] == pytest.approx([r[metric] for r in straight], rel=1e-6), metric
        # Each epoch's predictions, the rows before the stop fetched from the store, once each.
        with np.load(d / PREDICTIONS_FILE) as mine, np.load(tmp_path / "straight" / PREDICTIONS_FILE) as theirs:
            assert np.array_equal(mine["predicted"], theirs["predicted"])


@pytest.mark.slow
def test_an_optuna_search_in_s3_resumes_from_the_store(s3, tmp_path):
    # The Optuna study lives with the driver, in its local copy; the store keeps it too, so a
    # rerun on a machine without that copy goes on from the trials already told to Optuna.
    import optuna
    import yaml

    from memstudy.keeper import OPTUNA_DB
    from test_search import SEARCH, _check_search, _study

    path = tmp_path / "search.yaml"
    path.write_text(yaml.safe_dump(SEARCH))
    uri = f"s3://{BUCKET}/searches"
    proc = run_cli(path, "--storage", uri, "--local-copy", tmp_path / "copy")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    cell = "rll_eta0.4_mlp_synthetic_s0"
    assert listing(s3, "searches/search", keep=lambda p: p == OPTUNA_DB)
    first = _check_search(tmp_path / "copy" / "search" / cell, 8)  # values equal the trials' results

    again = run_cli(path, "--storage", uri, "--local-copy", tmp_path / "elsewhere")
    assert again.returncode == 0, again.stdout + again.stderr
    assert "(resuming)" in again.stdout
    second = _study(tmp_path / "elsewhere" / "search" / cell)
    done = optuna.trial.TrialState.COMPLETE, optuna.trial.TrialState.PRUNED
    assert [(t.params, t.value, t.state) for t in second.get_trials() if t.state in done] == \
        [(t.params, t.value, t.state) for t in first.get_trials() if t.state in done]


def test_a_rerun_keeps_the_newer_of_its_local_and_its_stored_optuna_db(s3, tmp_path):
    # Copies of one study's optuna.db only grow; a rerun takes the store's unless its local copy is
    # further on. A local copy left by a machine that ran the study before another one did is older.
    import optuna

    from memstudy.keeper import OPTUNA_DB, optuna_db_progress, optuna_storage_url
    from memstudy.run import _newer_optuna_db

    def db(folder, trials, ended):
        study = optuna.create_study(storage=optuna_storage_url(folder), study_name="cell", load_if_exists=True)
        for i in range(trials):
            trial = study.ask()
            trial.report(0.5, 1)
            if i < ended:
                study.tell(trial, 0.5)
        return optuna_db_progress(folder / OPTUNA_DB)

    uri = f"s3://{BUCKET}/newer"
    (tmp_path / "store").mkdir()
    stored = db(tmp_path / "store", 3, 2)
    push(tmp_path / "store", uri, files=[OPTUNA_DB])
    assert stored == (3, 2, 3) and optuna_db_progress(tmp_path / "nothing.db") == (0, 0, 0)
    run_store = lambda operation, what: operation()  # noqa: E731
    (tmp_path / "old").mkdir()
    assert db(tmp_path / "old", 1, 1) < stored
    journal = tmp_path / "old" / f"{OPTUNA_DB}-journal"  # left by a writer killed mid-transaction
    journal.write_bytes(b"of the file being replaced")
    _newer_optuna_db(tmp_path / "old", uri, run_store)
    assert optuna_db_progress(tmp_path / "old" / OPTUNA_DB) == stored  # the store's, further on
    assert not journal.exists()  # SQLite would roll the store's copy back with it
    (tmp_path / "new").mkdir()
    ahead = db(tmp_path / "new", 3, 3)
    assert ahead > stored
    _newer_optuna_db(tmp_path / "new", uri, run_store)
    assert optuna_db_progress(tmp_path / "new" / OPTUNA_DB) == ahead  # its own, further on
    _newer_optuna_db(tmp_path / "fresh", uri, run_store)  # no copy here yet
    assert optuna_db_progress(tmp_path / "fresh" / OPTUNA_DB) == stored


@pytest.mark.slow
@pytest.mark.parametrize("fused", [False, True], ids=["unfused", "fused"])
def test_a_search_whose_driver_died_resumes_from_the_store_on_another_machine(s3, tmp_path, fused):
    # The driver is killed mid-search and the search is rerun with another local copy, as from a
    # machine that never held the study: the store's optuna.db (sent whenever Tune saves the search,
    # before its state) holds every Optuna trial Tune's state names, and the rerun finishes with
    # every trial in Optuna, ended as its folder says, its values those its folder logged. Before,
    # the rerun failed: the search opened optuna.db where the dead driver had kept it, and a fused
    # search's groups looked for a keeper named after that driver's folder.
    import optuna
    import yaml

    from memstudy.keeper import OPTUNA_DB, STOPPED_AT

    raw = {"name": "moved", "checkpoint_interval_s": 0,
           "trial": {"dataset": "synthetic", "dataset_params": {"n_train": 20000, "n_test": 256, "shape": [64],
                                                                "separation": 0.4},
                     "model": "mlp", "model_params": {"hidden": [256, 256]}, "epochs": 8, "batch_size": 128,
                     "optimizer": "adam", "lr": 0.001, "loss": "rll", "eta": 0.4},
           "search": {"params": {"loss_params.alpha": {"distribution": "loguniform", "low": 0.001, "high": 10.0}},
                      "num_trials": 6, "concurrency": 1, "asha": {"grace_period": 2, "reduction_factor": 2}}}
    if fused:
        raw["batch_trials"] = 3
    path = tmp_path / "moved.yaml"
    path.write_text(yaml.safe_dump(raw))
    prefix = f"moved_{'fused' if fused else 'unfused'}"
    uri = f"s3://{BUCKET}/{prefix}"

    def statuses():
        out = []
        for data in listing(s3, f"{prefix}/moved", lambda p: p.endswith(f"/{STATUS_FILE}")).values():
            try:
                out.append(json.loads(data))
            except ValueError:  # being replaced (moto)
                continue
        return out

    interrupt_midway(path, uri, statuses, min_epoch=3, extra=("--local-copy", tmp_path / "first"))
    time.sleep(3)
    proc = run_cli(path, "--storage", uri, "--local-copy", tmp_path / "elsewhere")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "(resuming)" in proc.stdout and "6 trials finished, 0 failed" in proc.stdout
    cell = tmp_path / "elsewhere" / "moved" / "rll_eta0.4_mlp_synthetic_s0"
    study = optuna.load_study(study_name=cell.name, storage=f"sqlite:///{cell.parent / OPTUNA_DB}")
    trials = study.get_trials()
    assert optuna.trial.TrialState.RUNNING not in [t.state for t in trials]
    folders = [d for d in trial_dirs(cell) if status_of(d)["status"] != M.SUPERSEDED]
    # Unfused, a trial that ended after the last state Tune saved runs again under a new id (Tune
    # never learnt that it ran): the first run's folder and Optuna trial stay, as it ended. A fused
    # group's members are asked of Optuna by group, and a group asked before is proposed again.
    assert len(folders) == 6 if fused else len(folders) >= 6
    for d in folders:  # each trial's record in Optuna is what its folder says
        status = status_of(d)
        alpha = json.loads((d / CONFIG_FILE).read_text())["trial"]["loss_params"]["alpha"]
        curve = {step: value for step, value in scalars(d)[M.J2] if step >= 1}
        assert sorted(curve) == list(range(1, status["epoch"] + 1)), d.name
        state = optuna.trial.TrialState.COMPLETE if status["status"] == "finished" else optuna.trial.TrialState.PRUNED
        # Unfused, a trial resumed from a state saved after the store's last optuna.db may lack the
        # values it logged in between there (its folder has them); a fused group's members do not:
        # the keeper is given them from the members' folders as the group resumes.
        lacks = set() if fused or not status.get("resumed_from") else set(range(1, status["resumed_from"] + 1))
        matching = [t for t in trials if t.params["loss_params.alpha"] == pytest.approx(alpha, rel=1e-12)
                    and t.state == state and set(curve) - lacks <= set(t.intermediate_values) <= set(curve)
                    and t.intermediate_values == pytest.approx({e: curve[e] for e in t.intermediate_values})]
        assert matching, (d.name, status, [(t.state, t.intermediate_values) for t in trials])
        if fused and state == optuna.trial.TrialState.PRUNED:
            assert matching[0].user_attrs[STOPPED_AT] == status["epoch"]
    if fused:  # one Optuna trial per member, none asked twice
        assert len(trials) == 6 and {t.user_attrs["fused_group"] for t in trials} == {0, 1}


@pytest.mark.slow
def test_trials_on_every_node_of_a_cluster_reach_the_store(s3, cluster, tmp_path):
    # A real three-node cluster (conftest), its nodes started with the store's variables: each
    # worker node trains in its own folders and sends the files to the store, not to a shared disk.
    c, workers = cluster
    uri = f"s3://{BUCKET}/cluster"
    proc = run_cli(REPO / "studies" / "smoke.yaml", "--storage", uri, "--local-copy", tmp_path, timeout=600,
                   env={"RAY_ADDRESS": c.address})
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "4 trials finished, 0 failed" in proc.stdout
    stored = listing(s3, "cluster/smoke", keep=lambda p: p.endswith((STATUS_FILE, CONFIG_FILE, LABELS_FILE)))
    statuses = [json.loads(data) for path, data in stored.items() if path.endswith(f"/{STATUS_FILE}")]
    assert len(statuses) == 4 and all(s["status"] == "finished" and s["epoch"] == 4 for s in statuses)
    assert {s["ray_node"] for s in statuses} == {w.node_id for w in workers}
    assert sum(path.endswith(LABELS_FILE) for path in stored) == 4
    for d in trial_dirs(tmp_path / "smoke"):  # the driver's copy, from the store
        assert [step for step, _ in scalars(d)[M.J1]] == list(range(5))


@pytest.mark.slow
def test_a_fused_group_in_s3_sends_every_members_files(s3, tmp_path):
    # batch_trials: one Tune trial trains the four smoke trials as one network; each member's folder
    # reaches the store, and the driver reads the members' outcomes from its copy.
    import yaml

    raw = yaml.safe_load((REPO / "studies" / "smoke.yaml").read_text())
    raw.update(name="fused", batch_trials=True)
    path = tmp_path / "fused.yaml"
    path.write_text(yaml.safe_dump(raw))
    proc = run_cli(path, "--storage", f"s3://{BUCKET}/fused", "--local-copy", tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "4 trials in 1 fused group" in proc.stdout and "4 trials finished, 0 failed" in proc.stdout
    stored = listing(s3, "fused/fused", keep=lambda p: p.endswith((STATUS_FILE, LABELS_FILE, PREDICTIONS_FILE)))
    members = sorted({p.split("/")[0] for p in stored if p.endswith(f"/{STATUS_FILE}")})
    assert len(members) == 4 and all(m.rsplit("-", 1)[-1] in "0123" for m in members), members
    for m in members:
        assert json.loads(stored[f"{m}/{STATUS_FILE}"])["status"] == "finished"
        assert f"{m}/{LABELS_FILE}" in stored and f"{m}/{PREDICTIONS_FILE}" in stored
    assert len(json.loads(listing(s3, "fused/fused", keep=lambda p: p == "summary.json")["summary.json"])["finished"]) == 4


# ---------------------------------------------------------------- what a store may not do to us

def _put(s3, key, data=b"x"):
    """An object with a raw key, as another client (or an attacker) may write it: boto3, not pyarrow."""
    import boto3

    client = boto3.client("s3", endpoint_url=os.environ["AWS_ENDPOINT_URL"], region_name="us-east-1")
    client.put_object(Bucket=BUCKET, Key=key, Body=data)


def test_a_key_that_would_leave_the_copy_is_skipped_with_a_warning(s3, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "important.txt").write_text("mine")
    _put(s3, "trav/paper/../../important.txt", b"overwritten")
    _put(s3, "trav/paper/" + "../" * 12 + f"{str(tmp_path).lstrip('/')}/absolute.txt", b"evil")
    _put(s3, "trav/paper/a//b.txt", b"odd")
    _put(s3, "trav/paper/./dot.txt", b"odd")
    _put(s3, "trav/paper/trial/status.json", b"{}")
    copy = tmp_path / "results" / "paper"
    assert fetch(f"s3://{BUCKET}/trav/paper", copy) == 1  # the one good file, the fetch not stopped
    assert (copy / "trial" / "status.json").read_bytes() == b"{}"
    assert (tmp_path / "important.txt").read_text() == "mine"
    assert not (tmp_path / "absolute.txt").exists()
    made = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    assert made == ["important.txt", "results", "results/paper", "results/paper/.memstudy-remote",
                    "results/paper/trial", "results/paper/trial/status.json"], made
    err = capsys.readouterr().err
    for key in ("../../important.txt", "a//b.txt", "./dot.txt"):
        assert f"skipped the object '{key}'" in err or key in err, err


def test_a_key_that_cannot_be_made_here_is_skipped_not_waited_for(s3, tmp_path, capsys):
    # A name too long for this file system, a file where a folder must go: before, these local
    # errors were taken for a store that does not answer, waited out for minutes, and stopped the fetch.
    _put(s3, "odd/paper/" + "L" * 300 + ".txt")
    _put(s3, "odd/paper/trial/status.json", b"{}")
    _put(s3, "odd/paper/trial/status.json/inner", b"x")
    _put(s3, "odd/paper/trial/tb/events.1", b"e")
    start = time.monotonic()
    copied = retrying(lambda: fetch(f"s3://{BUCKET}/odd/paper", tmp_path / "copy"), "s3://x", 5.0)
    assert time.monotonic() - start < 5 and copied == 2
    assert (tmp_path / "copy" / "trial" / "status.json").read_bytes() == b"{}"
    assert (tmp_path / "copy" / "trial" / "tb" / "events.1").read_bytes() == b"e"
    err = capsys.readouterr().err
    assert err.count("it cannot be made here") == 2 and "not answering" not in err, err


def test_a_link_in_a_local_store_is_not_followed(tmp_path, capsys):
    # A local:// store's listing follows links: before, a link in the study's folder brought any file
    # of this machine (a credentials file) into the copy.
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "creds").write_text("aws_secret_access_key=LINKED")
    (tmp_path / "outside" / "more").mkdir()
    (tmp_path / "outside" / "more" / "x.txt").write_text("LINKED too")
    study = tmp_path / "store" / "paper"
    (study / "trial").mkdir(parents=True)
    (study / "trial" / "status.json").write_text("{}")
    (study / "linked_creds").symlink_to(tmp_path / "outside" / "creds")
    (study / "trial" / "linked_dir").symlink_to(tmp_path / "outside" / "more")
    copy = tmp_path / "copy"
    assert fetch(f"local://{study}", copy) == 1
    assert sorted(str(p.relative_to(copy)) for p in copy.rglob("*")) == [REMOTE_FILE, "trial", "trial/status.json"]
    assert capsys.readouterr().err.count("a link (a store's files are read from its own folder only)") == 2


def test_a_changed_file_of_the_same_size_in_the_same_second_is_fetched(s3, tmp_path):
    # A running and a finished status.json of the same size, pushed within one second: the store's
    # mtime (1 s resolution) and size agree, the content does not.
    source, copy = tmp_path / "trial", tmp_path / "copy"
    source.mkdir()
    uri = f"s3://{BUCKET}/same-size/trial"
    seen = {}
    (source / STATUS_FILE).write_text('{"status": "running_"}')
    push(source, uri, seen=seen)
    fetch(uri, copy)
    (source / STATUS_FILE).write_text('{"status": "finished"}')
    push(source, uri, seen=seen)
    assert fetch(uri, copy) == 1
    assert (copy / STATUS_FILE).read_text() == '{"status": "finished"}'
    assert fetch(uri, copy) == 0  # unchanged now: not copied again


def test_studies_started_together_on_one_root_all_pass_the_write_check(s3):
    import concurrent.futures

    def check(_):
        check_writable(f"s3://{BUCKET}/together")
        return True

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        assert all(pool.map(check, range(32)))
    assert listing(s3, "together") == {}  # every probe deleted


def test_credentials_are_taken_out_of_a_uri_and_never_shown():
    from memstudy.storage import redact, redact_text, take_credentials

    uri, env = take_credentials("s3://AKIAEXAMPLE:se%2Fcret@bucket/prefix?endpoint_override=h:9&scheme=http")
    assert uri == "s3://bucket/prefix?endpoint_override=h:9&scheme=http"
    assert env == {"AWS_ACCESS_KEY_ID": "AKIAEXAMPLE", "AWS_SECRET_ACCESS_KEY": "se/cret"}
    assert take_credentials("s3://bucket/p") == ("s3://bucket/p", {})
    assert redact("s3://AK:SECRET@bucket/p?session_token=T0K&region=eu") == "s3://***@bucket/p?session_token=***&region=eu"
    with pytest.raises(ConfigError, match=r"gs://\*\*\*@bucket/p: credentials in a gs:// URI are not supported"):
        take_credentials("gs://user:pw@bucket/p")
    with pytest.raises(ConfigError) as err:
        check_writable("s3://AK:TOPSECRET@no-such-bucket/x")
    assert "TOPSECRET" not in str(err.value)
    # A secret with a "/" not %-encoded (AWS secrets often hold one): before, the "@" after it was read
    # as part of the path, the URI kept its secret everywhere and messages printed it.
    assert take_credentials("s3://AKIAEXAMPLE:se/cret@bucket/p") == (
        "s3://bucket/p", {"AWS_ACCESS_KEY_ID": "AKIAEXAMPLE", "AWS_SECRET_ACCESS_KEY": "se/cret"})
    assert redact("s3://AKIAEXAMPLE:se/cret@bucket/p") == "s3://***@bucket/p"
    # An "@" in a path is no user-info.
    assert take_credentials("s3://bucket/run@v1/x") == ("s3://bucket/run@v1/x", {})
    assert redact("s3://bucket/run@v1/x") == "s3://bucket/run@v1/x"
    # A secret with a "?" not %-encoded (a MinIO or Ceph password): before, it was cut at the "?", no
    # user-info was found and messages printed the key and the secret, twice with pyarrow's error.
    assert take_credentials("s3://QKEY:SE?CRET9@bkt/q") == (
        "s3://bkt/q", {"AWS_ACCESS_KEY_ID": "QKEY", "AWS_SECRET_ACCESS_KEY": "SE?CRET9"})
    assert redact("s3://QKEY:SE?CRET9@bkt/q") == "s3://***@bkt/q"
    # Two "@": which one ends the secret cannot be told; refused, shown without the secret.
    with pytest.raises(ConfigError, match="more than one '@'") as err:
        take_credentials("s3://KEY:SECRET9@bkt/run@v1")
    assert "SECRET9" not in str(err.value) and "KEY" not in str(err.value).replace("_KEY", "")
    # An address with user-info in a query value; URIs inside a message or a --set item.
    assert redact("s3://b/p?endpoint_override=http://u:PW9@h:9000") == "s3://b/p?endpoint_override=http://***%40h:9000"
    assert redact("s3://b/p?endpoint_override=u:PW9@h") == "s3://b/p?endpoint_override=***%40h"
    assert redact_text("x={root: 's3://K:S3CR3T@b/d'} and ray://u:T0K@h:1") == "x={root: 's3://***@b/d'} and ray://***@h:1"


def test_a_lease_in_the_store_keeps_a_second_driver_out(s3, tmp_path):
    import platform

    from memstudy.storage import Lease

    uri = f"s3://{BUCKET}/leases/study"
    first = Lease(tmp_path / "a", uri).acquire()
    try:
        with pytest.raises(ConfigError, match=rf"another driver runs this study \(host {platform.node()}, "
                                              rf"pid {os.getpid()}, started "):
            Lease(tmp_path / "b", uri).acquire()  # another machine's copy: only the store can tell
    finally:
        first.release()
    assert listing(s3, "leases/study") == {}  # released: gone
    second = Lease(tmp_path / "b", uri).acquire()
    second.release()

    def plant(**record):
        _put(s3, f"leases/study/{LEASE_FILE}", json.dumps({"token": "other", "started": time.time(), **record}).encode())

    plant(host="elsewhere", pid=1, renewed=time.time())  # another host's live driver
    with pytest.raises(ConfigError, match="host elsewhere, pid 1"):
        Lease(tmp_path / "c", uri).acquire()
    plant(host="elsewhere", pid=1, renewed=time.time() - 600)  # it stopped renewing: gone
    Lease(tmp_path / "c", uri).acquire().release()
    plant(host=platform.node(), pid=2**22 + 12345, renewed=time.time())  # killed with kill -9 on this host
    Lease(tmp_path / "c", uri).acquire().release()
    for hostile in (b"[1, 2]", b"not json", json.dumps({"renewed": "soon", "pid": "x"}).encode()):
        _put(s3, f"leases/study/{LEASE_FILE}", hostile)  # not a lease memstudy wrote: no crash, nothing held
        Lease(tmp_path / "c", uri).acquire().release()


@pytest.mark.subprocess
def test_no_secret_reaches_a_file_of_the_study_or_a_line_printed(s3, tmp_path):
    # Fake credentials in the environment (as every S3 user has) and in the URI (s3://KEY:SECRET@...):
    # moto takes any. Every file of the store and of both local copies is searched for them.
    import uuid

    env_secret, uri_key, uri_secret = (f"{what}{uuid.uuid4().hex}" for what in ("ENVSECRET", "URIKEY", "URISECRET"))
    env = {"AWS_SECRET_ACCESS_KEY": env_secret}
    uri = f"s3://{uri_key}:{uri_secret}@{BUCKET}/secrets"
    proc = run_cli(REPO / "studies" / "smoke.yaml", "--storage", uri, "--local-copy", tmp_path / "copy", env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"results in s3://{BUCKET}/secrets/smoke" in proc.stdout
    report = run_cli(f"{uri}/smoke", "--local-copy", tmp_path / "fetched", module="analysis", env=env)
    assert report.returncode == 0, report.stdout + report.stderr
    bad = run_cli(REPO / "studies" / "smoke.yaml", "--storage", f"s3://{uri_key}:{uri_secret}@no-such-bucket/x",
                  "--local-copy", tmp_path / "bad", env=env)
    assert bad.returncode == 2 and "s3://no-such-bucket/x" in bad.stderr, bad.stderr

    secrets = [s.encode() for s in (env_secret, uri_key, uri_secret)]
    stored = listing(s3, "secrets")
    assert len(stored) > 40 and any(p.startswith("smoke/experiment_state") for p in stored)
    files = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert len(files) > 40
    for where, data in [*stored.items(), *files.items(),
                        *((name, text.encode()) for name, text in (("run stdout", proc.stdout), ("run stderr", proc.stderr),
                                                                   ("analysis", report.stdout + report.stderr),
                                                                   ("refused", bad.stdout + bad.stderr)))]:
        for secret in secrets:
            assert secret not in data, (where, secret)


@pytest.mark.subprocess
def test_the_analysis_never_merges_a_store_into_another_studys_folder(s3, smoke_run, tmp_path):
    _, folder_study = smoke_run  # results/smoke of a study run with local storage
    proc = run_cli(f"s3://{BUCKET}/results/smoke", "--local-copy", folder_study.parent, module="analysis")
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "holds a study run with local storage" in proc.stderr and "--local-copy" in proc.stderr
    assert not (folder_study / REMOTE_FILE).exists()


@pytest.mark.slow
def test_a_store_that_stops_answering_costs_no_finished_epoch(s3, tmp_path):
    # The study's store behind a proxy that is cut mid-trial. A short outage (connections that hang)
    # is waited out, and the user hears of it; one longer than --store-wait stops the study with
    # one message, and the rerun, once the store is back, resumes from the newest saved state the
    # store holds: each epoch once, the numbers of a run never interrupted.
    import subprocess
    import sys

    import yaml

    from helpers import CuttableProxy

    host, port = os.environ["AWS_ENDPOINT_URL"].removeprefix("http://").split(":")
    proxy = CuttableProxy((host, int(port)))
    raw = {"name": "outage", "checkpoint_interval_s": 0,
           "trial": {"dataset": "synthetic", "dataset_params": {"n_train": 20000, "n_test": 256, "shape": [64]},
                     "model": "mlp", "model_params": {"hidden": [256, 256]}, "epochs": 30, "batch_size": 128,
                     "optimizer": "adam", "lr": 0.001, "eta": 0.4}}
    path = tmp_path / "outage.yaml"
    path.write_text(yaml.safe_dump(raw))
    uri = f"s3://{BUCKET}/outage"
    env = {**{k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}, "AWS_ENDPOINT_URL": proxy.url}

    def epoch_in_store():
        for name, data in listing(s3, "outage/outage", lambda p: p.endswith(f"/{STATUS_FILE}")).items():
            try:
                return json.loads(data).get("epoch") or 0
            except ValueError:
                continue
        return 0

    def start(wait):
        return subprocess.Popen([sys.executable, "-m", "memstudy.run", str(path), "--storage", uri, "--local-copy",
                                 tmp_path / "copy", "--store-wait", str(wait)], cwd=REPO, env=env, text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)

    def wait_until(condition, driver, timeout=240):
        deadline = time.time() + timeout
        while not condition():
            assert driver.poll() is None, driver.stdout.read()
            assert time.time() < deadline, "timed out"
            time.sleep(0.2)

    try:
        # 1. Connections hang for 12 s, within --store-wait 20: waited out.
        driver = start(20)
        wait_until(lambda: epoch_in_store() >= 3, driver)
        proxy.set("hang")
        time.sleep(12)
        proxy.set("up")
        wait_until(lambda: epoch_in_store() >= 8, driver)
        # 2. Refused for longer than the wait allows: the study stops, saying why.
        proxy.set("down")
        out, _ = driver.communicate(timeout=400)
        (tmp_path / "driver.log").write_text(out)
        assert driver.returncode == 1, out
        assert f"the store at {uri}/outage is not answering" in out, out
        assert "answers again" in out, out  # after the first outage
        assert "lost its worker" not in out and "Traceback" not in out, out
        assert "rerun the same command once it answers" in out, out
    finally:
        if driver.poll() is None:
            os.killpg(driver.pid, 9)
        proxy.set("up")
    # 3. The store is back: the same command finishes the trial from its newest stored state.
    before = epoch_in_store()
    assert 8 <= before < 30
    again = run_cli(path, "--storage", uri, "--local-copy", tmp_path / "copy", env={"AWS_ENDPOINT_URL": proxy.url})
    assert again.returncode == 0, again.stdout + again.stderr
    assert "1 trials finished, 0 failed" in again.stdout
    [d] = trial_dirs(tmp_path / "copy" / "outage")
    assert 0 < status_of(d)["resumed_from"] <= before
    logged = scalars(d)
    assert [step for step, _ in logged[M.J1]] == list(range(31))
    cfg = trial_from_dict(json.loads((d / CONFIG_FILE).read_text())["trial"])
    straight = run_trials([cfg], [tmp_path / "straight"], threads=1)[0]
    for metric in (M.J1, M.J2, M.TEST_ACC, M.TRAIN_LOSS):
        assert [v for _, v in logged[metric]] == pytest.approx([r[metric] for r in straight], rel=1e-6), metric
    proxy.close()


@pytest.mark.slow
def test_a_store_gone_for_good_ends_the_study_after_one_trial_spent_its_retries(s3, tmp_path):
    # Three trials one at a time; the store goes when the first has finished and the second runs.
    # Before, each trial still to run waited out all its retries in turn (at the default wait, 4 x
    # 300 s per trial) before the study ended. Now the study stops once the second has spent its
    # retries, as Ctrl-C stops it, and the rerun finishes the rest with nothing trained twice.
    import subprocess
    import sys

    import yaml

    from helpers import CuttableProxy

    host, port = os.environ["AWS_ENDPOINT_URL"].removeprefix("http://").split(":")
    proxy = CuttableProxy((host, int(port)))
    raw = {"name": "gone", "checkpoint_interval_s": 0, "max_concurrent": 1,
           "trial": {"dataset": "synthetic", "dataset_params": {"n_train": 8000, "shape": [64]}, "model": "mlp",
                     "model_params": {"hidden": [128]}, "epochs": 12, "eta": 0.4},
           "grid": {"seed": [0, 1, 2]}}
    path = tmp_path / "gone.yaml"
    path.write_text(yaml.safe_dump(raw))
    uri = f"s3://{BUCKET}/gone"
    env = {**{k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}, "AWS_ENDPOINT_URL": proxy.url}

    def statuses():
        out = []
        for data in listing(s3, "gone/gone", lambda p: p.endswith(f"/{STATUS_FILE}")).values():
            try:
                out.append(json.loads(data))
            except ValueError:
                continue
        return out

    driver = subprocess.Popen([sys.executable, "-m", "memstudy.run", str(path), "--storage", uri, "--local-copy",
                               tmp_path / "copy", "--store-wait", "3"], cwd=REPO, env=env, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.time() + 300
        while not (any(s.get("status") == "finished" for s in statuses())
                   and any(s.get("status") == "running" and (s.get("epoch") or 0) >= 2 for s in statuses())):
            assert driver.poll() is None and time.time() < deadline, driver.stdout.read() if driver.poll() else "slow"
            time.sleep(0.2)
        proxy.set("down")
        cut = time.time()
        out, _ = driver.communicate(timeout=400)
        took = time.time() - cut
    finally:
        if driver.poll() is None:
            os.killpg(driver.pid, 9)
        proxy.set("up")
    assert driver.returncode == 1, out
    assert "a trial spent its retries on it, and the study stopped there rather than have every trial" in out, out
    assert "rerun the same command once it answers" in out and "Traceback" not in out, out
    assert len(statuses()) == 2, statuses()  # the third trial never started
    assert took < 150, f"{took:.0f} s after the cut"
    again = run_cli(path, "--storage", uri, "--local-copy", tmp_path / "copy", env={"AWS_ENDPOINT_URL": proxy.url})
    assert again.returncode == 0 and "3 trials finished, 0 failed" in again.stdout, again.stdout + again.stderr
    for d in trial_dirs(tmp_path / "copy" / "gone"):
        assert [step for step, _ in scalars(d)[M.J1]] == list(range(13)), d.name
    proxy.close()
