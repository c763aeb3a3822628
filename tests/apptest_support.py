"""Running one page under ``streamlit.testing.v1.AppTest`` through the real entry point,
``dashboard.py`` (its frame: language, roles, navigation, share link), against a chosen database."""

from __future__ import annotations

from pathlib import Path

from streamlit.runtime import pages_manager
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]

_pages_manager_init = pages_manager.PagesManager.__init__


def _served_pages_mode(self, *args, **kwargs):
    # AppTest resets PagesManager.uses_pages_directory before every run, and with a pages/
    # directory Streamlit then takes its old multipage mode and runs the page without
    # dashboard.py. A served app leaves that mode for good at its first st.navigation call
    # (web.frame.require_dashboard_frame handles that first request; a browser test proves
    # it), so page tests start where every later request of a served app is.
    _pages_manager_init(self, *args, **kwargs)
    pages_manager.PagesManager.uses_pages_directory = False


pages_manager.PagesManager.__init__ = _served_pages_mode


def page_test(page: str, *, lang: str | None = None, params: dict | None = None,
              timeout: float = 60) -> AppTest:
    """An AppTest of ``dashboard.py`` switched to ``pages/<page>.py``.

    The database comes from JAMSOSTEK_DB, which the calling test sets with monkeypatch."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=timeout)
    if lang:
        at.query_params["lang"] = lang
    for key, value in (params or {}).items():
        at.query_params[key] = value
    # URL paths equal the page file names (README "Pages"), so the page is known before a run
    at.switch_page(f"pages/{page}.py")
    return at


def errors_of(at: AppTest) -> list[str]:
    """Exception boxes and st.error messages on the page, as text."""
    return [str(e.value) for e in at.exception] + [str(e.value) for e in at.error]


def shown(element):
    """What a reader sees in an ``st.dataframe``: each cell's display text (the presentation
    layer's Styler), or the values as text for a table without one. Column names are the
    frame's; ``element.value`` keeps the values underneath."""
    from streamlit import dataframe_util

    display = element.proto.arrow_data.styler.display_values
    if display:
        return dataframe_util.convert_arrow_bytes_to_pandas_df(display)
    return element.value.astype(str)
