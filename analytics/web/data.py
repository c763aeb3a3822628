"""The pages' one way to the data: named queries cached by data version, the SQL explorer, and
the writes an editor makes. Pages call these and never open the store themselves."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from contextlib import contextmanager
from typing import Any

import pandas as pd
import streamlit as st

from analytics import config, followups, lifecycle, rates, snapshots
from analytics.explorer.cache import ResultCache, release_memory_later
from analytics.explorer.readonly import DEFAULT_MAX_ROWS, QueryResult, explorer_for
from analytics.i18n import fmt_datetime, t
from analytics.ingest import importers
from analytics.ingest import followups as followup_import
from analytics.queries import sql
from analytics.store import Store, StoreError  # noqa: F401 (StoreError: for pages)
from analytics.web import roles
from analytics.web.run_memo import forget, per_run
from analytics.web.views import ViewCache, frozen_params

_init_lock = threading.Lock()
_RUN_STATE = "_dataset_state"  # the snapshot this script run reads (pinned at its start)
_checked_paths: set[str] = set()  # datasets this process has brought in line with its code


DEMO_PARAM = "data"  # ?data=demo opens the separate demo dataset


def demo_chosen() -> bool:
    return st.query_params.get(DEMO_PARAM) == "demo"


def _dataset_path() -> Path:
    # asked by every query and view of a run (30 times on the tracker): once per run
    return per_run(_PATH_MEMO, lambda: config.demo_db_path() if demo_chosen() else config.db_path())


_PATH_MEMO = "dataset_path"


def dataset_choice_changed() -> None:
    """The URL's ``data`` was just changed in this run (the demo switch's callback)."""
    forget(_PATH_MEMO)


def _ensure_published(path: Path) -> None:
    """First start: create the dataset. Code newer than the published snapshot (a migration or
    a changed view): republish it. Once per process and dataset; other processes queue on the
    writer lock and find the work done."""
    key = str(path)
    if key in _checked_paths:
        return
    with _init_lock:
        if key in _checked_paths:
            return
        if snapshots.published(path):
            lifecycle.bring_in_line(path, who="dashboard")
        else:
            demo = path == config.demo_db_path() and path != config.db_path()
            with st.spinner(t("app.demo_start") if demo else t("app.first_start")):
                bar = st.progress(0.0, text=t("app.reference_download"))

                def progress(label: str, done: int, total: int) -> None:
                    bar.progress(min(done / total, 1.0) if total else 1.0, text=f"{label}")

                result = lifecycle.create(path, who="dashboard (first start)", demo=demo, progress=progress)
                bar.empty()
                for warning in result.warnings:
                    st.warning(t("refdata.missing", reason=warning))
        _checked_paths.add(key)


def _state() -> snapshots.ReadState:
    pinned = st.session_state.get(_RUN_STATE)
    if pinned is not None and pinned.store.path == _dataset_path():
        return pinned
    return _fresh_state()


def _fresh_state() -> snapshots.ReadState:
    path = _dataset_path()
    _ensure_published(path)
    return snapshots.reader(path).state()


def _store() -> Store:
    return _state().store


def open_dataset() -> None:
    """Called by the dashboard frame at the start of every run: pins the newest published
    snapshot for the run (every query of one page view reads the same snapshot; a snapshot
    published meanwhile shows from the next run on) and tells users when the dataset file was
    damaged and an older snapshot is shown. A dataset that cannot be read at all ends the
    page with the reason, never a traceback."""
    try:
        state = _fresh_state()
    except snapshots.DatasetError as exc:
        st.session_state.pop(_RUN_STATE, None)
        st.error(t("dataset.unreadable", reason=str(exc)), icon=":material/error:")
        st.stop()
    st.session_state[_RUN_STATE] = state
    if state.problem:
        st.warning(t("dataset.fallback", file=_dataset_path().name, damage=t(f"dataset.damage.{state.damage}"),
                     snapshot=state.snapshot_id, published=fmt_datetime(state.published_at)),
                   icon=":material/history:")


def data_version() -> int:
    return _store().data_version()


# Named queries' results per (query, parameters, data version, dataset) in this process, in the
# views' cache (analytics/web/views.py): one run per key however many sessions ask at once, and
# copy-on-write copies to callers. st.cache_data kept them pickled and unpickled every result on
# every call: 1-3 ms a query, a fifth of a map view's CPU.
_queries = ViewCache(max_entries=512)


def run_query(name: str, params: Sequence[Any] | dict[str, Any] = ()) -> pd.DataFrame:
    """A named query's result, cached until the data changes (an import bumps the version).
    ``params`` is a list for ``?`` placeholders or a dict for ``$name`` ones. Library functions
    take this as their ``query`` argument, as the CLI passes a direct one."""
    store = _store()
    named = isinstance(params, dict)
    values = dict(params) if named else list(params)
    key = (name, frozen_params(values), store.data_version(), str(store.path))
    # the store is not part of the key: the version and the path say which snapshot it is
    return _queries.get_or_build(key, lambda: store.query_df(sql(name), values)).copy(deep=False)


def clear_queries() -> None:
    _queries.clear()


# per (data version, dataset): asked by every chart and table, so kept as a bool rather than as a
# query's frame copied out on every call
_demo_flags = ViewCache(max_entries=64)


def has_demo_data() -> bool:
    return _demo_flags.get_or_build(cache_key(), lambda: bool(run_query("active_demo_batches").iloc[0, 0]))


def cache_key() -> tuple[int, str]:
    """(data version, dataset): what a whole view's key holds of the data (analytics/web/views.py)."""
    store = _store()
    return store.data_version(), str(store.path)


# --- writes (editors) -----------------------------------------------------------------------
@contextmanager
def writer(what: str) -> Iterator[Store]:
    """A writable copy of the dataset for one change an editor makes (``what`` says which, for
    the snapshot history); published for every server process when the block ends, discarded
    on an error. Waits up to a minute for another writer (an import from the CLI, say)."""
    def waiting(holder) -> None:
        st.toast(t("dataset.waiting", holder=holder.describe() if holder else "?"), icon=":material/hourglass_top:")

    def published(snapshot_id: int) -> None:
        # this session's next run (and every query after it) reads the new snapshot
        st.session_state.pop(_RUN_STATE, None)

    try:
        with lifecycle.writing(_dataset_path(), who=roles.who(), what=what, timeout_s=60.0, on_wait=waiting,
                               on_published=published) as store:
            yield store
    except snapshots.DatasetError as exc:  # busy past the wait, or the dataset unreadable
        raise StoreError(t("dataset.busy", reason=str(exc))) from exc


def import_report(report) -> int:
    """Load a validated import (``importers.prepare``); returns the new batch id."""
    with writer(f"import {report.dataset} {report.file_name}") as store:
        batch = importers.commit(store, report)
    return batch


def active_duplicate(report) -> int | None:
    """The active batch that already holds this file's content, if any."""
    return importers.active_duplicate(_store(), report)


def rollback_batch(batch_id: int) -> None:
    with writer(f"rollback of batch {int(batch_id)}") as store:
        store.rollback_batch(int(batch_id))


def save_rates(frame: pd.DataFrame) -> int:
    with writer("contribution rates edited") as store:
        n = rates.save_rates(store, frame)
    return n


def save_followups(adds: Sequence[dict] = (), updates: Sequence[tuple[int, dict]] = (), *, by: str) -> dict:
    """Add and change follow-ups in one transaction (raises followups.FollowupError)."""
    what = "follow-ups: " + ", ".join(filter(None, [f"{len(adds)} added" if adds else "",
                                                     f"{len(updates)} changed" if updates else ""]))
    with writer(what) as store:
        return followups.write_changes(store, adds=adds, updates=updates, by=by)


def adopt_followups(province_code: str, meeting, picked: Sequence[dict], *, by: str) -> list[int]:
    """The brief's drafted items the meeting agreed on, into the register with the meeting's date."""
    with writer(f"follow-ups adopted from the brief of {province_code} on {meeting}") as store:
        return followups.adopt(store, province_code, meeting, picked, by=by)


def import_followups(report, *, by: str) -> dict:
    """Write a checked follow-up file (``ingest.followups.prepare``), all or nothing."""
    with writer(f"follow-ups imported from {report.file_name}") as store:
        return followup_import.commit(store, report, by=by)


# --- SQL explorer -------------------------------------------------------------------------------
# results kept for all sessions: a few small ones (a big one is cheaper to rerun than to hold)
_explore_results = ResultCache(max_bytes=48 * 2**20, max_entry_bytes=8 * 2**20)


def explore(query: str, max_rows: int | None = None):
    """Run an analyst's query in an explorer worker (results cached per data version).
    Raises ``explorer.readonly.QueryRefused`` with the reason; refusals are never cached."""
    store = _store()
    key = (query, max_rows or DEFAULT_MAX_ROWS, store.data_version(), str(store.path))
    result = _explore_results.get(key)
    if result is None:
        result = explorer_for(store).run(query, max_rows=key[1])
        size = int(result.frame.memory_usage(index=True, deep=True).sum())
        _explore_results.put(key, result, size)
        release_memory_later(size)  # once the sessions showing it are gone
    # a copy (copy-on-write: nothing is duplicated unless the page changes it)
    return QueryResult(result.frame.copy(deep=False), result.truncated, result.elapsed_s, result.cut)


def explorer_queries():
    """Explorer queries too long for a link, by short id, beside the dataset's file (shared by
    every server process and machine that serves it; analytics/explorer/links.py)."""
    from analytics.explorer.links import QueryStore, store_dir

    return QueryStore(store_dir(config.db_path()))


def explorer_schema() -> pd.DataFrame:
    """table_name, column_name, data_type of every relation the explorer offers."""
    return explorer_for(_store()).schema()
