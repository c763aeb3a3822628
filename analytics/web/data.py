"""The pages' one way to the data: named queries cached by data version, the SQL explorer, and
the writes an editor makes. Pages call these and never open the store themselves."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import pandas as pd
import streamlit as st

from analytics import config
from analytics.i18n import t
from analytics.ingest import bootstrap
from analytics.queries import sql
from analytics.store import Store, StoreError, open_store  # noqa: F401 (StoreError: for pages)

_init_lock = threading.Lock()


def _store() -> Store:
    """The deployment's database; created with demo + curated data on first start."""
    return _store_at(str(config.db_path()))


@st.cache_resource(show_spinner=False)
def _store_at(path: str) -> Store:
    # Keyed by path so tests (and a changed JAMSOSTEK_DB) never get another database's store.
    with _init_lock:
        store = open_store(path)
        if not store.has_regions():
            with st.spinner(t("app.first_start")):
                bar = st.progress(0.0, text=t("app.reference_download"))

                def progress(label: str, done: int, total: int) -> None:
                    bar.progress(min(done / total, 1.0) if total else 1.0, text=f"{label}")

                result = bootstrap.initialise(store, with_demo=True, progress=progress)
                bar.empty()
                for warning in result.warnings:
                    st.warning(t("refdata.missing", reason=warning))
    return store


def open_dataset() -> None:
    """Called by the dashboard frame on every run: opens (and on first start fills) the data."""
    _store()


def data_version() -> int:
    return _store().data_version()


@st.cache_data(show_spinner=False, max_entries=512)
def _cached_query(name: str, params: tuple, named: bool, version: int, path: str) -> pd.DataFrame:
    return _store().query_df(sql(name), dict(params) if named else list(params))


def run_query(name: str, params: Sequence[Any] | dict[str, Any] = ()) -> pd.DataFrame:
    """A named query's result, cached until the data changes (an import bumps the version).
    ``params`` is a list for ``?`` placeholders or a dict for ``$name`` ones. Library functions
    take this as their ``query`` argument, as the CLI passes a direct one."""
    store = _store()
    named = isinstance(params, dict)
    key = tuple(sorted(params.items())) if named else tuple(params)
    return _cached_query(name, key, named, store.data_version(), str(store.path)).copy()


def has_demo_data() -> bool:
    return bool(run_query("active_demo_batches").iloc[0, 0])


def cache_key() -> tuple[int, str]:
    """(data version, dataset) for ``st.cache_data`` functions that build a whole view."""
    store = _store()
    return store.data_version(), str(store.path)


# --- writes (editors) -----------------------------------------------------------------------
@contextmanager
def writer() -> Iterator[Store]:
    """A writable store for one change an editor makes. Every write of the web app goes through
    here, so how a change is made durable and visible to every server process is decided in
    one place."""
    yield _store()


def import_report(report) -> int:
    """Load a validated import (``importers.prepare``); returns the new batch id."""
    from analytics.ingest import importers

    with writer() as store:
        return importers.commit(store, report)


def active_duplicate(report) -> int | None:
    """The active batch that already holds this file's content, if any."""
    from analytics.ingest import importers

    return importers.active_duplicate(_store(), report)


def rollback_batch(batch_id: int) -> None:
    with writer() as store:
        store.rollback_batch(int(batch_id))


def save_rates(frame: pd.DataFrame) -> int:
    from analytics import rates

    with writer() as store:
        return rates.save_rates(store, frame)


def save_followups(adds: Sequence[dict] = (), updates: Sequence[tuple[int, dict]] = (), *, by: str) -> dict:
    """Add and change follow-ups in one transaction (raises followups.FollowupError)."""
    from analytics import followups

    with writer() as store:
        return followups.write_changes(store, adds=adds, updates=updates, by=by)


def adopt_followups(province_code: str, meeting, picked: Sequence[dict], *, by: str) -> list[int]:
    """The brief's drafted items the meeting agreed on, into the register with the meeting's date."""
    from analytics import followups

    with writer() as store:
        return followups.adopt(store, province_code, meeting, picked, by=by)


def import_followups(report, *, by: str) -> dict:
    """Write a checked follow-up file (``ingest.followups.prepare``), all or nothing."""
    from analytics.ingest import followups as followup_import

    with writer() as store:
        return followup_import.commit(store, report, by=by)


# --- SQL explorer -------------------------------------------------------------------------------
@st.cache_data(show_spinner=False, max_entries=64, ttl=3600)
def _explore_cached(query: str, max_rows: int, version: int, path: str):
    from analytics.explorer.readonly import explorer_for

    return explorer_for(_store()).run(query, max_rows=max_rows)


def explore(query: str, max_rows: int | None = None):
    """Run an analyst's query on the read-only explorer copy (cached per data version).
    Raises ``explorer.readonly.QueryRefused`` with the reason; refusals are never cached."""
    from analytics.explorer.readonly import DEFAULT_MAX_ROWS

    store = _store()
    return _explore_cached(query, max_rows or DEFAULT_MAX_ROWS, store.data_version(), str(store.path))


def explorer_schema() -> pd.DataFrame:
    """table_name, column_name, data_type of every relation the explorer offers."""
    from analytics.explorer.readonly import explorer_for

    return explorer_for(_store()).schema()
