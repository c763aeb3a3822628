"""Read-only ad-hoc SQL for analysts (CLI ``sql`` and the SQL explorer page).

Queries never touch the store's own connection. The documented tables and views are copied
(Arrow, in memory) into a separate DuckDB connection opened with external access disabled,
a memory limit and its configuration locked; only one SELECT/WITH statement is accepted,
judged from DuckDB's own parse, and a timer interrupts queries that run too long.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import duckdb
import pandas as pd

# Relations analysts may query, in the order the schema is shown. Areas that add a documented
# view append it here.
EXPLORER_RELATIONS: list[str] = [
    "region", "coverage", "regulation", "budget", "employment", "import_batch",
    "contribution_rate", "ucj_target", "regulation_snapshot",
]

DEFAULT_MAX_ROWS = 10_000
DEFAULT_TIMEOUT_S = 5.0
MEMORY_LIMIT = "512MB"
MAX_QUERY_CHARS = 20_000


class QueryRefused(ValueError):
    """The query was not run (or was stopped); the message says why."""


@dataclass
class QueryResult:
    frame: pd.DataFrame
    truncated: bool
    elapsed_s: float


class ReadOnlyExplorer:
    """A locked, in-memory copy of the analyst-facing relations of one data version."""

    def __init__(self, store, relations: list[str] | None = None):
        self.data_version = store.data_version()
        self._conn = duckdb.connect(
            ":memory:",
            config={"enable_external_access": False, "memory_limit": MEMORY_LIMIT, "threads": 1},
        )
        source = store.cursor()
        for name in relations or EXPLORER_RELATIONS:
            exists = source.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]
            ).fetchall()[0][0]
            if not exists:
                continue
            table = source.execute(f'SELECT * FROM "{name}"').to_arrow_table()  # name from our list
            self._conn.register("_incoming", table)
            self._conn.execute(f'CREATE TABLE "{name}" AS SELECT * FROM _incoming')
            self._conn.unregister("_incoming")
        self._conn.execute("SET lock_configuration = true")
        self._lock = threading.Lock()

    def schema(self) -> pd.DataFrame:
        return self._conn.cursor().execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "ORDER BY table_name, ordinal_position"
        ).df()

    def run(self, query: str, max_rows: int = DEFAULT_MAX_ROWS, timeout_s: float = DEFAULT_TIMEOUT_S) -> QueryResult:
        check_statement(query, self._conn)
        cur = self._conn.cursor()
        timer = threading.Timer(timeout_s, cur.interrupt)
        start = time.perf_counter()
        timer.start()
        try:
            rel = cur.execute(query)
            rows = rel.fetchmany(max_rows + 1)
            columns = [d[0] for d in rel.description] if rel.description else []
        except duckdb.InterruptException:
            raise QueryRefused(f"stopped: the query ran longer than {timeout_s:g} s") from None
        except duckdb.OutOfMemoryException:
            raise QueryRefused(f"stopped: the query needed more than {MEMORY_LIMIT} of memory") from None
        except duckdb.Error as exc:
            raise QueryRefused(f"DuckDB: {exc}") from None
        finally:
            timer.cancel()
            cur.close()
        truncated = len(rows) > max_rows
        frame = pd.DataFrame.from_records(rows[:max_rows], columns=columns)
        return QueryResult(frame, truncated, time.perf_counter() - start)


def check_statement(query: str, conn: duckdb.DuckDBPyConnection | None = None) -> None:
    """Refuse anything but exactly one SELECT (including WITH ... SELECT) statement."""
    if not query or not query.strip():
        raise QueryRefused("empty query")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryRefused(f"query longer than {MAX_QUERY_CHARS} characters")
    parser = conn or duckdb.connect(":memory:")
    try:
        statements = parser.extract_statements(query)
    except duckdb.Error as exc:
        raise QueryRefused(f"not valid SQL: {exc}") from None
    if len(statements) != 1:
        raise QueryRefused(f"exactly one statement is allowed, got {len(statements)}")
    kind = statements[0].type
    if kind != duckdb.StatementType.SELECT:
        raise QueryRefused(f"only SELECT queries are allowed, got {kind.name}")


_explorers: dict[str, ReadOnlyExplorer] = {}
_explorers_lock = threading.Lock()


def explorer_for(store) -> ReadOnlyExplorer:
    """The explorer copy for the store's current data version (rebuilt after any import)."""
    key = str(store.path)
    with _explorers_lock:
        explorer = _explorers.get(key)
        if explorer is None or explorer.data_version != store.data_version():
            explorer = ReadOnlyExplorer(store)
            _explorers[key] = explorer
        return explorer
