"""Published snapshots: one writer at a time, any number of readers, across processes.

DuckDB lets one process write a database file or many processes read it, never both. So a
dataset (the path ``--db`` / ``JAMSOSTEK_DB`` names, e.g. ``data/jamsostek.duckdb``) is a series
of immutable snapshots:

- ``X.duckdb`` is the published snapshot. Nothing writes into it: a writer copies it to a
  temporary file beside it, changes the copy in transactions, checkpoints and closes it,
  fsyncs it and renames it over ``X.duckdb`` (an atomic replace). Readers (each server
  process, the CLI's reads, the explorer's copy) open ``X.duckdb`` read-only and notice a new
  one by its file identity, without a restart. A ``kill -9`` at any moment leaves the last
  published file as it was: an unfinished copy is only ever a temporary file.
- ``X.duckdb.snapshots/NNNNNN.duckdb`` keeps a copy of each of the last ``keep`` published
  snapshots, with ``NNNNNN.json`` (size, BLAKE2b digest, who, when, what). A copy, not a hard
  link: a file damaged in place (truncated, overwritten) must not damage its history. The
  digest tells a damaged ``X.duckdb`` from an intact one even where DuckDB would still open
  it (a truncated file opens and fails later, on the first query that reaches a lost block).
- ``X.duckdb.lock``: writers queue on an exclusive ``flock`` (released by the kernel if the
  holder dies, so no lock is ever stale); the holder writes who it is, so a waiting writer
  can say whom it waits for.

A damaged or foreign ``X.duckdb`` is reported with its name, and readers fall back to the
newest intact snapshot of the history and say so; the next writer starts from that one and
so repairs ``X.duckdb``. ``restore`` republishes an older snapshot as a new one (a whole-dataset
undo that can itself be undone); ``backup`` copies the published one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import fcntl
import json
import os
import re
import secrets
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from analytics import config
from analytics.snapshot_files import (  # noqa: F401 (the files' names stay importable from here)
    Snapshot, _fsync_dir, _fsync_file, _identity, _open_checked, _write_json_atomic, file_digest, history,
    history_dir, lock_path,
)
from analytics.store import SCHEMA_FINGERPRINT, Store, StoreError

_RETIRE_AFTER_S = 120.0  # an old reader's connection closes this long after a newer one opened


class DatasetError(RuntimeError):
    """The dataset cannot be read or written; the message names the file and what to do."""


class WriterBusy(DatasetError):
    """Another writer held the lock for longer than this writer would wait."""


class DiskFull(DatasetError):
    """The disk holding the dataset filled up while a change was written; nothing was published."""

    def __init__(self, path: Path, detail: str):
        folder = path.parent.resolve()
        try:
            free = f"{shutil.disk_usage(folder).free / 2**20:.1f} MB free"
        except OSError:
            free = "free space unknown"
        super().__init__(f"{path}: the disk holding the dataset ({folder}) is full ({free}; {detail}). Nothing "
                         "was saved and the dataset is as it was: free some space, then make the change again")


class SnapshotGone(DatasetError):
    """The snapshot a writer was to start from was removed before the writer got the lock."""


def _disk_full(exc: BaseException) -> str | None:
    """What says the disk is full in ``exc`` (the OS's ENOSPC or DuckDB's I/O error), else None."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return os.strerror(exc.errno).lower()
    if isinstance(exc, duckdb.Error) and ("No space left on device" in str(exc) or "Disk quota" in str(exc)):
        return "no space left on device"
    return None


# --- reading ----------------------------------------------------------------------------------------
@dataclass
class ReadState:
    """What a reader serves: the store, its snapshot id, and a problem to tell users (the
    dataset file was damaged and an older snapshot is shown), if any."""

    store: Store
    snapshot_id: int | None
    source: Path
    problem: str | None = None  # English, for the CLI and logs
    damage: str | None = None  # what was wrong with the dataset file (a _Checked kind)
    published_at: str | None = None  # of the snapshot served instead


class Reader:
    """The published snapshot of one dataset for this process, reopened when a newer one is
    published. Thread-safe; every caller gets a whole snapshot (a store, never a mix)."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self._lock = threading.Lock()
        self._state: ReadState | None = None
        self._identity: tuple[int, int, int] | None = None
        self._retired: list[tuple[float, Store]] = []

    def state(self) -> ReadState:
        identity = _identity(self.path)
        state = self._state
        if state is not None and identity == self._identity and identity is not None:
            return state
        with self._lock:
            identity = _identity(self.path)
            if self._state is not None and identity == self._identity and identity is not None:
                return self._state
            fresh = self._open()
            if self._state is not None:
                self._retired.append((time.monotonic(), self._state.store))
            # the identity seen before opening: a file replaced meanwhile differs, so the
            # next call opens it
            self._state, self._identity = fresh, identity
            self._close_retired()
            return fresh

    def store(self) -> Store:
        return self.state().store

    def _open(self) -> ReadState:
        manifests = history_dir(self.path)
        checked = _open_checked(self.path, manifests)
        if checked.store is not None:
            return ReadState(checked.store, checked.snapshot_id, self.path)
        if checked.problem == "missing" and not manifests.is_dir():
            raise DatasetError(f"{self.path}: no such database (create it with: python -m analytics init --db {self.path})")
        problem = f"{self.path}: {checked.problem}"
        for snap in history(self.path):
            if not snap.intact:
                continue
            older = _open_checked(snap.path, manifests)
            if older.store is not None:
                return ReadState(older.store, older.snapshot_id, snap.path,
                                 f"{problem}; showing the newest intact snapshot, {snap.id} "
                                 f"of {snap.published_at or '?'} ({snap.path.name})",
                                 checked.kind, snap.published_at)
        raise DatasetError(f"{problem}, and no intact snapshot is left in {manifests}; "
                           "restore a backup file to that path, or create the dataset anew with "
                           f"python -m analytics init --db {self.path}")

    def _close_retired(self) -> None:
        now = time.monotonic()
        keep = []
        for since, store in self._retired:
            if now - since > _RETIRE_AFTER_S:
                with contextlib.suppress(Exception):
                    store.close()
            else:
                keep.append((since, store))
        self._retired = keep

    def close(self) -> None:
        with self._lock:
            for _, store in self._retired:
                with contextlib.suppress(Exception):
                    store.close()
            self._retired = []
            if self._state is not None:
                with contextlib.suppress(Exception):
                    self._state.store.close()
            self._state = None
            self._identity = None


_readers: dict[Path, Reader] = {}
_readers_lock = threading.Lock()


def reader(path: Path | str) -> Reader:
    """This process's reader of the dataset at ``path``."""
    key = Path(path).resolve()
    with _readers_lock:
        found = _readers.get(key)
        if found is None:
            found = _readers[key] = Reader(path)
        return found


def close_readers() -> None:
    with _readers_lock:
        for r in _readers.values():
            r.close()
        _readers.clear()


# --- writing ----------------------------------------------------------------------------------------
@dataclass
class Holder:
    pid: int
    who: str
    what: str
    since: str

    def describe(self) -> str:
        return f"{self.who} ({self.what}, process {self.pid}, since {self.since})"


def _read_holder(lock_file) -> Holder | None:
    try:
        lock_file.seek(0)
        data = json.loads(lock_file.read() or "null")
        return Holder(**data) if isinstance(data, dict) else None
    except (ValueError, TypeError, OSError):
        return None


@contextlib.contextmanager
def _writer_lock(path: Path, who: str, what: str, on_wait: Callable[[Holder | None], None] | None,
                 timeout_s: float | None) -> Iterator[None]:
    lock = lock_path(path)
    lock.parent.mkdir(parents=True, exist_ok=True)
    with open(lock, "a+", encoding="utf-8") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EACCES):
                raise
            holder = _read_holder(f)
            if on_wait:
                on_wait(holder)
            deadline = None if timeout_s is None else time.monotonic() + timeout_s
            while True:
                try:
                    fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except OSError:
                    if deadline is not None and time.monotonic() > deadline:
                        who_holds = holder.describe() if holder else "another writer"
                        raise WriterBusy(f"{path}: {who_holds} is still changing the dataset after "
                                         f"{timeout_s:g} s; try again when it has finished") from None
                    time.sleep(0.1)
        try:
            f.seek(0)
            f.truncate()
            f.write(json.dumps({"pid": os.getpid(), "who": who, "what": what,
                                "since": dt.datetime.now().isoformat(timespec="seconds")}))
            f.flush()
            yield
        finally:
            with contextlib.suppress(OSError):
                f.seek(0)
                f.truncate()
                f.flush()
            fcntl.flock(f, fcntl.LOCK_UN)


def _base(path: Path) -> tuple[Path | None, int | None]:
    """The snapshot a writer starts from: the published file when intact, else the newest
    intact one in the history; with its snapshot id."""
    checked = _open_checked(path, history_dir(path))
    if checked.store is not None:
        checked.store.close()
        return path, checked.snapshot_id
    for snap in history(path):
        if snap.intact:
            return snap.path, snap.id
    return None, None


def _clean_leftovers(path: Path, published_id: int | None) -> None:
    """Under the writer lock: temporary files of writers that died, and history entries newer
    than the published snapshot (a writer killed between writing the history copy and the
    rename that publishes it)."""
    folder = history_dir(path)
    if not folder.is_dir():
        return
    for entry in folder.iterdir():
        if entry.name.startswith(".tmp-"):
            entry.unlink(missing_ok=True)
        elif published_id is not None:
            m = re.match(r"^(\d{6,})\.(duckdb|json)$", entry.name)
            if m and int(m.group(1)) > published_id:
                entry.unlink(missing_ok=True)
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        stale.unlink(missing_ok=True)


@dataclass
class Published:
    snapshot_id: int | None  # None: nothing changed, nothing published
    path: Path
    notes: list[str] = field(default_factory=list)


class _Writing:
    """What ``writing`` yields: the writable store and, after the block, what was published."""

    def __init__(self, store: Store):
        self.store = store
        self.published: Published | None = None
        self.force = False  # publish even when the block changed nothing (restore, migration)
        self.started_version = 0


@contextlib.contextmanager
def writing(path: Path | str, *, who: str, what: str, on_wait: Callable[[Holder | None], None] | None = None,
            timeout_s: float | None = None, start_from: Path | None = None) -> Iterator[_Writing]:
    """Change the dataset: yields a writable copy of the published snapshot; when the block
    ends without an error and changed something, the copy is published atomically. An error
    leaves the published snapshot as it was. Writers queue on the lock (``on_wait`` is told
    whom this one waits for; ``timeout_s`` None waits as long as it takes)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with _writer_lock(path, who, what, on_wait, timeout_s):
        base, base_id = (start_from, None) if start_from is not None else _base(path)
        if start_from is None:
            _clean_leftovers(path, base_id if base == path else None)
        folder = history_dir(path)
        folder.mkdir(exist_ok=True)
        tmp = folder / f".tmp-{os.getpid()}-{secrets.token_hex(4)}.duckdb"
        store = None
        try:
            if base is not None:
                try:
                    shutil.copyfile(base, tmp)
                except FileNotFoundError:
                    if start_from is None:
                        raise
                    raise SnapshotGone(f"{base}: no longer there (removed by another writer)") from None
            try:
                store = Store(tmp)  # opening migrates (and rebuilds views) when the code is newer
            except StoreError as exc:  # e.g. a dataset made by a newer version of the dashboard
                raise DatasetError(str(exc).replace(str(tmp), str(path))) from None
            session = _Writing(store)
            before = _version_marks(store)
            session.started_version = before[0]
            yield session
            if not (session.force or base is None or _version_marks(store) != before
                    or _meta(store, "schema_fingerprint") != SCHEMA_FINGERPRINT):
                session.published = Published(None, path)  # nothing changed: nothing to publish
                return
            session.published = Published(_publish(path, tmp, store, who, what, session.started_version), path)
        except (OSError, duckdb.Error) as exc:  # the caller's change or the publishing
            detail = _disk_full(exc)
            if detail is None:
                raise
            raise DiskFull(path, detail) from None
        finally:
            if store is not None:
                with contextlib.suppress(Exception):
                    store.close()
            tmp.unlink(missing_ok=True)
            Path(f"{tmp}.wal").unlink(missing_ok=True)


def _meta(store: Store, key: str) -> str | None:
    return store.query_value("SELECT value FROM app_meta WHERE key = ?", [key])


def _publish(path: Path, tmp: Path, store: Store, who: str, what: str, started_version: int) -> int:
    """Stamp the copy, close it, keep a history copy, then replace the published file."""
    folder = history_dir(path)
    snapshot_id = _next_id(path, store, started_version)
    stamp = dt.datetime.now().isoformat(timespec="seconds")
    store.materialise()  # what every reader needs, computed once here rather than per query
    with store.write() as cur:
        for key, value in (("snapshot_id", snapshot_id), ("published_at", stamp), ("published_by", who),
                           ("published_note", what), ("schema_fingerprint", SCHEMA_FINGERPRINT)):
            cur.execute("INSERT OR REPLACE INTO app_meta VALUES (?, ?)", [key, str(value)])
    # the version caches key on is the snapshot id: exactly one step per publish
    store.cursor().execute("INSERT OR REPLACE INTO app_meta VALUES ('data_version', ?)", [str(snapshot_id)])
    store.cursor().execute("CHECKPOINT")
    store.close()
    wal = Path(f"{tmp}.wal")
    if wal.exists() and wal.stat().st_size:
        raise DatasetError(f"{tmp}: DuckDB left a write-ahead log after closing; nothing was published")
    _fsync_file(tmp)
    size, digest = tmp.stat().st_size, file_digest(tmp)
    # the history copy is complete before anything is published; then the atomic replace
    part = folder / f".tmp-{os.getpid()}-{secrets.token_hex(4)}.hist"
    try:
        shutil.copyfile(tmp, part)
        _fsync_file(part)
        os.replace(part, folder / f"{snapshot_id:06d}.duckdb")
    finally:  # a copy cut short (a full disk) gives its space back at once
        part.unlink(missing_ok=True)
    _write_json_atomic(folder / f"{snapshot_id:06d}.json", {
        "id": snapshot_id, "size": size, "digest": digest, "published_at": stamp,
        "published_by": who, "note": what, "schema": SCHEMA_FINGERPRINT})
    _fsync_dir(folder)
    os.replace(tmp, path)
    _fsync_dir(path.parent)
    _prune(path, snapshot_id)
    return snapshot_id


def _version_marks(store: Store) -> tuple:
    return (store.data_version(), store.schema_version())


def _next_id(path: Path, store: Store, started_version: int) -> int:
    ids = [s.id for s in history(path)] if history_dir(path).is_dir() else []
    current = _meta(store, "snapshot_id")
    # a database from before snapshots counted its writes in data_version: stay above it, so
    # caches keyed on the version never see an old number again
    return max([0, *ids, int(current or 0), started_version]) + 1


def _prune(path: Path, current_id: int) -> None:
    keep = config.snapshots_keep()
    for snap in history(path)[keep:]:
        if snap.id == current_id:
            continue
        snap.path.unlink(missing_ok=True)
        (snap.path.parent / f"{snap.id:06d}.json").unlink(missing_ok=True)


# --- whole-dataset operations -------------------------------------------------------------------------
def restore(path: Path | str, snapshot_id: int, *, who: str, on_wait=None) -> int:
    """Republish snapshot ``snapshot_id`` of the history as a new snapshot; returns its id."""
    path = Path(path)
    found = next((s for s in history(path) if s.id == snapshot_id), None)
    if found is None:
        kept = ", ".join(str(s.id) for s in history(path)) or "none"
        raise DatasetError(f"{path}: no snapshot {snapshot_id} is kept (kept: {kept})")
    if not found.intact:
        raise DatasetError(f"{found.path}: snapshot {snapshot_id} is damaged ({found.problem}); pick another")
    try:
        with writing(path, who=who, what=f"restore of snapshot {snapshot_id}", on_wait=on_wait,
                     start_from=found.path) as session:
            session.force = True
    except SnapshotGone:  # pruned by a writer that published while this one waited for the lock
        kept = ", ".join(str(s.id) for s in history(path)) or "none"
        raise SnapshotGone(
            f"{path}: snapshot {snapshot_id} is no longer kept: another writer published just before this "
            f"restore and removed it from the history (the last {config.snapshots_keep()} are kept). Nothing "
            f"was changed; kept now: {kept}") from None
    return session.published.snapshot_id


def backup(path: Path | str, target: Path | str) -> Path:
    """Copy the published snapshot (or, when it is damaged, the newest intact one) to
    ``target`` through a temporary file, so a half-written backup never has the target's name."""
    state = Reader(path)
    try:
        source = state.state().source
    finally:
        state.close()
    target = Path(target)
    if target.is_dir():
        target = target / Path(path).name
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    shutil.copyfile(source, tmp)
    _fsync_file(tmp)
    os.replace(tmp, target)
    return target


def describe_wait(holder: Holder | None) -> str:
    return f"waiting for {holder.describe() if holder else 'another writer'} to finish…"


def published(path: Path | str) -> bool:
    return Path(path).exists() or any(True for _ in history(path))


__all__ = [
    "DatasetError", "WriterBusy", "DiskFull", "SnapshotGone", "Snapshot", "Reader", "ReadState", "reader", "close_readers", "writing",
    "restore", "backup", "history", "history_dir", "lock_path", "describe_wait", "published", "StoreError",
]
