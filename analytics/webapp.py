"""Streamlit glue shared by the pages: the store, cached queries, language, URL state, marks.

Pages call these instead of touching DuckDB, files or session internals themselves.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any, NoReturn
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from analytics import bootstrap, config, exports, i18n
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


_FRAME_KEY = "_dashboard_frame"


def mark_dashboard_frame() -> None:
    """Called by dashboard.py (and the page test wrapper) on every run."""
    st.session_state[_FRAME_KEY] = True


def require_dashboard_frame() -> None:
    """Every page calls this first. Because the views live in ``pages/``, Streamlit runs the
    very first request after a server start in its old multipage mode when the URL names a
    page whose file has the same name (e.g. /data): the page script runs bare, without
    dashboard.py's navigation, language and layout. Such a run is restarted once, and from
    then on dashboard.py frames every page."""
    if not st.session_state.get(_FRAME_KEY):
        from streamlit.runtime.pages_manager import PagesManager

        # What st.navigation itself does; the old mode only re-reads this flag per run.
        PagesManager.uses_pages_directory = False
        st.session_state[_FRAME_KEY] = True  # never loop, even if the frame failed
        st.rerun()


def metric_row():
    """A row for ``st.metric`` cards that wraps instead of cutting text. In ``st.columns`` a card
    narrower than its text shows "Rp 852.880.…" or "Kab/kota dengan Perbup/P…" (1280-1400 px
    screens, English labels); here every card keeps its text and the row continues below."""
    return st.container(horizontal=True, gap="medium")


class PageEnded(Exception):
    """Raised by ``end_page``; ``run_page`` catches it."""


def end_page() -> NoReturn:
    """End the page here, as ``st.stop()`` would, but let the dashboard frame finish its run.
    After ``st.stop()`` nothing more is drawn, so the share link drawn after the page would
    keep the previous run's URL parameters (a map page without an open region ends early)."""
    raise PageEnded


def run_page(page, link_box) -> None:
    """Run the chosen page between two fills of the share link: before (a page that fails
    still has its link) and after (with the URL parameters the page set during this run)."""
    share_link(link_box)
    try:
        page.run()
    except PageEnded:
        pass
    share_link(link_box)


def _choose_language(code: str) -> None:
    if code == i18n.DEFAULT_LANGUAGE:
        if "lang" in st.query_params:
            del st.query_params["lang"]
    else:
        st.query_params["lang"] = code


def setup_language() -> str:
    """Language from the URL (?lang=en); Indonesian by default. The sidebar switch is a pair
    of buttons whose callbacks set the URL before the rerun: a radio switch lost its state on
    the root page's rerun (its widget was re-created), so the URL is the only state here."""
    current = st.query_params.get("lang", i18n.DEFAULT_LANGUAGE)
    if current not in i18n.LANGUAGES:
        current = i18n.DEFAULT_LANGUAGE
    i18n.set_language(current)
    labels = {"id": "Bahasa Indonesia", "en": "English"}
    st.sidebar.caption(t("lang.label"))
    # one row that wraps rather than columns, which cut the label to "Bahasa Indo…"
    row = st.sidebar.container(horizontal=True, gap="small")
    for code in i18n.LANGUAGES:
        row.button(labels[code], key=f"lang_{code}", on_click=_choose_language, args=(code,),
                   type="primary" if code == current else "secondary", disabled=code == current)
    return current


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


def parse_iso_date(text: str | None):
    """A YYYY-MM-DD URL value as a date; None when absent or malformed (links get edited)."""
    import datetime as dt

    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def set_params(**values: object) -> None:
    """Write filters to the URL so a link reopens the same view (None removes a key)."""
    for key, value in values.items():
        if value is None or value == "":
            if key in st.query_params:
                del st.query_params[key]
        elif st.query_params.get(key) != str(value):
            st.query_params[key] = str(value)


# --- downloads ----------------------------------------------------------------------------
# Pure export code lives in analytics/exports.py; re-exported here for the pages.
neutralise_formulas = exports.neutralise_formulas
csv_bytes = exports.csv_bytes
xlsx_bytes = exports.xlsx_bytes
chart_html = exports.chart_html


def download_table(frame: pd.DataFrame, file_stem: str, key: str, demo: bool | None = None) -> None:
    """CSV and XLSX downloads for a table, marked demo when demo data is active. The XLSX is
    built only when clicked (a callable), so reruns do not pay for it."""
    demo = has_demo_data() if demo is None else demo
    row = download_row()
    row.download_button(t("common.download_csv"), csv_bytes(frame, demo),
                        file_name=exports.file_name(file_stem, "csv", demo),
                        mime="text/csv", key=key, icon=":material/download:", on_click="ignore")
    snapshot = frame.copy()
    row.download_button(t("common.download_xlsx"), lambda: xlsx_bytes(snapshot, demo),
                        file_name=exports.file_name(file_stem, "xlsx", demo),
                        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        key=f"{key}_xlsx", icon=":material/download:", on_click="ignore")


def download_row():
    """Download buttons side by side at their own width: in ``st.columns`` they were cut to
    "Download C…" / "HT…" on a 1280 px screen (and a row is one element, columns several)."""
    return st.container(horizontal=True, gap="small")


# --- URL ----------------------------------------------------------------------------------------
def current_link() -> str | None:
    """The full address of the current view (page path and every URL parameter), or None
    outside a browser session."""
    base = st.context.url
    if not base:
        return None
    params = st.query_params.to_dict()
    return base + ("?" + urlencode(params) if params else "")


def share_link(box=None) -> None:
    """A link that reopens the current page with its filters, in ``box`` (an ``st.empty()``;
    re-filling it replaces the link) or at the end of the sidebar. Written as a markdown link
    (right-click, copy), not ``st.code``: the code block's syntax highlighter cost every page
    load ~0.7 s of browser time on this machine (benchmarks/bench_map.py)."""
    link = current_link()
    if not link:
        return
    target = box if box is not None else st.sidebar
    # one element, label and link: every element drawn costs the first paint of every page
    target.caption(f"{t('share.label')}  \n{link_markdown(link)}", help=t("share.help"))


def link_markdown(link: str) -> str:
    """A markdown link showing its own address in code style. Characters that would end the
    link or the code span are percent-encoded (the address stays the same to a browser)."""
    safe = link
    for char, code in (("`", "%60"), ("(", "%28"), (")", "%29"), ("[", "%5B"), ("]", "%5D"),
                       ("<", "%3C"), (">", "%3E"), (" ", "%20"), ("\\", "%5C")):
        safe = safe.replace(char, code)
    return f"[`{safe}`]({safe})"


# --- SQL explorer -------------------------------------------------------------------------------
class _ResultCache:
    """Explorer results shared by all sessions, least recently used first out, bounded in bytes
    (a result may hold up to 64 MB: a count of entries alone would not bound memory)."""

    def __init__(self, max_bytes: int, max_entry_bytes: int):
        from collections import OrderedDict

        self.max_bytes, self.max_entry_bytes = max_bytes, max_entry_bytes
        self._entries: OrderedDict = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            self._entries.move_to_end(key)
            return entry[0]

    def put(self, key, value, size: int) -> None:
        if size > self.max_entry_bytes:
            return  # a big result is not kept: rerunning it is cheaper than holding it
        with self._lock:
            if key in self._entries:
                self._size -= self._entries.pop(key)[1]
            self._entries[key] = (value, size)
            self._size += size
            while self._size > self.max_bytes:
                self._size -= self._entries.popitem(last=False)[1][1]

    @property
    def size(self) -> int:
        return self._size


_explore_results = _ResultCache(max_bytes=96 * 2**20, max_entry_bytes=16 * 2**20)


def explore(query: str, max_rows: int | None = None):
    """Run an analyst's query in an explorer worker (results cached per data version).
    Raises ``sql_readonly.QueryRefused`` with the reason; refusals are never cached."""
    from analytics.sql_readonly import DEFAULT_MAX_ROWS, QueryResult, explorer_for

    store = get_store()
    key = (query, max_rows or DEFAULT_MAX_ROWS, store.data_version(), str(store.path))
    result = _explore_results.get(key)
    if result is None:
        result = explorer_for(store).run(query, max_rows=key[1])
        _explore_results.put(key, result, int(result.frame.memory_usage(index=True, deep=True).sum()))
    # a copy (copy-on-write: nothing is duplicated unless the page changes it)
    return QueryResult(result.frame.copy(deep=False), result.truncated, result.elapsed_s)


def explorer_schema() -> pd.DataFrame:
    """table_name, column_name, data_type of every relation the explorer offers."""
    from analytics.sql_readonly import explorer_for

    return explorer_for(get_store()).schema()


# --- roles ----------------------------------------------------------------------------------
def can_edit() -> bool:
    """Whether this session may import, roll back and edit rates or criteria.

    Open by default for a single-user local run; see README "Roles" for restricting it."""
    from analytics import roles

    return roles.session_can_edit()


# --- charts ----------------------------------------------------------------------------------
def localise_figure(fig):
    """Indonesian separators (1.234.567,8) in Indonesian mode; English ones otherwise."""
    fig.update_layout(separators=",." if i18n.language() == "id" else ".,")
    return fig


def show_chart(fig, file_stem: str, key: str, *, data: pd.DataFrame | None = None, **plotly_kwargs):
    """Draw a Plotly chart with its downloads: HTML, PNG and SVG (rendered by kaleido only when
    clicked) and, with ``data``, the table behind it as CSV.

    Returns what ``st.plotly_chart`` returns (the selection when ``on_select`` is given)."""
    demo = has_demo_data()
    # Plotly's separators: decimal mark then thousands mark (Indonesian 1.234,5).
    fig.update_layout(separators=",." if i18n.language() == "id" else ".,")
    if demo and not any("DEMO" in (a.text or "") for a in fig.layout.annotations):
        fig.add_annotation(text="DEMO", xref="paper", yref="paper", x=1, y=1.02, showarrow=False,
                           xanchor="right", yanchor="bottom", font={"color": "#b45309", "size": 11})
    localise_figure(fig)
    event = st.plotly_chart(fig, key=key, **plotly_kwargs)
    row = download_row()
    row.download_button("HTML", lambda: chart_html(fig), file_name=exports.file_name(file_stem, "html", demo),
                        mime="text/html", key=f"{key}_html", icon=":material/download:", on_click="ignore")
    if exports.image_export_available():
        for fmt, mime in (("png", "image/png"), ("svg", "image/svg+xml")):
            row.download_button(t(f"download.{fmt}"), _image_maker(fig, fmt),
                                file_name=exports.file_name(file_stem, fmt, demo), mime=mime,
                                key=f"{key}_{fmt}", icon=":material/image:", on_click="ignore")
    if data is not None:
        row.download_button("CSV", csv_bytes(data, demo), file_name=exports.file_name(file_stem, "csv", demo),
                            mime="text/csv", key=f"{key}_csv", icon=":material/download:", on_click="ignore")
    return event


def _image_maker(fig, fmt: str):
    snapshot = fig.to_dict()

    def make() -> bytes:
        import plotly.graph_objects as go

        return exports.chart_image(go.Figure(snapshot), fmt)

    return make
