"""Read-only ad-hoc SQL for analysts (CLI ``sql`` and the SQL explorer page).

Queries never touch the store's own connection. The documented tables and views are copied
(Arrow, in memory) into a separate DuckDB connection opened with external access disabled,
extension autoloading off, no temporary directory (nothing spills to disk), one thread, a
memory limit and its configuration locked. Only one SELECT/WITH statement is accepted, judged
from DuckDB's own parse (``extract_statements``), never by a regex. A query runs in a worker
thread: after the time limit it is interrupted; if DuckDB does not stop within a grace period
(duckdb #15925) the worker is abandoned and the copy is rebuilt for the next query. Results
are capped in rows and bytes; a few queries at a time run, others wait briefly or are refused.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

# Relations analysts may query, in the order the schema is shown. Areas that add a documented
# view append it here.
EXPLORER_RELATIONS: list[str] = [
    "region", "coverage", "regulation", "budget", "employment", "ucj", "import_batch",
    "contribution_rate", "ucj_target", "regulation_snapshot",
]

DEFAULT_MAX_ROWS = 10_000
DEFAULT_TIMEOUT_S = 5.0
MEMORY_LIMIT = "512MB"
MAX_QUERY_CHARS = 20_000
MAX_RESULT_BYTES = 64 * 1024 * 1024  # what a result may hold in the app's memory
MAX_CONCURRENT = 2  # queries running at once across all sessions of one process
INTERRUPT_GRACE_S = 2.0  # after the interrupt, how long to wait before abandoning the worker

_CONFIG = {
    "enable_external_access": False,
    "autoload_known_extensions": False,
    "autoinstall_known_extensions": False,
    "allow_community_extensions": False,
    "memory_limit": MEMORY_LIMIT,
    "temp_directory": "",
    "threads": 1,
}


class QueryRefused(ValueError):
    """The query was not run (or was stopped).

    ``str(error)`` is the English reason (CLI); ``key``/``params`` give it in the UI language
    through :meth:`localized`."""

    def __init__(self, key: str, **params: Any):
        self.key = key
        self.params = params
        super().__init__(_render(key, params, english=True))

    def localized(self) -> str:
        return _render(self.key, self.params, english=False)


def _render(key: str, params: dict[str, Any], english: bool) -> str:
    from analytics.i18n import t
    from analytics.i18n.strings_explorer import STRINGS

    if english:
        template = STRINGS[key][1]
        return template.format(**params) if params else template
    return t(key, **params)


@dataclass
class QueryResult:
    frame: pd.DataFrame
    truncated: bool  # more rows existed than max_rows (or than the byte cap allowed)
    elapsed_s: float


class ReadOnlyExplorer:
    """A locked, in-memory copy of the analyst-facing relations of one data version."""

    def __init__(self, store, relations: list[str] | None = None):
        self.data_version = store.data_version()
        self.broken = False  # set when a runaway query had to be abandoned
        self._conn = duckdb.connect(":memory:", config=dict(_CONFIG))
        source = store.cursor()
        for name in relations or EXPLORER_RELATIONS:
            exists = source.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]
            ).fetchall()[0][0]
            if not exists:
                continue
            table = source.sql(f'SELECT * FROM "{name}"').to_arrow_table()  # name from our list
            self._conn.register("_incoming", table)
            self._conn.execute(f'CREATE TABLE "{name}" AS SELECT * FROM _incoming')
            self._conn.unregister("_incoming")
        self._conn.execute("SET lock_configuration = true")

    def schema(self) -> pd.DataFrame:
        """table_name, column_name, data_type of every relation, in EXPLORER_RELATIONS order."""
        frame = self._conn.cursor().execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "ORDER BY table_name, ordinal_position"
        ).df()
        order = {name: i for i, name in enumerate(EXPLORER_RELATIONS)}
        rank = frame["table_name"].map(lambda n: order.get(n, len(order)))
        return frame.assign(_rank=rank).sort_values(["_rank"], kind="stable").drop(columns="_rank") \
            .reset_index(drop=True)

    def run(self, query: str, max_rows: int = DEFAULT_MAX_ROWS, timeout_s: float = DEFAULT_TIMEOUT_S) -> QueryResult:
        if max_rows < 1:
            raise QueryRefused("explorer.refused.bad_limit")
        if not timeout_s > 0:
            raise QueryRefused("explorer.refused.bad_timeout")
        check_statement(query, self._conn)
        if not _running.acquire(timeout=min(timeout_s, 5.0)):
            raise QueryRefused("explorer.refused.busy")
        try:
            return self._run_in_worker(query, max_rows, timeout_s)
        finally:
            _running.release()

    def _run_in_worker(self, query: str, max_rows: int, timeout_s: float) -> QueryResult:
        cur = self._conn.cursor()
        outcome: dict[str, Any] = {}

        def work() -> None:
            try:
                outcome["value"] = _fetch_capped(cur, query, max_rows)
            except BaseException as exc:  # handed to the caller's thread
                outcome["error"] = exc

        worker = threading.Thread(target=work, name="sql-explorer", daemon=True)
        start = time.perf_counter()
        worker.start()
        worker.join(timeout_s)
        interrupted = worker.is_alive()
        if interrupted:
            cur.interrupt()
            worker.join(INTERRUPT_GRACE_S)
            if worker.is_alive():
                # DuckDB did not stop: abandon the worker (it holds only this copy) and have
                # explorer_for build a fresh copy for the next query.
                self.broken = True
                raise QueryRefused("explorer.refused.timeout", seconds=f"{timeout_s:g}")
        try:
            cur.close()
        except duckdb.Error:
            pass
        error = outcome.get("error")
        if interrupted or isinstance(error, duckdb.InterruptException):
            raise QueryRefused("explorer.refused.timeout", seconds=f"{timeout_s:g}")
        if isinstance(error, duckdb.OutOfMemoryException):
            raise QueryRefused("explorer.refused.memory", limit=MEMORY_LIMIT)
        if isinstance(error, QueryRefused):
            raise error
        if isinstance(error, duckdb.Error):
            raise QueryRefused("explorer.refused.duckdb", message=_first_lines(str(error)))
        if error is not None:
            raise error
        frame, truncated = outcome["value"]
        return QueryResult(frame, truncated, time.perf_counter() - start)


def _fetch_capped(cur: duckdb.DuckDBPyConnection, query: str, max_rows: int) -> tuple[pd.DataFrame, bool]:
    """Up to ``max_rows`` rows and MAX_RESULT_BYTES bytes; whether more existed."""
    reader = cur.sql(query).to_arrow_reader(2048)
    batches: list[pa.RecordBatch] = []
    rows = size = 0
    truncated = False
    for batch in reader:
        size += batch.nbytes
        if size > MAX_RESULT_BYTES:
            if rows == 0:
                raise QueryRefused("explorer.refused.too_wide", limit_mb=MAX_RESULT_BYTES // 2**20)
            truncated = True
            break
        if rows + batch.num_rows > max_rows:
            batches.append(batch.slice(0, max_rows - rows))
            truncated = True
            break
        batches.append(batch)
        rows += batch.num_rows
    table = pa.Table.from_batches(batches, schema=reader.schema)
    return _to_pandas(table), truncated


def _to_pandas(table: pa.Table) -> pd.DataFrame:
    """Like DuckDB's own ``.df()``: decimals (sums of integers) as floats, dates as datetime64,
    so the chart builder and formatting treat the result like every other query's."""
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


def _first_lines(text: str, limit: int = 400) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[:limit] + "…"


def check_statement(query: str, conn: duckdb.DuckDBPyConnection | None = None) -> None:
    """Refuse anything but exactly one SELECT (including WITH ... SELECT) statement."""
    if query is None or not query.strip():
        raise QueryRefused("explorer.refused.empty")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryRefused("explorer.refused.too_long", limit=MAX_QUERY_CHARS)
    parser = conn.cursor() if conn is not None else duckdb.connect(":memory:", config=dict(_CONFIG))
    try:
        statements = parser.extract_statements(query)
    except duckdb.Error as exc:
        raise QueryRefused("explorer.refused.syntax", message=_first_lines(str(exc))) from None
    finally:
        parser.close()
    if len(statements) != 1:
        raise QueryRefused("explorer.refused.statements", n=len(statements))
    kind = statements[0].type
    if kind != duckdb.StatementType.SELECT:
        raise QueryRefused("explorer.refused.kind", kind=kind.name)


_running = threading.BoundedSemaphore(MAX_CONCURRENT)
_explorers: dict[str, ReadOnlyExplorer] = {}
_explorers_lock = threading.Lock()


def explorer_for(store) -> ReadOnlyExplorer:
    """The explorer copy for the store's current data version (rebuilt after any import)."""
    key = str(store.path)
    with _explorers_lock:
        explorer = _explorers.get(key)
        if explorer is None or explorer.broken or explorer.data_version != store.data_version():
            explorer = ReadOnlyExplorer(store)
            _explorers[key] = explorer
        return explorer
