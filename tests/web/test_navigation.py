"""The page list: files exist, URL paths are unique, and every page asks for the dashboard frame."""

from __future__ import annotations

from analytics.web.navigation import PAGES
from tests.conftest import ROOT


def test_pages_exist_and_paths_are_unique():
    assert len({p.url_path for p in PAGES}) == len(PAGES)
    assert sum(p.default for p in PAGES) == 1
    for entry in PAGES:
        assert (ROOT / entry.file).is_file(), entry.file


def test_every_page_requires_the_dashboard_frame():
    # Without it, the first request after a server start may run the page bare (see
    # web.frame.require_dashboard_frame); tests/browser/test_core_pages.py proves the effect.
    missing = [p.file for p in PAGES if "require_dashboard_frame()" not in (ROOT / p.file).read_text()]
    assert not missing, missing


def test_pages_end_early_with_end_page_not_st_stop():
    # after st.stop() nothing more is drawn: the frame's share link, filled after the page, would
    # be missing (web.frame.end_page ends a page and lets the frame finish)
    stopping = [p.file for p in PAGES if "st.stop()" in (ROOT / p.file).read_text()]
    assert not stopping, stopping


def test_page_sections_are_built_once_per_language_and_handed_out_fresh():
    from streamlit.testing.v1 import AppTest

    def app():
        import streamlit as st

        from analytics.web import navigation
        from tests.conftest import ROOT

        # languages of this test's own (the dashboard's runs in this process keep "id" and "en")
        first = navigation.page_sections(ROOT, lambda key: "ID " + key, "test-id")
        again = navigation.page_sections(ROOT, lambda key: "not asked again", "test-id")
        english = navigation.page_sections(ROOT, lambda key: "EN " + key, "test-en")
        pages = [p for ps in first.values() for p in ps]
        pages_again = [p for ps in again.values() for p in ps]
        st.text(" | ".join(str(x) for x in (
            len(pages), len({id(p) for p in pages} & {id(p) for p in pages_again}), sorted(first), sorted(english),
            pages[0].title, pages_again[0].url_path, any(p._can_be_called for p in pages_again))))
        st.navigation(again).run()  # a fresh copy runs as st.Page does (sets its own flags)

    at = AppTest.from_function(app, default_timeout=30).run()
    assert not at.exception
    shown = at.text[0].value
    assert shown.startswith(f"{len(PAGES)} | 0 | ")  # every page, no object shared between two calls
    assert "ID nav.group.main" in shown and "EN nav.group.admin" in shown
    assert "ID nav.overview" in shown and "overview" in shown and shown.endswith("False")
