"""The DuckDB database: schema and migrations, import batches, one shared connection.

One DuckDB connection per database file is opened per process; each thread reads through its
own cursor (a DuckDB connection is not thread-safe) and every write runs in a transaction under
one process-wide lock, so a Streamlit server with many sessions never sees a half-written import.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from analytics.store_views import DERIVED_VIEWS as _DERIVED_VIEWS
from analytics.store_views import MATERIALISED, SHOWN_TEXT_MAX, TEXT_COLUMNS  # noqa: F401 (named here too)
from analytics.store_views import shown_column as _shown

from analytics.ingest.datasets import DATASETS

# Datasets that arrive in import batches, with the columns that identify one fact (within a
# dataset the row of the latest active batch wins for the same key) and the columns stored:
# both read from each dataset's one declaration, ``analytics.ingest.datasets.DatasetSpec``.
DATASET_KEYS: dict[str, tuple[str, ...]] = {spec.table: spec.key for spec in DATASETS}

# Where a row's fact comes from; every dataset carries these (README "Sources").
PROVENANCE = ("source_title", "source_url", "source_date", "confidence")

DATASET_COLUMNS: dict[str, tuple[str, ...]] = {spec.table: spec.columns() for spec in DATASETS}

_MIGRATIONS: list[str] = [
    # 1: the whole first schema
    """
    CREATE TABLE region (
        code VARCHAR PRIMARY KEY,
        name VARCHAR NOT NULL,
        level VARCHAR NOT NULL CHECK (level IN ('provinsi', 'kabupaten', 'kota')),
        province_code VARCHAR NOT NULL,
        population BIGINT,
        area_km2 DOUBLE
    );
    CREATE TABLE region_alias (
        alias VARCHAR NOT NULL,
        code VARCHAR NOT NULL,
        province_code VARCHAR,
        note VARCHAR
    );
    CREATE SEQUENCE import_batch_id START 1;
    CREATE TABLE import_batch (
        batch_id INTEGER PRIMARY KEY DEFAULT nextval('import_batch_id'),
        dataset VARCHAR NOT NULL,
        file_name VARCHAR NOT NULL,
        sha256 VARCHAR,
        row_count INTEGER NOT NULL,
        imported_at TIMESTAMP NOT NULL,
        is_demo BOOLEAN NOT NULL DEFAULT false,
        status VARCHAR NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'rolled_back')),
        note VARCHAR,
        rolled_back_at TIMESTAMP
    );
    CREATE TABLE coverage_row (
        batch_id INTEGER NOT NULL,
        region_code VARCHAR NOT NULL,
        period DATE NOT NULL,
        segment VARCHAR NOT NULL,
        worker_group VARCHAR NOT NULL,
        active_participants BIGINT,
        target_workers BIGINT,
        source_note VARCHAR,
        source_row INTEGER
    );
    CREATE TABLE regulation_row (
        batch_id INTEGER NOT NULL,
        region_code VARCHAR NOT NULL,
        instrument VARCHAR NOT NULL,
        number VARCHAR,
        year INTEGER,
        issued_on DATE,
        known_by DATE,
        title VARCHAR,
        scopes VARCHAR,
        status VARCHAR NOT NULL,
        revoked_on DATE,
        amends VARCHAR,
        source_url VARCHAR,
        source_note VARCHAR,
        source_row INTEGER
    );
    CREATE TABLE budget_row (
        batch_id INTEGER NOT NULL,
        region_code VARCHAR NOT NULL,
        year INTEGER NOT NULL,
        worker_group VARCHAR NOT NULL,
        funding_source VARCHAR NOT NULL,
        allocated_rp DOUBLE,
        realised_rp DOUBLE,
        workers_funded BIGINT,
        source_note VARCHAR,
        source_row INTEGER
    );
    CREATE TABLE employment_row (
        batch_id INTEGER NOT NULL,
        region_code VARCHAR NOT NULL,
        year INTEGER NOT NULL,
        employed BIGINT,
        edition VARCHAR,
        source VARCHAR,
        source_row INTEGER
    );
    CREATE TABLE contribution_rate (
        program VARCHAR NOT NULL,
        segment VARCHAR NOT NULL,
        basis VARCHAR NOT NULL CHECK (basis IN ('wage_pct', 'fixed_rp')),
        risk_class INTEGER,
        rate DOUBLE NOT NULL,
        valid_from DATE NOT NULL,
        legal_source VARCHAR NOT NULL,
        note VARCHAR
    );
    CREATE TABLE ucj_target (
        year INTEGER NOT NULL,
        region_code VARCHAR,
        target_pct DOUBLE NOT NULL,
        source VARCHAR NOT NULL
    );
    CREATE TABLE regulation_snapshot (
        province_code VARCHAR NOT NULL,
        as_of DATE NOT NULL,
        regions_with_regulation INTEGER NOT NULL,
        regions_total INTEGER NOT NULL,
        instrument VARCHAR,
        source VARCHAR NOT NULL,
        note VARCHAR
    );
    CREATE TABLE app_meta (key VARCHAR PRIMARY KEY, value VARCHAR);
    """,
    # 2: every fact carries its source (title, URL, date, confidence); UCJ targets and reported
    # regulation counts become import batches like the other datasets (their rows move into a
    # batch marked as the curated file, which init then replaces); figures as sources report
    # them (national ones included) and the Paritrana Award's official results.
    """
    ALTER TABLE coverage_row ADD COLUMN source_title VARCHAR;
    ALTER TABLE coverage_row ADD COLUMN source_url VARCHAR;
    ALTER TABLE coverage_row ADD COLUMN source_date VARCHAR;
    ALTER TABLE coverage_row ADD COLUMN confidence VARCHAR;
    ALTER TABLE regulation_row ADD COLUMN follows_inpres VARCHAR;
    ALTER TABLE regulation_row ADD COLUMN source_title VARCHAR;
    ALTER TABLE regulation_row ADD COLUMN source_date VARCHAR;
    ALTER TABLE regulation_row ADD COLUMN confidence VARCHAR;
    ALTER TABLE budget_row ADD COLUMN source_title VARCHAR;
    ALTER TABLE budget_row ADD COLUMN source_url VARCHAR;
    ALTER TABLE budget_row ADD COLUMN source_date VARCHAR;
    ALTER TABLE budget_row ADD COLUMN confidence VARCHAR;
    ALTER TABLE employment_row ADD COLUMN source_note VARCHAR;
    ALTER TABLE employment_row ADD COLUMN source_url VARCHAR;
    ALTER TABLE employment_row ADD COLUMN source_date VARCHAR;
    ALTER TABLE employment_row ADD COLUMN confidence VARCHAR;
    CREATE TABLE ucj_target_row (
        batch_id INTEGER NOT NULL,
        year INTEGER NOT NULL,
        region_code VARCHAR,
        target_pct DOUBLE NOT NULL,
        document VARCHAR,
        definition VARCHAR,
        source VARCHAR,
        source_url VARCHAR,
        source_date VARCHAR,
        confidence VARCHAR,
        note VARCHAR,
        source_row INTEGER
    );
    INSERT INTO import_batch (dataset, file_name, sha256, row_count, imported_at, is_demo, note)
        SELECT 'ucj_target', 'curated/ucj_targets.csv', NULL, count(*), now(), false,
               'moved from the ucj_target table (schema 2)' FROM ucj_target HAVING count(*) > 0;
    INSERT INTO ucj_target_row (batch_id, year, region_code, target_pct, source)
        SELECT (SELECT max(batch_id) FROM import_batch WHERE dataset = 'ucj_target'), year, region_code,
               target_pct, source FROM ucj_target;
    DROP TABLE ucj_target;
    CREATE TABLE regulation_snapshot_row (
        batch_id INTEGER NOT NULL,
        province_code VARCHAR NOT NULL,
        as_of DATE NOT NULL,
        regions_with_regulation INTEGER NOT NULL,
        regions_total INTEGER NOT NULL,
        instrument VARCHAR,
        source VARCHAR,
        note VARCHAR,
        source_url VARCHAR,
        source_date VARCHAR,
        confidence VARCHAR,
        source_row INTEGER
    );
    INSERT INTO import_batch (dataset, file_name, sha256, row_count, imported_at, is_demo, note)
        SELECT 'regulation_snapshot', 'curated/regulation_snapshots.csv', NULL, count(*), now(), false,
               'moved from the regulation_snapshot table (schema 2)' FROM regulation_snapshot HAVING count(*) > 0;
    INSERT INTO regulation_snapshot_row (batch_id, province_code, as_of, regions_with_regulation, regions_total,
                                         instrument, source, note)
        SELECT (SELECT max(batch_id) FROM import_batch WHERE dataset = 'regulation_snapshot'), province_code,
               as_of, regions_with_regulation, regions_total, instrument, source, note FROM regulation_snapshot;
    DROP TABLE regulation_snapshot;
    CREATE TABLE reported_figure_row (
        batch_id INTEGER NOT NULL,
        figure_id VARCHAR,
        region_code VARCHAR,
        period VARCHAR,
        indicator VARCHAR NOT NULL,
        segment VARCHAR,
        value DOUBLE,
        unit VARCHAR NOT NULL,
        value_reported VARCHAR,
        source_title VARCHAR,
        source_url VARCHAR,
        source_date VARCHAR,
        confidence VARCHAR,
        conflicts_with VARCHAR,
        note VARCHAR,
        source_row INTEGER
    );
    CREATE TABLE paritrana_award_row (
        batch_id INTEGER NOT NULL,
        edition_year INTEGER NOT NULL,
        award_date VARCHAR,
        level VARCHAR NOT NULL CHECK (level IN ('national', 'provincial')),
        category VARCHAR NOT NULL,
        rank_or_title VARCHAR NOT NULL,
        region_code VARCHAR NOT NULL,
        source_title VARCHAR,
        source_url VARCHAR,
        source_date VARCHAR,
        confidence VARCHAR,
        note VARCHAR,
        source_row INTEGER
    );
    """,
    # 3: the register of follow-ups agreed in meetings (analytics/followups/) and the
    # history of every change to it. Vocabularies are checked in code too, with row-level messages.
    """
    CREATE SEQUENCE followup_id START 1;
    CREATE TABLE followup (
        id INTEGER PRIMARY KEY DEFAULT nextval('followup_id'),
        province_code VARCHAR NOT NULL,
        region_code VARCHAR,
        kind VARCHAR NOT NULL CHECK (kind IN ('regulation', 'coverage', 'budget', 'other')),
        action VARCHAR NOT NULL CHECK (length(trim(action)) > 0),
        owner VARCHAR NOT NULL CHECK (length(trim(owner)) > 0),
        agreed_at_meeting DATE NOT NULL,
        due_date DATE CHECK (due_date IS NULL OR due_date >= agreed_at_meeting),
        status VARCHAR NOT NULL DEFAULT 'open'
            CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
        target_value DOUBLE CHECK (target_value IS NULL OR target_value > 0),
        target_unit VARCHAR CHECK (target_unit IS NULL OR target_unit IN ('workers', 'percent', 'rupiah')),
        worker_group VARCHAR,
        budget_year INTEGER,
        note VARCHAR,
        evidence_url VARCHAR,
        created_by VARCHAR NOT NULL,
        created_at TIMESTAMP NOT NULL,
        updated_by VARCHAR NOT NULL,
        updated_at TIMESTAMP NOT NULL,
        CHECK ((target_value IS NULL) = (target_unit IS NULL)),
        CHECK (target_unit IS NULL
               OR (kind = 'coverage' AND target_unit IN ('workers', 'percent'))
               OR (kind = 'budget' AND target_unit = 'rupiah')),
        CHECK (target_unit IS DISTINCT FROM 'percent' OR target_value <= 100),
        CHECK (budget_year IS NULL OR kind = 'budget')
    );
    CREATE SEQUENCE followup_change_id START 1;
    CREATE TABLE followup_history (
        change_id INTEGER PRIMARY KEY DEFAULT nextval('followup_change_id'),
        followup_id INTEGER NOT NULL,
        changed_at TIMESTAMP NOT NULL,
        changed_by VARCHAR NOT NULL,
        field VARCHAR NOT NULL,
        old_value VARCHAR,
        new_value VARCHAR
    );
    """,
    # 4: every follow-up carries a version, raised by each write that changes it, and each history
    # row the version its change made: an edit or an import row made on an older version is refused
    # (analytics/followups/items.py). Items already there get the number of writes their history shows.
    """
    ALTER TABLE followup ADD COLUMN version INTEGER DEFAULT 1;
    ALTER TABLE followup_history ADD COLUMN version INTEGER;
    UPDATE followup_history h SET version = v.version
    FROM (SELECT change_id, dense_rank() OVER (PARTITION BY followup_id ORDER BY changed_at) AS version
          FROM followup_history) v
    WHERE v.change_id = h.change_id;
    UPDATE followup f SET version = v.version
    FROM (SELECT followup_id, max(version) AS version FROM followup_history GROUP BY followup_id) v
    WHERE v.followup_id = f.id;
    """,
    # 5: regulation status sheets filled by those who hold the facts (issue 25): per kabupaten/kota
    # what was confirmed, by whom, when and on what evidence ("none as of D" is a fact too).
    """
    CREATE TABLE regulation_status_row (
        batch_id INTEGER NOT NULL,
        region_code VARCHAR NOT NULL,
        as_of DATE NOT NULL,
        status VARCHAR NOT NULL CHECK (status IN ('issued', 'draft', 'confirmed_none', 'unknown')),
        instrument VARCHAR,
        number VARCHAR,
        issued_on DATE,
        in_force_on DATE,
        evidence VARCHAR,
        confirmed_by VARCHAR,
        confirmed_on DATE,
        note VARCHAR,
        source_title VARCHAR,
        source_url VARCHAR,
        source_date VARCHAR,
        confidence VARCHAR,
        source_row INTEGER,
        CHECK (status = 'unknown' OR (evidence IS NOT NULL AND confirmed_by IS NOT NULL
                                      AND confirmed_on IS NOT NULL)),
        CHECK (status <> 'issued' OR (instrument IS NOT NULL AND issued_on IS NOT NULL))
    );
    """,
]


def _current_view_sql(dataset: str) -> str:
    """A view holding, per key, the row of the latest active batch (see DATASET_KEYS), free text
    cut for showing (``_shown``)."""
    keys = ", ".join(f"r.{k}" for k in DATASET_KEYS[dataset])
    cols = ", ".join(_shown(c) for c in DATASET_COLUMNS[dataset] if c != "source_row")
    extra = ""
    if dataset == "regulation":
        extra = ", coalesce(r.issued_on, r.known_by, make_date(r.year, 12, 31)) AS effective_date"
    name = f"{dataset}_live" if dataset in MATERIALISED else dataset
    return f"""
    CREATE OR REPLACE VIEW {name} AS
    SELECT {cols}{extra}, r.batch_id, b.is_demo
    FROM {dataset}_row r JOIN import_batch b USING (batch_id)
    WHERE b.status = 'active'
    QUALIFY row_number() OVER (PARTITION BY {keys} ORDER BY r.batch_id DESC) = 1
    """


SCHEMA_VERSION = len(_MIGRATIONS)



def _schema_fingerprint() -> str:
    """Changes whenever a migration or a view definition changes: a published snapshot made by
    older code is then republished (views are derived and rebuilt when a writer opens a copy)."""
    text = "\n".join([*_MIGRATIONS, *(_current_view_sql(d) for d in DATASET_KEYS), *_DERIVED_VIEWS])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


SCHEMA_FINGERPRINT = _schema_fingerprint()


class StoreError(RuntimeError):
    """A store operation was refused; the message says why."""


class Store:
    """One DuckDB database file. Use :func:`open_store` to share one per path in a process."""

    def __init__(self, path: Path | str, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = duckdb.connect(str(self.path), read_only=read_only)
        self._local = threading.local()
        self._write_lock = threading.RLock()
        if not read_only:
            self.migrate()

    # -- connections -------------------------------------------------------------------
    def cursor(self) -> duckdb.DuckDBPyConnection:
        """This thread's cursor on the shared connection."""
        cur = getattr(self._local, "cursor", None)
        if cur is None:
            cur = self._conn.cursor()
            self._local.cursor = cur
        return cur

    def query_df(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> pd.DataFrame:
        return self.cursor().execute(sql, params or []).df()

    def query_value(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> Any:
        # fetchall: DuckDB 2 keeps a half-read result open and blocks the cursor.
        rows = self.cursor().execute(sql, params or []).fetchall()
        return rows[0][0] if rows else None

    @contextmanager
    def write(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One transaction under the process-wide write lock; rolled back on any error."""
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        with self._write_lock:
            cur = self.cursor()
            cur.execute("BEGIN TRANSACTION")
            try:
                yield cur
                cur.execute(
                    "INSERT OR REPLACE INTO app_meta VALUES ('data_version', "
                    "CAST(coalesce((SELECT CAST(value AS BIGINT) FROM app_meta "
                    "WHERE key = 'data_version'), 0) + 1 AS VARCHAR))"
                )
                cur.execute("COMMIT")
            except BaseException:
                # a COMMIT that failed (a full disk) has ended the transaction already: its error,
                # not "cannot rollback - no transaction is active", is what the caller must see
                with contextlib.suppress(duckdb.Error):
                    cur.execute("ROLLBACK")
                raise

    def close(self) -> None:
        self._conn.close()

    # -- schema ------------------------------------------------------------------------
    def schema_version(self) -> int:
        exists = self.query_value(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
        )
        if not exists:
            return 0
        return int(self.query_value("SELECT coalesce(max(version), 0) FROM schema_version"))

    def migrate(self) -> int:
        """Apply pending migrations; returns the schema version now in force."""
        with self._write_lock:
            cur = self.cursor()
            cur.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER, applied_at TIMESTAMP)"
            )
            current = self.schema_version()
            if current > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} has schema version {current}, newer than this program "
                    f"({SCHEMA_VERSION}); upgrade the dashboard"
                )
            for version in range(current + 1, SCHEMA_VERSION + 1):
                cur.execute("BEGIN TRANSACTION")
                try:
                    cur.execute(_MIGRATIONS[version - 1])
                    cur.execute("INSERT INTO schema_version VALUES (?, now())", [version])
                    cur.execute("COMMIT")
                except BaseException:
                    cur.execute("ROLLBACK")
                    raise
            # Views are derived, so they are rebuilt on every open: cheap and never stale.
            for dataset in DATASET_KEYS:
                cur.execute(_current_view_sql(dataset))
            # while a copy is being changed, a materialised relation is its live view again
            # (datasets first: the derived views read them)
            self._live_again(cur, [n for n in MATERIALISED if n in DATASET_KEYS])
            for view in _DERIVED_VIEWS:
                cur.execute(view)
            self._live_again(cur, [n for n in MATERIALISED if n not in DATASET_KEYS])
            return SCHEMA_VERSION

    def _live_again(self, cur, names: Sequence[str]) -> None:
        for name in names:  # names from MATERIALISED
            if self._relation_type(name) == "BASE TABLE":
                cur.execute(f"DROP TABLE {name}")
            cur.execute(f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM {name}_live")

    def _relation_type(self, name: str) -> str | None:
        return self.query_value("SELECT table_type FROM information_schema.tables WHERE table_name = ?", [name])

    def materialise(self) -> None:
        """Store the heavy derived views as tables (the writer does this just before it publishes
        a snapshot): every reader of the snapshot then reads a table instead of recomputing the
        view in every query. ``ucj`` took 0.2-0.3 s a query as a view, ``coverage`` 0.15-0.6 s."""
        with self.write() as cur:
            for name in MATERIALISED:
                if self._relation_type(name) == "VIEW":
                    cur.execute(f"DROP VIEW {name}")
                    cur.execute(f"CREATE TABLE {name} AS SELECT * FROM {name}_live")

    def data_version(self) -> int:
        """Increases with every committed write; caches key on it so an import invalidates them."""
        known = getattr(self, "_read_only_version", None)
        if known is not None:  # a read-only file (a published snapshot) never changes
            return known
        value = self.query_value("SELECT value FROM app_meta WHERE key = 'data_version'")
        version = int(value) if value is not None else 0
        if self.read_only:
            # every cached query asks (1-3 ms each, 10-20 per page view)
            self._read_only_version = version
        return version

    # -- batches -------------------------------------------------------------------------
    def insert_batch(
        self,
        cur: duckdb.DuckDBPyConnection,
        dataset: str,
        rows: pd.DataFrame,
        file_name: str,
        sha256: str | None,
        is_demo: bool = False,
        note: str | None = None,
    ) -> int:
        """Insert ``rows`` as a new batch inside the caller's transaction; returns its id."""
        if dataset not in DATASET_COLUMNS:
            raise StoreError(f"unknown dataset {dataset!r}")
        columns = DATASET_COLUMNS[dataset]
        # Key columns must be present; the rest may be absent and are stored as NULL.
        missing = [c for c in DATASET_KEYS[dataset] if c not in rows.columns]
        if missing:
            raise StoreError(f"{dataset} rows lack columns: {', '.join(missing)}")
        batch_id = cur.execute(
            "INSERT INTO import_batch (dataset, file_name, sha256, row_count, imported_at, is_demo, note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING batch_id",
            [dataset, file_name, sha256, len(rows), dt.datetime.now(), is_demo, note],
        ).fetchall()[0][0]
        frame = rows.reindex(columns=list(columns)).copy()
        frame.insert(0, "batch_id", batch_id)
        cur.register("_incoming_rows", frame)
        try:
            col_list = ", ".join(["batch_id", *columns])
            cur.execute(f"INSERT INTO {dataset}_row ({col_list}) SELECT {col_list} FROM _incoming_rows")
        finally:
            cur.unregister("_incoming_rows")
        return int(batch_id)

    def add_batch(
        self,
        dataset: str,
        rows: pd.DataFrame,
        file_name: str,
        sha256: str | None,
        is_demo: bool = False,
        note: str | None = None,
    ) -> int:
        with self.write() as cur:
            return self.insert_batch(cur, dataset, rows, file_name, sha256, is_demo, note)

    def batches(self) -> pd.DataFrame:
        return self.query_df(
            "SELECT batch_id, dataset, file_name, sha256, row_count, imported_at, is_demo, status,"
            " note, rolled_back_at FROM import_batch ORDER BY batch_id DESC"
        )

    def rollback_batch(self, batch_id: int) -> None:
        """Mark a batch rolled back: its rows stay (for the record) but no view shows them."""
        with self.write() as cur:
            found = cur.execute(
                "SELECT status FROM import_batch WHERE batch_id = ?", [batch_id]
            ).fetchall()
            row = found[0] if found else None
            if row is None:
                raise StoreError(f"no import batch {batch_id}")
            if row[0] == "rolled_back":
                raise StoreError(f"batch {batch_id} is already rolled back")
            cur.execute(
                "UPDATE import_batch SET status = 'rolled_back', rolled_back_at = now()"
                " WHERE batch_id = ?",
                [batch_id],
            )

    def has_regions(self) -> bool:
        return bool(self.query_value("SELECT count(*) FROM region"))


_stores: dict[tuple[Path, bool], Store] = {}
_stores_lock = threading.Lock()


def open_store(path: Path | str, read_only: bool = False) -> Store:
    """The process's shared Store for ``path`` (DuckDB allows one writer connection per file)."""
    key = (Path(path).resolve(), read_only)
    with _stores_lock:
        store = _stores.get(key)
        if store is None:
            store = Store(path, read_only=read_only)
            _stores[key] = store
        return store


def close_all() -> None:
    with _stores_lock:
        for store in _stores.values():
            store.close()
        _stores.clear()
