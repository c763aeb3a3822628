"""Read-only ad-hoc SQL for analysts (CLI ``sql`` and the SQL explorer page).

Queries never touch the store's connection, and never run in the calling process:

- **Explorer database file.** Once per data version, the documented relations
  (EXPLORER_RELATIONS) are written as tables to a separate DuckDB file, named by a fingerprint
  of their content, built under a temporary name, fsynced and renamed into place (concurrent
  builders of the same content are harmless). ``build_explorer_database`` is a plain function
  of a cursor (read-only stores included) and a target path.
- **One worker process per query** (``analytics.explorer.worker``), forked from a forkserver that has
  DuckDB and pyarrow preloaded. The worker sets an address-space ceiling (WORKER_ADDRESS_SPACE,
  enforced by the kernel on every allocation: DuckDB's ``memory_limit`` does not bound list and
  string functions) and a CPU ceiling, opens the explorer file READ-ONLY with external access,
  extension autoloading and the temporary directory off, one thread, configuration locked;
  checks the statement against DuckDB's parse tree; runs it; sends back a capped result as
  Arrow IPC. Nothing a query does outlives its process.
- The caller waits with a wall-clock limit and SIGKILLs the worker at the limit; a query slot
  (MAX_CONCURRENT per process) is freed only once the worker is reaped, so it counts every
  live worker. A worker stopped by the memory ceiling gives a clear reason.
- Server paths are kept out of what a query can see or is told (neutral DuckDB folders, a
  neutral explorer folder, "/" as working directory, known paths scrubbed from messages).
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import secrets
import signal
import stat
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.ipc

from analytics import config
from analytics.explorer import worker as sql_worker
from analytics.i18n import t
from analytics.i18n.strings_explorer import STRINGS

# Relations analysts may query, in the order the schema is shown. Areas that add a documented
# view append it here.
EXPLORER_RELATIONS: list[str] = [
    "region", "coverage", "regulation", "budget", "employment", "ucj", "import_batch",
    "contribution_rate", "ucj_target", "ucj_target_used", "regulation_snapshot", "reported_figure",
    "paritrana_award",
]

DEFAULT_MAX_ROWS = 10_000
DEFAULT_TIMEOUT_S = 5.0
MAX_QUERY_CHARS = 20_000
# What a result may hold: its Arrow size (20 MB of text, say) and its cells (rows x columns). A
# result is held as Arrow, then as a DataFrame and serialised again for the browser, per
# session: four sessions with 64 MB results took a server to 1.7 GB (issue 22).
MAX_RESULT_BYTES = 20 * 1024 * 1024
MAX_RESULT_CELLS = 500_000
MAX_CONCURRENT = 2  # live worker processes at once per server (or CLI) process
# The worker's address-space ceiling (RLIMIT_AS). A worker's virtual size before it runs the
# query is ~400 MB (Python, DuckDB, pyarrow, DuckDB's threads' stacks; measured, see
# benchmarks/bench_explorer.py), so ~600 MB are left for the query and its result.
WORKER_ADDRESS_SPACE = 1024 * 1024 * 1024
WORKER_MEMORY_MB = WORKER_ADDRESS_SPACE // 2**20
# DuckDB's own buffer limit, inside the ceiling: what it manages fails with its own error first.
MEMORY_LIMIT = "384MB"
REAP_WAIT_S = 1.0  # after SIGKILL, how often to check the worker has been reaped
_FORMAT = "explorer-1"  # part of every file's fingerprint: bump when the builder changes


class QueryRefused(ValueError):
    """The query was not run (or was stopped).

    ``str(error)`` is the English reason (CLI); ``key``/``params`` give it in the UI language
    through :meth:`localized`."""

    def __init__(self, key: str, **params: Any):
        self.key = key
        self.params = params
        super().__init__(_render(key, params, english=True))

    def localized(self, escape: Callable[[Any], str] | None = None) -> str:
        """The reason in the UI language; ``escape`` applied to each parameter (a DuckDB message
        quotes the query: markdown shows it as text)."""
        params = {k: escape(v) for k, v in self.params.items()} if escape else self.params
        return _render(self.key, params, english=False)


def _render(key: str, params: dict[str, Any], english: bool) -> str:
    if english:
        template = STRINGS[key][1]
        return template.format(**params) if params else template
    return t(key, **params)


@dataclass
class QueryResult:
    frame: pd.DataFrame
    truncated: bool  # more rows existed than max_rows (or than the byte or cell cap allowed)
    elapsed_s: float
    cut: str | None = None  # what cut it: "rows", "cells" or "bytes"


# --- the explorer database file -----------------------------------------------------------------
def explorer_dir() -> Path:
    """Where explorer files live: $JAMSOSTEK_EXPLORER_DIR, else ``<tmp>/jamsostek-explorer``.

    Not under the cache directory: DuckDB resolves a database's real path (through symlinks
    and /proc/self/fd alike) and shows it to any query (``duckdb_databases()``, the
    ``allowed_paths`` setting), so the file must sit where its path tells nothing about the
    server (home, project, cache folders)."""
    configured = config.explorer_dir_setting()
    if configured:
        path = configured
        path.mkdir(parents=True, exist_ok=True)
        return path
    path = Path(tempfile.gettempdir()) / "jamsostek-explorer"
    try:
        path.mkdir(mode=0o700, exist_ok=True)
        info = os.lstat(path)
        # a shared temp folder: only a folder of our own that nobody else can write to
        if stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o022:
            return path
    except OSError:
        pass
    return _private_dir()


_private: list[Path] = []


def _private_dir() -> Path:
    with _lock:
        if not _private:
            _private.append(Path(tempfile.mkdtemp(prefix="jamsostek-explorer-")))
        return _private[0]


def _cursor_of(source) -> tuple[duckdb.DuckDBPyConnection, bool]:
    """A cursor on ``source`` (a Store or a DuckDB connection) and whether to close it."""
    if isinstance(source, duckdb.DuckDBPyConnection):
        return source.cursor(), True
    return source.cursor(), False  # a Store's per-thread cursor: not ours to close


def _present(cur: duckdb.DuckDBPyConnection, relations: list[str]) -> list[str]:
    found = {row[0] for row in cur.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_name IN (SELECT unnest(?))",
        [relations]).fetchall()}
    return [name for name in relations if name in found]


def explorer_fingerprint(source, relations: list[str] | None = None) -> str:
    """A digest of the relations' names, columns, row counts and row hashes: the same content
    gives the same file, whichever database copy or path it came from."""
    cur, close = _cursor_of(source)
    try:
        digest = hashlib.sha256(_FORMAT.encode())
        for name in _present(cur, relations or EXPLORER_RELATIONS):
            columns = cur.execute(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
                "ORDER BY ordinal_position", [name]).fetchall()
            count, total = cur.execute(f'SELECT count(*), sum(hash(x)) FROM "{name}" x').fetchall()[0]  # name from our list
            digest.update(f"{name}|{columns}|{count}|{total}\n".encode())
        return digest.hexdigest()[:32]
    finally:
        if close:
            cur.close()


def build_explorer_database(source, target: Path, relations: list[str] | None = None) -> Path:
    """Write the relations of ``source`` (a Store or a DuckDB connection, read-only ones
    included) as tables to a new DuckDB file at ``target``: built under a temporary name in
    the same folder, fsynced, then renamed into place, so a reader sees the whole file or none."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    cur, close = _cursor_of(source)
    try:
        out = duckdb.connect(str(tmp))
        try:
            for name in _present(cur, relations or EXPLORER_RELATIONS):
                reader = cur.sql(f'SELECT * FROM "{name}"').to_arrow_reader(65_536)  # name from our list
                out.register("_incoming", reader)
                out.execute(f'CREATE TABLE "{name}" AS SELECT * FROM _incoming')
                out.unregister("_incoming")
            out.execute("CHECKPOINT")
        finally:
            out.close()
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except BaseException:
        for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
            leftover.unlink(missing_ok=True)
        raise
    finally:
        if close:
            cur.close()
    return target


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


_lock = threading.Lock()
_build_locks: dict[str, threading.Lock] = {}
_files: dict[tuple[str, int], Path] = {}  # (database path, data version) -> explorer file
STALE_AFTER_S = 7 * 24 * 3600  # explorer files unused this long are removed on the next build


def explorer_database(store) -> Path:
    """The explorer file for the store's current data version: reused when one with the same
    content exists, built otherwise (once per process and version; other processes may build
    the same file at the same time, harmlessly)."""
    key = (str(Path(store.path).resolve()), store.data_version())
    with _lock:
        path = _files.get(key)
    if path is not None and path.is_file():
        return path
    path = explorer_dir() / f"{explorer_fingerprint(store)}.duckdb"
    with _lock:
        build_lock = _build_locks.setdefault(str(path), threading.Lock())
    with build_lock:
        if path.is_file():
            os.utime(path)  # in use: not stale
        else:
            build_explorer_database(store, path)
            _remove_stale(path.parent, keep=path)
    with _lock:
        _files[key] = path
    return path


def _remove_stale(folder: Path, keep: Path) -> None:
    now = time.time()
    for candidate in folder.iterdir():
        try:
            age = now - candidate.stat().st_mtime
            if candidate != keep and (
                    (candidate.suffix == ".duckdb" and age > STALE_AFTER_S)
                    or (candidate.name.endswith((".tmp", ".tmp.wal")) and age > 3600)):
                candidate.unlink()
        except OSError:
            pass


# --- worker processes ---------------------------------------------------------------------------
_context_lock = threading.Lock()
_context: list[Any] = []


def _forkserver():
    with _context_lock:
        if not _context:
            ctx = multiprocessing.get_context("forkserver")
            # Each worker is a fork of a process that has already imported DuckDB and pyarrow.
            # Python 3.11's forkserver ignores the parent's sys.path (it has only its working
            # directory), so the heavy modules are named too: they import from site-packages
            # wherever the server was started, and a child's own import of this project's
            # worker module is then cheap.
            ctx.set_forkserver_preload(["duckdb", "pyarrow", "pyarrow.ipc", "analytics.explorer.worker"])
            _context.append(ctx)
        return _context[0]


_running = threading.BoundedSemaphore(MAX_CONCURRENT)
# Tests only: "stubborn" makes every worker ignore signals and sleep until it is killed (the
# environment variable reaches a CLI run in a subprocess).
_TEST_HOOK: str | None = config.explorer_test_hook()
live_workers: set[int] = set()  # pids of workers not yet reaped (tests and benchmarks look)


def _hidden_paths(*extra: Path | str) -> list[str]:
    paths = [str(p) for p in extra]
    paths += [str(Path.home()), os.getcwd(), str(config.PROJECT_ROOT), str(config.cache_dir())]
    return [p for p in paths if p and p != "/"]


def run_in_worker(job: sql_worker.Job, timeout_s: float) -> tuple[dict, bytes | None, float]:
    """Run ``job`` in a new worker process; (header, payload, seconds). SIGKILLs the worker at
    ``timeout_s`` and always reaps it before returning: no worker is ever left running."""
    ctx = _forkserver()
    receiver, sender = ctx.Pipe(duplex=False)
    process = sql_worker.WorkerProcess(target=sql_worker.run, args=(job, sender), name="sql-explorer",
                                       daemon=True)
    start = time.perf_counter()
    header: dict | None = None
    payload: bytes | None = None
    timed_out = False

    def remaining() -> float:
        return max(0.0, timeout_s - (time.perf_counter() - start))

    try:
        process.start()
        live_workers.add(process.pid)
        sender.close()  # the worker's copy closing is how a dead worker shows: EOF
        # should the parent ever block inside a message, the kill ends the wait
        watchdog = threading.Timer(timeout_s + 1.0, _kill, (process,))
        watchdog.daemon = True
        watchdog.start()
        try:
            if not receiver.poll(remaining()):
                timed_out = True
            else:
                header = receiver.recv()
                if header.get("status") == "ok":
                    if receiver.poll(remaining()):
                        payload = receiver.recv_bytes()
                    else:
                        timed_out = True
        except (EOFError, OSError):
            pass  # the worker died mid-way: its exit code says why
        finally:
            watchdog.cancel()
    finally:
        if process.pid is not None:
            # until the forkserver has reaped it and reported its exit code: only then is the
            # query's slot free (SIGKILL cannot be ignored; it is sent again while waiting)
            if header is not None and not timed_out:
                process.join(REAP_WAIT_S)  # it has answered and is ending by itself
            while process.exitcode is None:
                _kill(process)
                process.join(REAP_WAIT_S)
            live_workers.discard(process.pid)
        receiver.close()
        sender.close()
    elapsed = time.perf_counter() - start
    if header is None or (header.get("status") == "ok" and payload is None):
        header = {"status": "timeout"} if timed_out else _death(process.exitcode)
    return header, payload, elapsed


def _kill(process) -> None:
    try:
        process.kill()
    except (OSError, ValueError, AttributeError):
        pass


def _death(exitcode: int | None) -> dict:
    """Why a worker ended without a result before its time was up."""
    if exitcode == -signal.SIGXCPU:
        return {"status": "timeout"}
    if exitcode in (-signal.SIGKILL, -signal.SIGABRT, -signal.SIGSEGV, -signal.SIGBUS):
        # killed by the kernel's OOM killer, or an allocation failure DuckDB did not catch
        return {"status": "memory"}
    return {"status": "crashed", "code": exitcode}


class ReadOnlyExplorer:
    """The explorer file of one data version, and queries run on it in worker processes."""

    def __init__(self, store):
        self.data_version = store.data_version()
        self._store = store
        self.path = explorer_database(store)
        self._hide = _hidden_paths(self.path.parent, Path(store.path).resolve().parent)
        self._schema: pd.DataFrame | None = None

    def _current_file(self) -> Path:
        try:
            if time.time() - self.path.stat().st_mtime > 24 * 3600:
                os.utime(self.path)  # still in use: not stale for other processes' clean-up
        except FileNotFoundError:  # removed as stale after all: build it again
            self.path = explorer_database(self._store)
        return self.path

    def schema(self) -> pd.DataFrame:
        """table_name, column_name, data_type of every relation, in EXPLORER_RELATIONS order."""
        if self._schema is None:
            # our own file, no user input: read in this process, once
            conn = duckdb.connect(str(self.path), read_only=True)
            try:
                frame = conn.execute(
                    "SELECT table_name, column_name, data_type FROM information_schema.columns "
                    "ORDER BY table_name, ordinal_position"
                ).df()
            finally:
                conn.close()
            order = {name: i for i, name in enumerate(EXPLORER_RELATIONS)}
            rank = frame["table_name"].map(lambda n: order.get(n, len(order)))
            self._schema = frame.assign(_rank=rank).sort_values(["_rank"], kind="stable") \
                .drop(columns="_rank").reset_index(drop=True)
        return self._schema.copy()

    def run(self, query: str, max_rows: int = DEFAULT_MAX_ROWS, timeout_s: float | None = None) -> QueryResult:
        """Run one query in a worker process; QueryRefused says why when there is no result."""
        timeout_s = DEFAULT_TIMEOUT_S if timeout_s is None else timeout_s
        if max_rows < 1:
            raise QueryRefused("explorer.refused.bad_limit")
        if not timeout_s > 0:
            raise QueryRefused("explorer.refused.bad_timeout")
        if query is None or not query.strip():
            raise QueryRefused("explorer.refused.empty")
        if len(query) > MAX_QUERY_CHARS:
            raise QueryRefused("explorer.refused.too_long", limit=MAX_QUERY_CHARS)
        # Refused here already, by the same parse-tree check the worker makes again: a refusal
        # never waits for a worker (nor, on a busy machine, for its time limit to run out).
        try:
            sql_worker.check_statement(_parser(), query)
        except sql_worker.Refusal as refusal:
            raise QueryRefused(refusal.key, **refusal.params) from None
        except duckdb.Error as exc:  # the parser's own failure: its message, never a traceback
            raise QueryRefused("explorer.refused.duckdb", message=sql_worker.scrub(str(exc), self._hide)) from None
        job = sql_worker.Job(
            db_file=str(self._current_file()), query=query, max_rows=max_rows, max_bytes=MAX_RESULT_BYTES,
            max_cells=MAX_RESULT_CELLS,
            memory_limit=MEMORY_LIMIT, address_space=WORKER_ADDRESS_SPACE,
            cpu_seconds=sql_worker.cpu_limit(timeout_s), hide=self._hide, test_hook=_TEST_HOOK,
        )
        if not _running.acquire(timeout=min(timeout_s, 5.0)):
            raise QueryRefused("explorer.refused.busy")
        try:
            header, payload, elapsed = run_in_worker(job, timeout_s)
        finally:
            _running.release()  # only now: the worker has been reaped
        return _result(header, payload, elapsed, timeout_s)


_parsers = threading.local()


def _parser() -> duckdb.DuckDBPyConnection:
    """This thread's in-memory DuckDB for parsing only: no data, no files, configuration locked."""
    conn = getattr(_parsers, "conn", None)
    if conn is None:
        conn = duckdb.connect(":memory:", config={
            "enable_external_access": False, "autoload_known_extensions": False,
            "autoinstall_known_extensions": False, "threads": 1, "memory_limit": "64MB",
        })
        conn.execute("SET lock_configuration = true")
        _parsers.conn = conn
    return conn


def _result(header: dict, payload: bytes | None, elapsed: float, timeout_s: float) -> QueryResult:
    status = header.get("status")
    if status == "ok":
        table = pa.ipc.open_stream(payload).read_all()
        del payload
        return QueryResult(_to_pandas(table), bool(header["truncated"]), elapsed, header.get("cut"))
    if status == "refused":
        raise QueryRefused(header["key"], **header.get("params", {}))
    if status == "timeout":
        raise QueryRefused("explorer.refused.timeout", seconds=f"{timeout_s:g}")
    if status == "memory":
        raise QueryRefused("explorer.refused.memory", limit=WORKER_MEMORY_MB)
    if status == "error":
        raise QueryRefused("explorer.refused.duckdb", message=header.get("message", ""))
    raise QueryRefused("explorer.refused.crashed", code=header.get("code"))


def _to_pandas(table: pa.Table) -> pd.DataFrame:
    """Like DuckDB's own ``.df()``: decimals (sums of integers) as floats, dates as datetime64,
    so the chart builder and formatting treat the result like every other query's."""
    for i, field in enumerate(table.schema):
        if _is_binary(field.type):  # a BLOB (maybe not UTF-8): shown as DuckDB writes it, \xFF
            table = table.set_column(i, field.name, pa.array(
                [None if v is None else blob_text(v) for v in table.column(i).to_pylist()], pa.string()))
    fields = []
    for field in table.schema:
        if pa.types.is_decimal(field.type):
            field = field.with_type(pa.float64())
        elif pa.types.is_date(field.type):
            field = field.with_type(pa.timestamp("ms"))
        fields.append(field)
    schema = pa.schema(fields)
    if schema != table.schema:
        table = table.cast(schema)
    frame = table.to_pandas()
    frame.columns = _unique_names([str(c) for c in frame.columns])
    return frame


def _is_binary(kind: pa.DataType) -> bool:
    return pa.types.is_binary(kind) or pa.types.is_large_binary(kind) or pa.types.is_fixed_size_binary(kind)


def blob_text(value: bytes) -> str:
    """A BLOB as DuckDB prints it: printable ASCII as itself, every other byte as ``\\xHH``."""
    return "".join(chr(b) if 32 <= b < 127 and b != 92 else f"\\x{b:02X}" for b in value)


def _unique_names(names: list[str]) -> list[str]:
    """``a, a`` -> ``a, a_1``: duplicate column names break tables, charts and downloads."""
    seen: set[str] = set()
    out = []
    for name in names:
        candidate, n = name, 0
        while candidate in seen:
            n += 1
            candidate = f"{name}_{n}"
        seen.add(candidate)
        out.append(candidate)
    return out


_explorers: dict[str, ReadOnlyExplorer] = {}
_explorers_lock = threading.Lock()


def explorer_for(store) -> ReadOnlyExplorer:
    """The explorer for the store's current data version (a new one after any import)."""
    key = str(store.path)
    with _explorers_lock:
        explorer = _explorers.get(key)
        if explorer is None or explorer.data_version != store.data_version() or not explorer.path.is_file():
            explorer = ReadOnlyExplorer(store)
            _explorers[key] = explorer
        return explorer
