"""Streamlit glue shared by the pages: the store, cached queries, language, URL state, marks.

Pages call these instead of touching DuckDB, files or session internals themselves.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from typing import Any

import pandas as pd
import streamlit as st

from analytics import bootstrap, config, i18n
from analytics.i18n import t
from analytics.queries import sql
from analytics.store import Store, open_store

_init_lock = threading.Lock()


def get_store() -> Store:
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


def data_version() -> int:
    return get_store().data_version()


@st.cache_data(show_spinner=False, max_entries=512)
def _cached_query(name: str, params: tuple, named: bool, version: int, path: str) -> pd.DataFrame:
    return get_store().query_df(sql(name), dict(params) if named else list(params))


def run_query(name: str, params: Sequence[Any] | dict[str, Any] = ()) -> pd.DataFrame:
    """A named query's result, cached until the data changes (an import bumps the version).
    ``params`` is a list for ``?`` placeholders or a dict for ``$name`` ones."""
    store = get_store()
    named = isinstance(params, dict)
    key = tuple(sorted(params.items())) if named else tuple(params)
    return _cached_query(name, key, named, store.data_version(), str(store.path)).copy()


def setup_language() -> str:
    """Language from the URL (?lang=en) or the sidebar switch; Indonesian by default."""
    current = st.query_params.get("lang", i18n.DEFAULT_LANGUAGE)
    if current not in i18n.LANGUAGES:
        current = i18n.DEFAULT_LANGUAGE
    i18n.set_language(current)
    labels = {"id": "Bahasa Indonesia", "en": "English"}
    chosen = st.sidebar.radio(
        t("lang.label"), list(i18n.LANGUAGES), index=i18n.LANGUAGES.index(current),
        format_func=labels.get, horizontal=True, key="ui_language",
    )
    if chosen != current:
        if chosen == i18n.DEFAULT_LANGUAGE:
            del st.query_params["lang"]
        else:
            st.query_params["lang"] = chosen
        i18n.set_language(chosen)
        st.rerun()
    return chosen


def has_demo_data() -> bool:
    return bool(run_query("active_demo_batches").iloc[0, 0])


def demo_notice() -> None:
    """The demo mark every page shows while demo data is active."""
    if has_demo_data():
        st.warning(t("demo.banner"), icon=":material/science:")


# --- URL state ----------------------------------------------------------------------------
def param(key: str, default: str | None = None, choices: Sequence[str] | None = None) -> str | None:
    """A filter value from the URL; values not among ``choices`` fall back to the default."""
    value = st.query_params.get(key, default)
    if choices is not None and value not in choices:
        return default
    return value


def set_params(**values: object) -> None:
    """Write filters to the URL so a link reopens the same view (None removes a key)."""
    for key, value in values.items():
        if value is None or value == "":
            if key in st.query_params:
                del st.query_params[key]
        elif st.query_params.get(key) != str(value):
            st.query_params[key] = str(value)


# --- downloads ----------------------------------------------------------------------------
def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """Cells starting with = + - @ are prefixed with ' so spreadsheets show them as text."""
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(
                lambda v: "'" + v if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r") else v
            )
    return out


def csv_bytes(frame: pd.DataFrame, demo: bool = False) -> bytes:
    buf = io.StringIO()
    if demo:
        buf.write("# DEMO DATA - not official figures\n")
    neutralise_formulas(frame).to_csv(buf, index=False)
    return buf.getvalue().encode("utf-8-sig")


def download_table(frame: pd.DataFrame, file_stem: str, key: str, demo: bool | None = None) -> None:
    """CSV download for a table, marked demo when demo data is active."""
    demo = has_demo_data() if demo is None else demo
    name = f"{file_stem}{'_DEMO' if demo else ''}.csv"
    st.download_button(t("common.download_csv"), csv_bytes(frame, demo), file_name=name,
                       mime="text/csv", key=key, icon=":material/download:")


# --- roles ----------------------------------------------------------------------------------
def can_edit() -> bool:
    """Whether this session may import, roll back and edit rates or criteria.

    Open by default for a single-user local run; see README "Roles" for restricting it."""
    from analytics import roles

    return roles.session_can_edit()


# --- charts ----------------------------------------------------------------------------------
def chart_html(fig) -> bytes:
    """A chart as a self-contained HTML file (plotly.js embedded: opens offline)."""
    return fig.to_html(include_plotlyjs=True, full_html=True).encode("utf-8")


def show_chart(fig, file_stem: str, key: str, *, data: pd.DataFrame | None = None, **plotly_kwargs):
    """Draw a Plotly chart with its downloads (HTML now; the explorer work adds PNG/SVG here).

    Returns what ``st.plotly_chart`` returns (the selection when ``on_select`` is given).
    ``data``: the table behind the chart, offered as CSV beside it."""
    demo = has_demo_data()
    if demo and not any("DEMO" in (a.text or "") for a in fig.layout.annotations):
        fig.add_annotation(text="DEMO", xref="paper", yref="paper", x=1, y=1.02, showarrow=False,
                           xanchor="right", yanchor="bottom", font={"color": "#b45309", "size": 11})
    event = st.plotly_chart(fig, key=key, **plotly_kwargs)
    suffix = "_DEMO" if demo else ""
    cols = st.columns([1, 1, 6])
    cols[0].download_button("HTML", chart_html(fig), file_name=f"{file_stem}{suffix}.html",
                            mime="text/html", key=f"{key}_html", icon=":material/download:")
    if data is not None:
        cols[1].download_button("CSV", csv_bytes(data, demo), file_name=f"{file_stem}{suffix}.csv",
                                mime="text/csv", key=f"{key}_csv", icon=":material/download:")
    return event
