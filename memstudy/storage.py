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
import json
import os
import platform
import re
import shutil
import stat
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path, PurePosixPath
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from memstudy.errors import ConfigError, StoreError

REMOTE_FILE = ".memstudy-remote"  # in a local copy: the URI it copies (credentials never in it)
# In each folder a pusher writes: {relative path: sha256} of the files it sent, written after them,
# so that a fetch can tell a changed file by its content (a store's mtimes have 1 s resolution).
MANIFEST = ".memstudy-sha256.json"
LEASE_FILE = ".memstudy-lease.json"  # in a study's folder: the driver that runs it (see Lease)
STATE_FILE = "state.pt"  # a trial's saved state: fetched only by the trial that resumes from it
STORE_WAIT_S = 300.0  # default: how long a trial (or the driver) waits for a store that stops answering
# Not copied to a local copy: Tune's checkpoints (a trial's state, only for resuming it) and Tune's
# own experiment state (a local copy is never resumed as an experiment of its own).
SKIPPED_PREFIXES = ("checkpoint_", "experiment_state", "basic-variant-state", "search_gen_state", "searcher-state",
                    "tuner.pkl", "trainable.pkl", ".validate_storage_marker", ".memstudy-probe", MANIFEST, LEASE_FILE)
# A query parameter of a URI whose value is never printed or stored (credentials, signed tokens).
SECRET_QUERY = ("key", "secret", "token", "password", "credential", "signature")


def is_uri(storage) -> bool:
    """True for an object-store URI; a plain path (or file://) is a folder."""
    text = str(storage)
    return "://" in text and not text.startswith("file://")


def folder_of(storage):
    """A file:// URI as the folder on this machine it names (file:///abs/path or
    file://localhost/abs/path); anything else as it is given."""
    text = str(storage)
    if not text.startswith("file://"):
        return storage
    parts = urlsplit(text)
    if parts.netloc not in ("", "localhost") or parts.query or parts.fragment or not parts.path.startswith("/"):
        raise ConfigError(f"{redact(text)!r}: a file:// URI names a folder on this machine, as file:///absolute/path")
    return unquote(parts.path)


def _userinfo(rest: str) -> tuple[str | None, str]:
    """(user-info, the rest after it) of a URI's part after "scheme://": user-info is what comes before
    its last "@" (ahead of any query), when it holds a ":" (KEY:SECRET, whose secret may hold a "/"
    when not %-encoded) or no "/"; None when there is none (bucket/key@v1 is a path). A secret that
    holds a "?" not %-encoded (KEY:SE?CRET@bucket) is user-info too: a "?" ahead of the last "@"
    after a KEY of no "/", "?" or "#"."""
    before_query = rest.partition("?")[0]
    head, at, _ = before_query.rpartition("@")
    if at and not ("/" in head and ":" not in head):
        return head, rest[len(head) + 1:]
    head, at, tail = rest.rpartition("@")
    key, colon, _ = head.partition(":")
    if at and colon and key and not any(c in key for c in "/?#"):
        return head, tail
    return None, rest


def _value_shown(value: str) -> str:
    """A query value as it may be shown: without the user-info of an address in it (u:p@host)."""
    if "://" in value:
        return redact(value)
    head, at, tail = value.rpartition("@")
    return f"***@{tail}" if at and ":" in head else value


def redact(uri: str) -> str:
    """`uri` as it may be printed or stored: no user-info (s3://KEY:SECRET@bucket) and no value of a
    query parameter that looks secret. A plain path is returned as it is."""
    text = str(uri)
    if not is_uri(text):
        return text
    scheme, _, rest = text.partition("://")
    userinfo, rest = _userinfo(rest)
    rest, sep, query = rest.partition("?")
    authority, slash, path = rest.partition("/")
    if userinfo is not None:
        authority = "***@" + authority
    if query:
        pairs = [(k, "***" if any(word in k.lower() for word in SECRET_QUERY) else _value_shown(v))
                 for k, v in parse_qsl(query, keep_blank_values=True)]
        query = urlencode(pairs, safe="*:/")
    return f"{scheme}://{authority}{slash}{path}{sep}{query}"


_URI_IN_TEXT = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s'\"]+")


def redact_text(text) -> str:
    """`text` (a message, a --set item) with every URI in it redacted as `redact` does."""
    return _URI_IN_TEXT.sub(lambda m: redact(m.group(0)), str(text))


def take_credentials(uri: str) -> tuple[str, dict]:
    """(the URI without credentials, the environment that carries them). s3://KEY:SECRET@bucket/p
    becomes s3://bucket/p with AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, as the store's clients
    read them, so that no trial config, Tune state or local copy holds the secret. Other schemes
    take their credentials from their own environment only."""
    text = str(uri)
    if not is_uri(text):
        return text, {}
    scheme, _, rest = text.partition("://")
    userinfo, rest = _userinfo(rest)
    if userinfo is None:
        return text, {}
    host, slash, path = rest.partition("/")
    if scheme != "s3":
        raise ConfigError(f"--storage {redact(text)}: credentials in a {scheme}:// URI are not supported; give them "
                          "the way that store's clients read them (its environment variables or credentials file)")
    key, _, secret = userinfo.partition(":")
    if "@" in userinfo:  # KEY:SEC@RET@bucket or KEY:SECRET@bucket/run@v1: which "@" ends the secret?
        raise ConfigError(f"--storage {redact(text)}: more than one '@' in an s3:// URI; write an '@' of the secret "
                          "or of the path as %40, or leave the credentials out and set AWS_ACCESS_KEY_ID and "
                          "AWS_SECRET_ACCESS_KEY")
    if not key or not secret:
        raise ConfigError(f"--storage {redact(text)}: credentials in an s3:// URI are KEY:SECRET@bucket; or leave "
                          "them out and set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY")
    return f"{scheme}://{host}{slash}{path}", {"AWS_ACCESS_KEY_ID": unquote(key),
                                               "AWS_SECRET_ACCESS_KEY": unquote(secret)}


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
        raise ConfigError(f"--storage {redact(uri)!r}: not a storage URI pyarrow can open "
                          f"({redact_text(_first_line(err).replace(uri, redact(uri)))}); give "
                          "a folder, or a URI such as s3://bucket/prefix or gs://bucket/prefix") from None
    return fs, path.rstrip("/")


def _first_line(err) -> str:
    lines = str(err).strip().splitlines()
    return lines[0] if lines else type(err).__name__


def answer_within(operation, timeout_s: float) -> str | None:
    """Run `operation()` (a few store calls) in a thread of its own and wait at most `timeout_s`:
    None when it answered, else why not (its error's first line, or 'no answer in N s'). A store's
    client can retry for minutes: nobody waits on it longer than asked."""
    outcome = []

    def attempt():
        try:
            operation()
            outcome.append(None)
        except OSError as err:
            outcome.append(_first_line(err))

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(timeout_s)
    return outcome[0] if outcome else f"no answer in {timeout_s:g} s"


def check_writable(uri: str, timeout_s: float = 60.0):
    """Write and delete one small file under `uri`: a wrong bucket, endpoint or credentials fail
    here with one message, before Ray starts (a store that does not answer, within `timeout_s`).
    Each probe has a name of its own: studies started at once on one root do not meet."""
    fs, path = open_uri(uri)
    probe = f"{path}/.memstudy-probe-{uuid.uuid4().hex}"

    def attempt():
        fs.create_dir(path, recursive=True)
        with fs.open_output_stream(probe) as f:
            f.write(b"ok")
        fs.delete_file(probe)

    error = answer_within(attempt, timeout_s)
    if error:
        raise ConfigError(f"--storage {redact(uri)!r}: cannot write there ({error}); check the bucket exists and the "
                          "credentials (for S3: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, and AWS_ENDPOINT_URL for a "
                          "store other than AWS)")


def retrying(operation, uri: str, wait_s: float = STORE_WAIT_S, what: str = "", say=None):
    """operation(), retried with backoff (1 s doubling to 30 s) while the store at `uri` does not
    answer, for up to `wait_s` seconds; then StoreError. A missing file (FileNotFoundError) is an
    answer, not an outage: it is raised at once. `say(line)` hears once that the store is down."""
    say = say or (lambda line: print(line, file=sys.stderr, flush=True))
    deadline, delay, told = time.monotonic() + wait_s, 1.0, False
    while True:
        try:
            return operation()
        except FileNotFoundError:
            raise
        except StoreError:
            raise
        except OSError as err:
            if time.monotonic() + delay > deadline:
                raise StoreError(f"the store at {redact(uri)} is not answering{what and f' ({what})'}: "
                                 f"{_first_line(err)}; waited {wait_s:g} s for it") from None
            if not told:
                say(f"memstudy: the store at {redact(uri)} is not answering ({_first_line(err)}); retrying for up to "
                    f"{wait_s:g} s")
                told = True
            time.sleep(delay)
            delay = min(2 * delay, 30.0)


def _skipped(relative: str) -> bool:
    return any(part.startswith(SKIPPED_PREFIXES) for part in PurePosixPath(relative).parts)


def safe_target(local: Path, relative: str) -> Path | None:
    """The file under `local` that a store's key `relative` may be copied to, or None: a key is
    data, never a path we trust (no '..', '.', empty or absolute parts, no way out of `local`)."""
    parts = relative.split("/")
    if not relative or relative.startswith("/") or "\\" in relative or any(p in ("", ".", "..") for p in parts):
        return None
    root = Path(os.path.abspath(local))
    target = Path(os.path.abspath(root.joinpath(*parts)))
    if root not in target.parents:
        return None
    return target


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _read_manifests(fs, root: str, infos) -> dict:
    """{relative path under root: sha256} from the manifests among `infos`, read before any of the
    files they describe (a pusher writes them after its files: a file read later is as new or newer)."""
    import pyarrow.fs

    hashes = {}
    for info in sorted((i for i in infos if i.type == pyarrow.fs.FileType.File and i.base_name == MANIFEST),
                       key=lambda i: i.path.count("/")):  # a folder's own manifest wins over its parent's
        folder = info.path[len(root) + 1:].rpartition("/")[0]
        try:
            with fs.open_input_stream(info.path) as f:
                entries = json.loads(f.read())
        except (FileNotFoundError, ValueError):
            continue
        for name, digest in entries.items() if isinstance(entries, dict) else ():
            hashes[f"{folder}/{name}" if folder else name] = digest
    return hashes


def fetch(uri: str, local: str | os.PathLike, only: tuple[str, ...] | None = None, *, with_state: bool = False) -> int:
    """Bring the local copy `local` of the folder at `uri` up to date (new or changed files; never
    checkpoints, Tune's experiment state or, unless `with_state`, a trial's saved state); `only`:
    just these relative paths. A file is changed when its content differs (the sha256 its pusher
    recorded) or, for a file no manifest lists, its size or time. A key that would land outside
    `local` is skipped with a warning. Returns the number of files copied."""
    import pyarrow.fs

    fs, root = open_uri(uri)
    local = Path(local)
    if only is None:
        infos = fs.get_file_info(pyarrow.fs.FileSelector(root, recursive=True, allow_not_found=True))
    else:
        infos = fs.get_file_info([f"{root}/{name}" for name in only])
        manifests = {str(folder / MANIFEST) for name in only for folder in PurePosixPath(name).parents}
        infos += [i for i in fs.get_file_info([f"{root}/{m}" for m in sorted(manifests)])
                  if i.type == pyarrow.fs.FileType.File]
    hashes = _read_manifests(fs, root, infos)
    local_store = isinstance(fs, pyarrow.fs.LocalFileSystem)  # local://: its listing follows links
    copied = 0
    for info in infos:
        if info.type != pyarrow.fs.FileType.File or not info.path.startswith(root + "/"):
            continue
        relative = info.path[len(root) + 1:]
        if local_store and _through_link(root, relative):
            print(f"memstudy: warning: {redact(uri)}: skipped {relative!r}: a link (a store's files are read from "
                  "its own folder only)", file=sys.stderr, flush=True)
            continue
        target = safe_target(local, relative)
        if target is None:
            print(f"memstudy: warning: {redact(uri)}: skipped the object {relative!r}: not a file name inside the "
                  "study (an empty, '.', '..' or absolute part)", file=sys.stderr, flush=True)
            continue
        if _skipped(relative) or (PurePosixPath(relative).name == STATE_FILE and not with_state):
            continue
        mtime = info.mtime_ns if info.mtime_ns is not None else time.time_ns()
        if target.is_file() and target.stat().st_size == info.size:
            digest = hashes.get(relative)
            if digest is not None and sha256_of(target) == digest:
                continue
            if digest is None and target.stat().st_mtime_ns == mtime:
                continue
        partial = target.with_name(target.name + ".part")
        try:  # this machine's side: a name too long here, a file where a folder must go, ...
            target.parent.mkdir(parents=True, exist_ok=True)
            out = open(partial, "wb")
        except OSError as err:  # not the store's: skipped, not retried as an outage
            print(f"memstudy: warning: {redact(uri)}: skipped the object {relative!r}: it cannot be made here "
                  f"({err.strerror or err})", file=sys.stderr, flush=True)
            continue
        try:
            with out, fs.open_input_stream(info.path) as source:
                _copy(source, out, target)
        except FileNotFoundError:  # deleted since the listing (a running trial packed its predictions)
            partial.unlink(missing_ok=True)
            continue
        os.utime(partial, ns=(mtime, mtime))  # the store's time: the next fetch skips an unchanged file
        partial.replace(target)
        copied += 1
    if local.is_dir():
        (local / REMOTE_FILE).write_text(redact(uri) + "\n")
    return copied


def _through_link(root: str, relative: str) -> bool:
    """Whether a local store's `root`/`relative` is, or lies under, a link (which may point anywhere)."""
    path = Path(root)
    for part in relative.split("/"):
        path = path / part
        if path.is_symlink():
            return True
    return False


def _copy(source, out, target: Path):
    """source to out; a failure to write here (a full disk) is this machine's, not the store's: a
    ConfigError at once, not an outage that `retrying` waits out."""
    while True:
        block = source.read(1 << 20)
        if not block:
            return
        try:
            out.write(block)
        except OSError as err:
            raise ConfigError(f"cannot write {target} here ({err.strerror or err}); free some space or give "
                              "another --local-copy") from None


def _local_files(local: Path) -> dict:
    """{relative path: (size, mtime)} of the files under `local`, the copy's own marks left out."""
    out = {}
    for path in sorted(local.rglob("*")):
        if path.is_file() and path.name not in (REMOTE_FILE, MANIFEST) and not path.name.endswith(".part"):
            info = path.stat()
            out[str(path.relative_to(local))] = (info.st_size, info.st_mtime_ns)
    return out


def push(local: str | os.PathLike, uri: str, files=None, seen: dict | None = None) -> int:
    """Copy the files of folder `local` (or just `files`, relative paths) to the folder at `uri`,
    a trial's saved state last (a stored state never runs ahead of the logs it resumes), then the
    folder's manifest of content hashes. With `seen` (a dict kept between calls), only those whose
    size or time changed, and a file pushed before that is gone here (predictions.raw once packed)
    is deleted there too. Returns the number of files copied."""
    fs, root = open_uri(uri)
    local = Path(local)
    if files is None:
        present = _local_files(local)
    else:
        present = {}
        for name in files:
            try:
                info = (local / name).stat()
            except FileNotFoundError:
                continue
            present[name] = (info.st_size, info.st_mtime_ns)
    order = sorted(present, key=lambda name: (PurePosixPath(name).name == STATE_FILE, name))
    copied, made, sent = 0, set(), {}
    for name in order:
        key = present[name]
        if seen is not None and seen.get(name, (None,))[:2] == key:
            continue
        target = f"{root}/{PurePosixPath(*Path(name).parts)}"
        parent = target.rsplit("/", 1)[0]
        if parent not in made:  # one request per folder, not per file
            fs.create_dir(parent, recursive=True)
            made.add(parent)
        digest = hashlib.sha256()
        with open(local / name, "rb") as f, fs.open_output_stream(target) as out:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
                out.write(block)
        sent[name] = digest.hexdigest()
        if seen is not None:
            seen[name] = (*key, sent[name])
        copied += 1
    removed = []
    if seen is not None and files is None:
        for name in sorted(set(seen) - set(present)):
            try:
                fs.delete_file(f"{root}/{PurePosixPath(*Path(name).parts)}")
            except FileNotFoundError:
                pass
            del seen[name]
            removed.append(name)
    if sent or removed:
        _write_manifest(fs, root, sent, removed, seen)
    return copied


def _write_manifest(fs, root: str, sent: dict, removed: list, seen: dict | None):
    """The folder's manifest: from `seen` when this pusher is the folder's only writer (a trial),
    else the stored one updated with what was just sent (the driver's few files)."""
    if seen is not None:
        entries = {name: key[2] for name, key in seen.items() if len(key) > 2}
    else:
        try:
            with fs.open_input_stream(f"{root}/{MANIFEST}") as f:
                entries = json.loads(f.read())
        except (FileNotFoundError, ValueError):
            entries = {}
    entries.update({name.replace(os.sep, "/"): digest for name, digest in sent.items()})
    for name in removed:
        entries.pop(name, None)
    with fs.open_output_stream(f"{root}/{MANIFEST}") as out:
        out.write(json.dumps(entries, sort_keys=True).encode())


def check_local_copy(folder: Path, uri: str, marker: str = "study.json"):
    """A local copy of the study at `uri` must not land on another study's folder: ConfigError when
    `folder` holds a study (its `marker` file) that is not a copy of `uri`."""
    folder = Path(folder)
    if not (folder / marker).exists():
        return
    try:
        copies = (folder / REMOTE_FILE).read_text().strip()
    except OSError:
        copies = None
    if copies != redact(uri):
        what = f"a copy of {copies}" if copies else "a study run with local storage"
        raise ConfigError(f"{folder} holds {what}, not of {redact(uri)}; pass --local-copy with another folder")


def node_folder() -> Path:
    """This user's private folder for trials' files on this node (0700, owned by this user; a
    folder of that name that is not, or is a link, is refused rather than written into)."""
    uid = os.getuid() if hasattr(os, "getuid") else 0
    base = Path(tempfile.gettempdir()) / f"memstudy-{uid}"
    try:
        base.mkdir(mode=0o700)
    except FileExistsError:
        pass
    info = os.lstat(base)
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != uid or info.st_mode & 0o077:
        raise StoreError(f"{base}: not a private folder of this user (owner {info.st_uid}, mode "
                         f"{stat.S_IMODE(info.st_mode):o}{', a link' if stat.S_ISLNK(info.st_mode) else ''}); "
                         "memstudy keeps trials' files there: remove it, or set TMPDIR to another folder")
    return base


class TrialFolders:
    """A trial's (or a fused group's) folders on a node when the study lives at a URI: each starts
    as the copy the store holds (a trial resumed on another node finds its files), and `push`
    copies what changed back to the store. `state`: the folder whose saved state (STATE_FILE) the
    trial resumes from; it is fetched too, and pushed after everything else. Every store operation
    waits up to `wait_s` for a store that does not answer."""

    def __init__(self, study_uri: str, names: list[str], state: str | None = None, wait_s: float = STORE_WAIT_S):
        digest = hashlib.sha1(study_uri.encode()).hexdigest()[:12]
        self.root = node_folder() / digest
        self.study_uri, self.names, self.wait_s = study_uri, names, wait_s
        self.state = state if state is not None else names[0]
        self.seen = {}
        for name in dict.fromkeys([*names, self.state]):
            shutil.rmtree(self.root / name, ignore_errors=True)  # an earlier attempt's files on this node
            if name in names:
                self._retry(lambda: fetch(join(study_uri, name), self.root / name, with_state=name == self.state))
            else:  # the fused group's own folder: only its state
                self._retry(lambda: fetch(join(study_uri, name), self.root / name, only=(STATE_FILE,), with_state=True))
            (self.root / name).mkdir(parents=True, exist_ok=True)
            (self.root / name / REMOTE_FILE).unlink(missing_ok=True)
            self.seen[name] = {k: (*v, sha256_of(self.root / name / k)) for k, v in _local_files(self.root / name).items()}

    def _retry(self, operation):
        return retrying(operation, self.study_uri, self.wait_s)

    @property
    def dirs(self) -> list[Path]:
        return [self.root / name for name in self.names]

    @property
    def state_dir(self) -> Path:
        return self.root / self.state

    def push(self) -> int:
        """Every folder's changes, the state's folder last."""
        order = [n for n in self.names if n != self.state] + [self.state]
        total = 0
        for name in order:
            files = None if name in self.names else [STATE_FILE]
            total += self._retry(lambda: push(self.root / name, join(self.study_uri, name), files=files,
                                              seen=self.seen[name]))
        return total

    def remove(self):
        for name in dict.fromkeys([*self.names, self.state]):
            shutil.rmtree(self.root / name, ignore_errors=True)


def _record(text) -> dict:
    """A lease's record as read (from a store: data, never trusted): a dict, else empty."""
    try:
        record = json.loads(text or "{}")
    except ValueError:
        return {}
    return record if isinstance(record, dict) else {}


class Lease:
    """One driver per study. The study's folder (and, for a URI, the store) holds a lease naming
    the driver that runs it: host, pid, start time; the driver renews it every `renew_s` while it
    runs. Another driver is refused while the lease is fresh (renewed within `ttl_s`) unless its
    holder is a process of this host that is gone (a driver killed with kill -9). In a folder the
    lease is also an OS lock (flock), released the moment its process dies.
    """

    def __init__(self, folder: Path, uri: str | None = None, ttl_s: float = 90.0, renew_s: float = 20.0,
                 wait_s: float = STORE_WAIT_S):
        self.folder, self.uri, self.ttl_s, self.renew_s, self.wait_s = Path(folder), uri, ttl_s, renew_s, wait_s
        self.token = uuid.uuid4().hex
        self.record = {"host": platform.node(), "pid": os.getpid(), "started": time.time(), "token": self.token}
        self._lock_file = None
        self._stop = threading.Event()
        self._thread = None

    def _refusal(self, held: dict, where: str) -> ConfigError:
        started = time.strftime("%Y-%m-%d %H:%M:%S %Z", time.localtime(held.get("started", 0)))
        return ConfigError(f"{where}: another driver runs this study (host {held.get('host')}, pid {held.get('pid')}, "
                           f"started {started}); wait for it to end, or stop it. A driver that died without ending "
                           f"frees the study within {self.ttl_s:g} s")

    def acquire(self):
        import fcntl

        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            path = self.folder / LEASE_FILE
            self._lock_file = open(path, "a+")
        except OSError as err:
            raise ConfigError(f"cannot make or write the results folder {self.folder} ({err.strerror or err}); "
                              "give a folder you can write in (--storage)") from None
        try:
            fcntl.flock(self._lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._lock_file.seek(0)
            held = _record(self._lock_file.read())
            self._lock_file.close()
            self._lock_file = None
            raise self._refusal(held, str(self.folder)) from None
        self._lock_file.seek(0)
        self._lock_file.truncate()
        self._lock_file.write(json.dumps(self.record))
        self._lock_file.flush()
        if self.uri:
            self._acquire_remote()
        self._thread = threading.Thread(target=self._renew, daemon=True, name="memstudy-lease")
        self._thread.start()
        return self

    def _remote_path(self):
        fs, root = open_uri(self.uri)
        return fs, f"{root}/{LEASE_FILE}"

    def _read_remote(self) -> dict | None:
        fs, path = self._remote_path()
        try:
            with fs.open_input_stream(path) as f:
                return _record(f.read())
        except FileNotFoundError:
            return None

    def _write_remote(self):
        fs, path = self._remote_path()
        with fs.open_output_stream(path) as out:
            out.write(json.dumps({**self.record, "renewed": time.time()}).encode())

    def _held_by_other(self, held: dict | None) -> bool:
        if not held or held.get("token") == self.token:
            return False
        try:
            renewed = float(held.get("renewed", 0))
        except (TypeError, ValueError):
            return False  # not a lease memstudy wrote: nothing holds the study
        if time.time() - renewed > self.ttl_s:
            return False  # its driver stopped renewing it
        if held.get("host") == platform.node():
            try:
                os.kill(int(held.get("pid", -1)), 0)
            except ProcessLookupError:
                return False  # a driver of this host that is gone
            except (PermissionError, ValueError, OSError):
                pass
        return True

    def _acquire_remote(self):
        held = retrying(self._read_remote, self.uri, self.wait_s)
        if self._held_by_other(held):
            raise self._refusal(held, redact(self.uri))
        retrying(self._write_remote, self.uri, self.wait_s)
        # Two drivers that start together both find no lease: the later write wins, the other leaves.
        time.sleep(1.0)
        held = retrying(self._read_remote, self.uri, self.wait_s)
        if held and held.get("token") != self.token:
            raise self._refusal(held, redact(self.uri))

    def _renew(self):
        while not self._stop.wait(self.renew_s):
            if self.uri:
                try:
                    self._write_remote()
                except OSError:
                    pass  # the store is down: the progress line says so; the next renewal tries again

    def release(self):
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self.uri:
            try:
                held = self._read_remote()
                if held and held.get("token") == self.token:
                    fs, path = self._remote_path()
                    fs.delete_file(path)
            except OSError:
                pass  # it expires by itself
        if self._lock_file is not None:
            self._lock_file.close()  # the flock goes with it; the file stays, naming the last driver
            self._lock_file = None

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()
        return False
