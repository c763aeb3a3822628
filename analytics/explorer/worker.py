"""The SQL explorer's worker process: one query, one short-lived process.

``analytics.explorer.readonly`` forks a worker per query from a multiprocessing forkserver that has
this module (DuckDB and pyarrow) preloaded, so a query pays a fork, not a Python start-up. The
worker confines itself before it touches the query: an address-space ceiling
(``RLIMIT_AS``, which the kernel enforces on every allocation, DuckDB's list and string
functions included), a CPU-time ceiling and death with its parent. It opens the explorer
database file READ-ONLY (writes are impossible by construction, and nothing a query does outlives
the process), locks DuckDB's configuration, checks the statement against DuckDB's own parse
tree, runs it and sends back at most ``max_rows`` rows and ``max_bytes`` bytes as Arrow IPC.

Only the standard library, DuckDB and pyarrow are imported here: whatever this module imports
is in every worker's address space (and counts against the ceiling).
"""

from __future__ import annotations

import ctypes
import io
import json
import math
import multiprocessing.forkserver
import os
import resource
import signal
import time
from dataclasses import dataclass, field
from multiprocessing import popen_forkserver, reduction, spawn, util
from multiprocessing.context import ForkServerProcess, set_spawning_popen
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.ipc  # preloaded in the forkserver

# Query node types a read may contain (json_serialize_sql's "type" of query nodes). Anything
# else (DELETE_QUERY_NODE, UPDATE_QUERY_NODE, INSERT_QUERY_NODE, COPY_QUERY_NODE, and whatever
# a later DuckDB adds) changes data or runs a statement and is refused.
READ_NODES = {"SELECT_NODE", "SET_OPERATION_NODE", "RECURSIVE_CTE_NODE", "CTE_NODE"}
# Functions that run SQL given as text, which the parse tree shows only as a string argument.
SQL_RUNNING_FUNCTIONS = {"query", "json_execute_serialized_sql"}
# Keywords that can only belong to a statement that changes something. Used for PIVOT without
# an IN list, which DuckDB parses as a MULTI statement that json_serialize_sql cannot serialise.
WRITE_KEYWORDS = {
    "insert", "update", "delete", "copy", "merge", "create", "drop", "alter", "attach", "detach",
    "truncate", "install", "load", "export", "import", "pragma", "call", "set", "reset", "use",
    "checkpoint", "vacuum", "begin", "commit", "rollback", "abort", "grant", "revoke", "prepare",
    "execute", "deallocate",
}
# Parentheses nested deeper than this are refused before DuckDB or Python walk them: each level
# is a level of the parse tree, and walking a very deep tree (json.loads of its serialisation)
# exhausts Python's stack. Deep trees without parentheses (``1+1+…`` with 500 terms) are caught
# as they exhaust it (RecursionError), with the same message.
MAX_NESTING = 128
NEUTRAL_DIR = "/nonexistent"  # DuckDB's home/extension/secret folders: nothing to show or open


@dataclass
class Job:
    """What the parent sends: the query and every limit (all picklable)."""

    db_file: str
    query: str
    max_rows: int
    max_bytes: int
    max_cells: int  # rows x columns: a wide result is cut to fewer rows
    memory_limit: str
    address_space: int  # bytes, RLIMIT_AS
    cpu_seconds: int  # RLIMIT_CPU soft limit; the parent's wall-clock kill normally comes first
    hide: list[str] = field(default_factory=list)  # paths to scrub from any message
    test_hook: str | None = None  # tests only: "stubborn" sleeps with signals ignored


class Refusal(Exception):
    """A refusal key and its parameters (rendered in the UI language by the parent)."""

    def __init__(self, key: str, **params: Any):
        super().__init__(key)
        self.key = key
        self.params = params


def run(job: Job, conn) -> None:
    """Worker entry point (the Process target). Sends exactly one header message, and for a
    result one more message with the Arrow IPC stream, then the process ends."""
    try:
        _confine(job)
        if job.test_hook == "stubborn":
            _stubborn()
        header, payload = _execute(job)
    except Refusal as refusal:
        header, payload = {"status": "refused", "key": refusal.key, "params": refusal.params}, None
    except MemoryError:
        header, payload = {"status": "memory"}, None
    except duckdb.OutOfMemoryException:
        header, payload = {"status": "memory"}, None
    except duckdb.InterruptException:
        header, payload = {"status": "timeout"}, None
    except duckdb.Error as exc:
        text = str(exc)
        if "bad_alloc" in text or "Out of Memory" in text:
            header, payload = {"status": "memory"}, None
        else:
            header, payload = {"status": "error", "message": scrub(text, job.hide)}, None
    except BaseException as exc:  # noqa: BLE001  anything else still gets a reason, never a traceback
        header, payload = {"status": "error", "message": scrub(f"{type(exc).__name__}: {exc}", job.hide)}, None
    header.update(_memory_figures())
    try:
        conn.send(header)
        if payload is not None:
            conn.send_bytes(payload)
    except (OSError, ValueError, MemoryError):
        pass  # the parent gave up (timeout) or the result could not be sent: it reports that
    finally:
        conn.close()


def _confine(job: Job) -> None:
    try:
        libc = ctypes.CDLL("libc.so.6")
        # Die with the forkserver (which dies with the server): no orphan keeps running.
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        # glibc reserves a 64 MB malloc arena per allocating thread, and DuckDB starts several
        # threads when it opens a database: ~500 MB of the address-space ceiling spent on
        # reservations. One arena (set before DuckDB starts its threads) keeps them out.
        libc.mallopt(-8, 1)  # M_ARENA_MAX
    except (OSError, AttributeError):  # not glibc: the ceiling is then simply reached sooner
        pass
    resource.setrlimit(resource.RLIMIT_AS, (job.address_space, job.address_space))
    resource.setrlimit(resource.RLIMIT_CPU, (job.cpu_seconds, job.cpu_seconds + 1))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a killed worker leaves no core dump
    os.chdir("/")  # no working directory of the server's to resolve or show


def _stubborn() -> None:
    """A worker that will not stop by itself (tests: only SIGKILL ends it)."""
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGALRM, signal.SIGXCPU):
        signal.signal(sig, signal.SIG_IGN)
    while True:
        time.sleep(60)


def connect(db_file: str, memory_limit: str) -> duckdb.DuckDBPyConnection:
    """The explorer file, read-only, external access off, configuration locked."""
    conn = duckdb.connect(db_file, read_only=True, config={
        "enable_external_access": False,
        "autoload_known_extensions": False,
        "autoinstall_known_extensions": False,
        "allow_community_extensions": False,
        "memory_limit": memory_limit,
        "temp_directory": "",  # nothing spills to disk
        "threads": 1,
        "async_threads": 0,  # no I/O thread pool either: one thread, one malloc arena, less to start
        # DuckDB fills these from $HOME; they would show the server's home in duckdb_settings()
        "home_directory": NEUTRAL_DIR,
        "extension_directory": NEUTRAL_DIR,
        "secret_directory": NEUTRAL_DIR,
    })
    conn.execute("SET lock_configuration = true")
    _OPEN.append(conn)  # never closed: the process ends with os._exit, so no teardown to wait for
    return conn


_OPEN: list[duckdb.DuckDBPyConnection] = []


def _execute(job: Job) -> tuple[dict, bytes | None]:
    start = time.perf_counter()
    conn = connect(job.db_file, job.memory_limit)
    _note_baseline()
    check_statement(conn, job.query)
    reader = conn.sql(job.query).to_arrow_reader(256)
    # bounded in rows, in cells (a result of 800 columns is cut to fewer rows) and in bytes
    max_rows = max(1, min(job.max_rows, job.max_cells // max(1, len(reader.schema))))
    sink = pa.BufferOutputStream()
    rows = size = 0
    cut = None
    with pa.ipc.new_stream(sink, reader.schema) as writer:
        for batch in reader:
            if rows + batch.num_rows > max_rows:
                batch = batch.slice(0, max_rows - rows)
                cut = "rows" if max_rows == job.max_rows else "cells"
            if size + batch.nbytes > job.max_bytes:
                batch = _within_bytes(batch, job.max_bytes - size)
                cut = "bytes"
                if rows + batch.num_rows == 0:
                    raise Refusal("explorer.refused.too_wide", limit_mb=job.max_bytes // 2**20)
            writer.write_batch(batch)
            rows += batch.num_rows
            size += batch.nbytes
            if cut:
                break
    elapsed = time.perf_counter() - start
    return {"status": "ok", "truncated": cut is not None, "cut": cut, "elapsed_s": elapsed}, sink.getvalue()


def _within_bytes(batch: pa.RecordBatch, room: int) -> pa.RecordBatch:
    """The longest head of ``batch`` whose size fits ``room`` bytes (binary search on rows)."""
    low, high = 0, batch.num_rows
    while low < high:
        mid = (low + high + 1) // 2
        if batch.slice(0, mid).nbytes <= room:
            low = mid
        else:
            high = mid - 1
    return batch.slice(0, low)


# --- the process ---------------------------------------------------------------------------------
class _WorkerPopen(popen_forkserver.Popen):
    """multiprocessing's forkserver launch minus the parent's ``__main__``: the stdlib child
    re-imports the parent's main script (under ``streamlit run``, all of Streamlit: ~0.5 s and
    ~100 MB per query). Otherwise the same steps as CPython 3.11-3.13's Popen._launch."""

    def _launch(self, process_obj):
        prep_data = spawn.get_preparation_data(process_obj._name)
        prep_data.pop("init_main_from_path", None)
        prep_data.pop("init_main_from_name", None)
        buf = io.BytesIO()
        set_spawning_popen(self)
        try:
            reduction.dump(prep_data, buf)
            reduction.dump(process_obj, buf)
        finally:
            set_spawning_popen(None)
        self.sentinel, w = multiprocessing.forkserver.connect_to_new_process(self._fds)
        _parent_w = os.dup(w)
        self.finalizer = util.Finalize(self, util.close_fds, (_parent_w, self.sentinel))
        with open(w, "wb", closefd=True) as f:
            f.write(buf.getbuffer())
        self.pid = multiprocessing.forkserver.read_signed(self.sentinel)


class WorkerProcess(ForkServerProcess):
    """Defined here, not in sql_readonly: the child unpickles it, and importing this module is
    free in a forkserver child (preloaded) while sql_readonly would import pandas (~0.3 s)."""

    @staticmethod
    def _Popen(process_obj):
        return _WorkerPopen(process_obj)


# --- the statement check ------------------------------------------------------------------------
def check_statement(conn: duckdb.DuckDBPyConnection, query: str) -> None:
    """Refuse anything but exactly one read: by DuckDB's own parse, never by a regex.

    The statement type alone lies (``WITH x AS (DELETE ... RETURNING *) SELECT ...`` is a
    SELECT), so every node of the parse tree (json_serialize_sql) is walked: CTEs, subqueries,
    scalar subqueries, set operations and FROM-first forms alike."""
    try:
        _check_nesting(query)
        try:
            statements = conn.extract_statements(query)
        except duckdb.Error as exc:
            raise Refusal("explorer.refused.syntax", message=first_lines(str(exc))) from None
        if len(statements) != 1:
            raise Refusal("explorer.refused.statements", n=len(statements))
        try:
            kind = statements[0].type
        except ValueError:  # a type this DuckDB's Python binding does not know (UPDATE EXTENSIONS)
            raise Refusal("explorer.refused.kind", kind=_first_word(query)) from None
        if kind == duckdb.StatementType.MULTI:
            _check_pivot_tokens(query)
            return
        if kind != duckdb.StatementType.SELECT:
            raise Refusal("explorer.refused.kind", kind=kind.name)
        try:
            serialized = conn.execute("SELECT json_serialize_sql(?)", [query]).fetchall()[0][0]
        except duckdb.Error as exc:
            raise Refusal("explorer.refused.syntax", message=first_lines(str(exc))) from None
        tree = json.loads(serialized)
        if tree.get("error"):
            raise Refusal("explorer.refused.syntax", message=first_lines(str(tree.get("error_message"))))
        _walk(tree.get("statements", []))
    except RecursionError:
        raise Refusal("explorer.refused.too_deep", limit=MAX_NESTING) from None


def _check_nesting(query: str) -> None:
    """Refuse parentheses nested deeper than MAX_NESTING (by DuckDB's tokens: brackets inside
    strings, quoted names and comments do not count)."""
    depth = 0
    for kind, word in _words(query):
        if kind == duckdb.token_type.operator:
            for char in word:
                if char in "([":
                    depth += 1
                    if depth > MAX_NESTING:
                        raise Refusal("explorer.refused.too_deep", limit=MAX_NESTING)
                elif char in ")]":
                    depth -= 1


def _first_word(query: str) -> str:
    """The statement's first keyword, upper case (what the refusal names)."""
    for kind, word in _words(query):
        if kind == duckdb.token_type.keyword:
            return word.upper()
    return "?"


def _walk(node: Any) -> None:
    stack = [node]
    while stack:  # iterative: a deeply nested query must not exhaust Python's stack
        item = stack.pop()
        if isinstance(item, dict):
            kind = item.get("type")
            if isinstance(kind, str) and kind.endswith("_NODE") and kind not in READ_NODES:
                raise Refusal("explorer.refused.writes", kind=kind.removesuffix("_QUERY_NODE").removesuffix("_NODE"))
            name = item.get("function_name")
            if isinstance(name, str) and name.lower() in SQL_RUNNING_FUNCTIONS:
                raise Refusal("explorer.refused.function", name=name)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _check_pivot_tokens(query: str) -> None:
    """A MULTI statement: DuckDB makes one of a PIVOT whose values are not listed (it computes
    them first). json_serialize_sql refuses MULTI, so the check falls back to DuckDB's own
    tokenizer: a PIVOT keyword, no keyword that only a changing statement uses, no function
    that runs SQL text (string constants, quoted names and comments are tokens of their own,
    so their content never matches)."""
    words = list(_words(query))
    keywords = {word for kind, word in words if kind == duckdb.token_type.keyword}
    if "pivot" not in keywords:
        raise Refusal("explorer.refused.kind", kind="MULTI")
    found = sorted(keywords & WRITE_KEYWORDS)
    if found:
        raise Refusal("explorer.refused.writes", kind=found[0].upper())
    names = sorted({word for kind, word in words if kind == duckdb.token_type.identifier} & SQL_RUNNING_FUNCTIONS)
    if names:
        raise Refusal("explorer.refused.function", name=names[0])


def _words(query: str):
    """(token type, lower-case text) of each of DuckDB's tokens; a quoted name without its quotes
    (``"query"`` names the function ``query``: DuckDB's names are case-insensitive, quoted or
    not)."""
    tokens = duckdb.tokenize(query)
    for i, (position, kind) in enumerate(tokens):
        end = tokens[i + 1][0] if i + 1 < len(tokens) else len(query)
        word = query[position:end].strip()
        if kind == duckdb.token_type.identifier and len(word) >= 2 and word[0] == word[-1] == '"':
            word = word[1:-1].replace('""', '"')
        yield kind, word.lower()


# --- messages -----------------------------------------------------------------------------------
def first_lines(text: str, limit: int = 400) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[:limit] + "…"


def scrub(text: str, paths: list[str]) -> str:
    """``text`` without any of ``paths`` (longest first, so a folder inside another goes whole)."""
    for path in sorted({p.rstrip("/") for p in paths if p and len(p.rstrip("/")) > 1}, key=len, reverse=True):
        text = text.replace(path, "…")
    return first_lines(text)


_BASELINE: dict[str, int] = {}


def _memory_figures() -> dict[str, int]:
    """Virtual size once DuckDB was open (the ceiling's baseline), peak virtual size and peak
    RSS, in bytes (Linux; empty elsewhere). The benchmark and the tests read them."""
    figures = dict(_BASELINE)
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(("VmPeak:", "VmHWM:")):
                    name = "vm_peak" if line.startswith("VmPeak") else "rss_peak"
                    figures[name] = int(line.split()[1]) * 1024
    except OSError:
        pass
    return figures


def _note_baseline() -> None:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    _BASELINE["vm_baseline"] = int(line.split()[1]) * 1024
    except OSError:
        pass


def cpu_limit(timeout_s: float) -> int:
    return max(2, math.ceil(timeout_s) + 2)

