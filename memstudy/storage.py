"""Where a study's files live: a folder (local, or shared by every node of a cluster), or an object
store named by a URI (s3://bucket/prefix, gs://..., any filesystem pyarrow opens).

With a URI, every trial trains in a folder on its own node and copies its files to the store at
each checkpoint and when it ends; the driver and `python -m analysis` work on a local copy that
`fetch` brings up to date. Credentials and endpoints come the usual way for the store (for S3:
AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_ENDPOINT_URL or `?endpoint_override=` in the URI).
"""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import tempfile
import time
from pathlib import Path, PurePosixPath

from memstudy.errors import ConfigError

REMOTE_FILE = ".memstudy-remote"  # in a local copy: the URI it copies
# Not copied to a local copy: Tune's checkpoints (a trial's state, only for resuming it) and Tune's
# own experiment state (a local copy is never resumed as an experiment of its own).
SKIPPED_PREFIXES = ("checkpoint_", "experiment_state", "basic-variant-state", "search_gen_state", "searcher-state",
                    "tuner.pkl", "trainable.pkl", ".validate_storage_marker", ".memstudy-probe")


def is_uri(storage) -> bool:
    """True for an object-store URI; a plain path (or file://) is a folder."""
    text = str(storage)
    return "://" in text and not text.startswith("file://")


def join(uri: str, *parts: str) -> str:
    """`uri` with path parts added, before its query (`s3://b/p?endpoint_override=h` + x -> s3://b/p/x?...)."""
    base, sep, query = uri.partition("?")
    return "/".join([base.rstrip("/"), *parts]) + sep + query


@functools.lru_cache(maxsize=64)
def open_uri(uri: str):
    """(pyarrow filesystem, path inside it) for a URI; ConfigError when pyarrow cannot open it.
    Cached: a trial pushes at every checkpoint, and building an S3 client each time is waste."""
    import pyarrow.fs

    try:
        fs, path = pyarrow.fs.FileSystem.from_uri(uri)
    except (ValueError, OSError, TypeError) as err:  # pyarrow.ArrowInvalid is a ValueError
        raise ConfigError(f"--storage {uri!r}: not a storage URI pyarrow can open ({err}); give a folder, or a "
                          "URI such as s3://bucket/prefix or gs://bucket/prefix") from None
    return fs, path.rstrip("/")


def check_writable(uri: str, timeout_s: float = 60.0):
    """Write and delete one small file under `uri`: a wrong bucket, endpoint or credentials fail
    here with one message, before Ray starts (a store that does not answer, within `timeout_s`)."""
    import threading

    fs, path = open_uri(uri)
    probe = f"{path}/.memstudy-probe"
    outcome = []

    def attempt():
        try:
            fs.create_dir(path, recursive=True)
            with fs.open_output_stream(probe) as f:
                f.write(b"ok")
            fs.delete_file(probe)
            outcome.append(None)
        except OSError as err:
            outcome.append(str(err).strip().splitlines()[0])

    worker = threading.Thread(target=attempt, daemon=True)  # a client can retry for minutes: don't wait on it
    worker.start()
    worker.join(timeout_s)
    error = outcome[0] if outcome else f"no answer in {timeout_s:g} s"
    if error:
        raise ConfigError(f"--storage {uri!r}: cannot write there ({error}); check the bucket exists and the "
                          "credentials (for S3: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, and AWS_ENDPOINT_URL for a "
                          "store other than AWS)")


def _skipped(relative: str) -> bool:
    return any(part.startswith(SKIPPED_PREFIXES) for part in PurePosixPath(relative).parts)


def fetch(uri: str, local: str | os.PathLike, only: tuple[str, ...] | None = None) -> int:
    """Bring the local copy `local` of the folder at `uri` up to date (new or changed files; never
    checkpoints or Tune's experiment state); `only`: just these relative paths. Returns the number
    of files copied."""
    import pyarrow.fs

    fs, root = open_uri(uri)
    local = Path(local)
    if only is None:
        infos = fs.get_file_info(pyarrow.fs.FileSelector(root, recursive=True, allow_not_found=True))
    else:
        infos = fs.get_file_info([f"{root}/{name}" for name in only])
    copied = 0
    for info in infos:
        if info.type != pyarrow.fs.FileType.File:
            continue
        relative = info.path[len(root) + 1:]
        if _skipped(relative):
            continue
        target = local / relative
        mtime = info.mtime_ns if info.mtime_ns is not None else time.time_ns()
        if target.is_file() and target.stat().st_size == info.size and target.stat().st_mtime_ns == mtime:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        try:
            with fs.open_input_stream(info.path) as source, open(partial, "wb") as out:
                shutil.copyfileobj(source, out, length=1 << 20)
        except FileNotFoundError:  # deleted since the listing (a running trial packed its predictions)
            partial.unlink(missing_ok=True)
            continue
        os.utime(partial, ns=(mtime, mtime))  # the store's time: the next fetch skips an unchanged file
        partial.replace(target)
        copied += 1
    if local.is_dir():
        (local / REMOTE_FILE).write_text(uri + "\n")
    return copied


def _local_files(local: Path) -> dict:
    """{relative path: (size, mtime)} of the files under `local`, the copy's own mark left out."""
    out = {}
    for path in sorted(local.rglob("*")):
        if path.is_file() and path.name != REMOTE_FILE:
            stat = path.stat()
            out[str(path.relative_to(local))] = (stat.st_size, stat.st_mtime_ns)
    return out


def push(local: str | os.PathLike, uri: str, files=None, seen: dict | None = None) -> int:
    """Copy the files of folder `local` (or just `files`, relative paths) to the folder at `uri`.
    With `seen` (a dict kept between calls), only those whose size or time changed, and a file
    pushed before that is gone here (predictions.raw once packed) is deleted there too. Returns the
    number of files copied."""
    fs, root = open_uri(uri)
    local = Path(local)
    if files is None:
        present = _local_files(local)
    else:
        present = {}
        for name in files:
            try:
                stat = (local / name).stat()
            except FileNotFoundError:
                continue
            present[name] = (stat.st_size, stat.st_mtime_ns)
    copied, made = 0, set()
    for name, key in present.items():
        if seen is not None and seen.get(name) == key:
            continue
        target = f"{root}/{PurePosixPath(*Path(name).parts)}"
        parent = target.rsplit("/", 1)[0]
        if parent not in made:  # one request per folder, not per file
            fs.create_dir(parent, recursive=True)
            made.add(parent)
        with open(local / name, "rb") as f, fs.open_output_stream(target) as out:
            shutil.copyfileobj(f, out, length=1 << 20)
        if seen is not None:
            seen[name] = key
        copied += 1
    if seen is not None and files is None:
        for name in sorted(set(seen) - set(present)):
            fs.delete_file(f"{root}/{PurePosixPath(*Path(name).parts)}")
            del seen[name]
    return copied


class TrialFolders:
    """A trial's (or a fused group's) folders on a node when the study lives at a URI: each starts
    as the copy the store holds (a trial resumed on another node finds its files), and `push`
    copies what changed back to the store."""

    def __init__(self, study_uri: str, names: list[str]):
        digest = hashlib.sha1(study_uri.encode()).hexdigest()[:12]
        self.root = Path(tempfile.gettempdir()) / "memstudy-trials" / digest
        self.study_uri, self.names = study_uri, names
        self.seen = {}
        for name in names:
            shutil.rmtree(self.root / name, ignore_errors=True)  # an earlier attempt's files on this node
            fetch(join(study_uri, name), self.root / name)
            (self.root / name / REMOTE_FILE).unlink(missing_ok=True)
            self.seen[name] = _local_files(self.root / name)  # as fetched: nothing to send back

    @property
    def dirs(self) -> list[Path]:
        return [self.root / name for name in self.names]

    def push(self) -> int:
        return sum(push(self.root / name, join(self.study_uri, name), seen=self.seen[name]) for name in self.names)

    def remove(self):
        for name in self.names:
            shutil.rmtree(self.root / name, ignore_errors=True)
