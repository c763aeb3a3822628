"""A dataset's snapshot files (analytics/snapshots.py tells the whole scheme): where its history
and lock live, the history's snapshots and manifests, fsynced atomic writes, and checking that a
file is this project's database and byte for byte what was published.

Split from ``analytics.snapshots`` (the readers, the writer and whole-dataset operations), which
imports these names back, so ``snapshots.history``, ``snapshots.file_digest`` and the rest still
work."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb

from analytics.store import Store

_SNAPSHOT_NAME = re.compile(r"^(\d{6,})\.duckdb$")
_HASH_CHUNK = 1 << 20


# --- files --------------------------------------------------------------------------------------
def history_dir(path: Path | str) -> Path:
    return Path(f"{path}.snapshots")


def lock_path(path: Path | str) -> Path:
    return Path(f"{path}.lock")


@dataclass(frozen=True)
class Snapshot:
    """One published snapshot in the history."""

    id: int
    path: Path
    published_at: str | None = None
    published_by: str | None = None
    note: str | None = None
    size: int | None = None
    digest: str | None = None
    intact: bool = True
    problem: str | None = None


def file_digest(path: Path) -> str:
    h = hashlib.blake2b(digest_size=32)
    with open(path, "rb") as f:
        while chunk := f.read(_HASH_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):  # some filesystems refuse fsync on a directory
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_json_atomic(target: Path, data: dict) -> None:
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
    _fsync_file(tmp)
    os.replace(tmp, target)


_SNAPSHOT_MANIFEST = re.compile(r"^(\d{6})\.json$")


def _manifest(history: Path, snapshot_id: int) -> dict | None:
    try:
        return json.loads((history / f"{snapshot_id:06d}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def history(path: Path | str) -> list[Snapshot]:
    """The kept snapshots, newest first, each checked against its manifest (size and digest)."""
    folder = history_dir(path)
    found = []
    for entry in folder.glob("*.duckdb") if folder.is_dir() else []:
        m = _SNAPSHOT_NAME.match(entry.name)
        if not m:
            continue
        snapshot_id = int(m.group(1))
        meta = _manifest(folder, snapshot_id) or {}
        problem = None
        if not meta:
            problem = "no manifest"
        elif entry.stat().st_size != meta.get("size"):
            problem = f"size {entry.stat().st_size} bytes, published {meta.get('size')}"
        elif file_digest(entry) != meta.get("digest"):
            problem = "content differs from what was published (digest)"
        found.append(Snapshot(snapshot_id, entry, meta.get("published_at"), meta.get("published_by"),
                              meta.get("note"), meta.get("size"), meta.get("digest"), problem is None, problem))
    return sorted(found, key=lambda s: s.id, reverse=True)


# --- checking a file ------------------------------------------------------------------------------
@dataclass
class _Checked:
    store: Store | None
    snapshot_id: int | None
    problem: str | None  # English, for the CLI and logs
    kind: str | None = None  # missing | unreadable | foreign | truncated | altered (for the UI's words)


def _open_checked(file: Path, manifests: Path | None) -> _Checked:
    """Open ``file`` read-only and check it is this project's database and, when a manifest
    for its snapshot id exists, that it is byte for byte what was published.

    The file is opened through a hard link of its own name, removed once open: DuckDB keeps
    one database instance per path in a process, so reopening ``X.duckdb`` after a writer
    replaced it would hand back the old instance; and the link pins the very file that was
    checked, whatever is renamed over ``X.duckdb`` meanwhile."""
    if not file.exists():
        return _Checked(None, None, "missing", "missing")
    alias = file.with_name(f".{file.name}.r-{os.getpid()}-{secrets.token_hex(4)}")
    try:
        os.link(file, alias)
    except FileNotFoundError:
        return _Checked(None, None, "missing", "missing")
    except OSError:  # a filesystem without hard links: a private copy does the same
        shutil.copyfile(file, alias)
    try:
        return _check_open(alias, file, manifests)
    finally:
        alias.unlink(missing_ok=True)


def _check_open(alias: Path, file: Path, manifests: Path | None) -> _Checked:
    try:
        store = Store(alias, read_only=True)
    except duckdb.Error as exc:
        return _Checked(None, None, _short(exc).replace(str(alias), str(file)), _unopenable_kind(alias, manifests))
    store.path = file  # what messages and cache keys name
    try:
        found = store.query_value(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'app_meta'")
        if not found:
            store.close()
            return _Checked(None, None, "a DuckDB file, but not this dashboard's database (no app_meta table)",
                            "foreign")
        raw = store.query_value("SELECT value FROM app_meta WHERE key = 'snapshot_id'")
        snapshot_id = int(raw) if raw is not None else None
    except duckdb.Error as exc:
        store.close()
        return _Checked(None, None, _short(exc).replace(str(alias), str(file)), _unopenable_kind(alias, manifests))
    meta = _manifest(manifests, snapshot_id) if snapshot_id is not None and manifests is not None else None
    if meta is None:
        # nothing to compare with (a file from before snapshots, or copied here without its
        # history): read every row once, which finds blocks a truncated file has lost
        lost = _unreadable_table(store)
        if lost:
            store.close()
            return _Checked(None, snapshot_id, f"cannot be read whole: {lost.replace(str(alias), str(file))}",
                            "unreadable")
    else:
        size = alias.stat().st_size
        if size != meta.get("size"):
            store.close()
            return _Checked(None, snapshot_id, f"{size} bytes where snapshot {snapshot_id} had {meta.get('size')} "
                                               "(truncated or overwritten)", "truncated")
        if file_digest(alias) != meta.get("digest"):
            store.close()
            return _Checked(None, snapshot_id, f"its content differs from published snapshot {snapshot_id}",
                            "altered")
    return _Checked(store, snapshot_id, None)


def _unopenable_kind(file: Path, manifests: Path | None) -> str:
    """Why a file DuckDB cannot open is damaged, as far as the history tells: shorter than the
    newest snapshot published in its place (cut off mid-copy, a full disk) is "truncated" (a file
    cut in half loses its catalogue, so it fails to open before its size can be compared);
    otherwise "unreadable"."""
    if manifests is None or not manifests.is_dir():
        return "unreadable"
    newest = max((int(m.group(1)) for m in (_SNAPSHOT_MANIFEST.match(e.name) for e in manifests.glob("*.json")) if m),
                 default=None)
    meta = _manifest(manifests, newest) if newest is not None else None
    try:
        expected = int(meta["size"]) if meta else None
    except (KeyError, TypeError, ValueError):
        expected = None
    size = file.stat().st_size
    if expected is None or size >= expected:
        return "unreadable"
    # cut short, not overwritten: what is left still begins as a DuckDB file does (its magic
    # bytes "DUCK" at offset 8), or nothing is left at all
    try:
        with file.open("rb") as fh:
            head = fh.read(12)
    except OSError:
        return "unreadable"
    return "truncated" if not head or head[8:12] == b"DUCK" else "unreadable"


def _unreadable_table(store: Store) -> str | None:
    """The first table that cannot be read to its end, with DuckDB's reason; None when all can."""
    tables = store.query_df(
        "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'")["table_name"]
    for table in tables:
        try:  # the name comes from the catalogue, quoted
            store.query_value(f'SELECT count(*) + coalesce(sum(hash(t)), 0) FROM "{table}" t')
        except duckdb.Error as exc:
            return f"table {table}: {_short(exc)}"
    return None


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:300]


def _identity(file: Path) -> tuple[int, int, int] | None:
    try:
        st = file.stat()
    except FileNotFoundError:
        return None
    return st.st_ino, st.st_mtime_ns, st.st_size
