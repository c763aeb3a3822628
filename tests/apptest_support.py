"""Running one page under ``streamlit.testing.v1.AppTest`` against a chosen database."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]


def page_test(page: str, *, lang: str | None = None, params: dict | None = None,
              timeout: float = 60) -> AppTest:
    """An AppTest of ``pages/<page>.py`` wrapped like dashboard.py does (language set up first).

    The database comes from JAMSOSTEK_DB, which the calling test sets with monkeypatch."""
    script = f"""
import runpy, streamlit as st
from analytics.webapp import PageEnded, setup_language, get_store, mark_dashboard_frame
mark_dashboard_frame()
setup_language()
get_store()
try:
    runpy.run_path({str(ROOT / 'pages' / (page + '.py'))!r}, run_name="__main__")
except PageEnded:
    pass
"""
    at = AppTest.from_string(script, default_timeout=timeout)
    if lang:
        at.query_params["lang"] = lang
    for key, value in (params or {}).items():
        at.query_params[key] = value
    return at


def errors_of(at: AppTest) -> list[str]:
    """Exception boxes and st.error messages on the page, as text."""
    return [str(e.value) for e in at.exception] + [str(e.value) for e in at.error]
