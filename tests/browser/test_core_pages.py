"""Every core page opens in Chromium without an exception box and with its charts drawn."""

from __future__ import annotations

import pytest

from tests.browser.harness import assert_page_healthy, cut_off_texts, page_url, screenshot, wait_for_app


@pytest.mark.parametrize("path,min_charts", [("", 2), ("data", 0)])
def test_page_renders(page, app_url, path, min_charts):
    page.goto(page_url(app_url, path))
    wait_for_app(page)
    assert_page_healthy(page, min_charts=min_charts)
    screenshot(page, f"core_{path or 'overview'}")


def test_language_switch_to_english(page, app_url):
    page.goto(page_url(app_url, ""))
    wait_for_app(page)
    page.get_by_text("English", exact=True).click()
    wait_for_app(page)
    assert "lang=en" in page.url
    assert_page_healthy(page, min_charts=2)
    assert page.get_by_text("Overview", exact=False).count() > 0
    screenshot(page, "core_overview_en")


@pytest.mark.parametrize("path,params,title", [
    ("data", None, "Data & impor"),
    ("regulations", {"reg_province": "62", "reg_as_of": "2021-11-15"}, None),
])
def test_first_request_after_server_start_is_framed(chromium, app_db, tmp_path, path, params, title):
    """A fresh server whose first visitor opens a shared link to a page directly gets that
    page with the dashboard's navigation, language switch and URL filters, and no
    "Page not found" dialog (URL paths equal the pages/ file names; see
    web.frame.require_dashboard_frame)."""
    import shutil

    from tests.browser.harness import StreamlitServer

    db = tmp_path / "fresh.duckdb"
    shutil.copy(app_db, db)
    server = StreamlitServer(db)
    try:
        server.wait_ready()
        context = chromium.new_context(viewport={"width": 1400, "height": 900})
        page = context.new_page()
        page.goto(page_url(server.url, path, params))
        wait_for_app(page)
        assert_page_healthy(page)
        nav = page.locator('[data-testid="stSidebarNav"]').inner_text()
        assert "Ringkasan" in nav and "overview" not in nav and "explorer" not in nav, nav
        assert page.get_by_text("English", exact=True).count() == 1
        if title:
            assert page.locator("h1").first.inner_text() == title
        for key, value in (params or {}).items():
            assert f"{key}={value}" in page.url
        screenshot(page, f"core_first_request_{path}")
        context.close()
    finally:
        server.stop()


@pytest.mark.parametrize("lang,width", [("id", 1280), ("en", 1280)])
def test_no_figure_or_button_is_cut_off(page, app_url, lang, width):
    """Every page shows its metric cards and buttons whole on a 1280 px screen, in both
    languages (cards in st.columns cut "Rp 852.880.…" and "Regencies/cities with a regul…")."""
    from analytics.web.navigation import PAGES

    page.set_viewport_size({"width": width, "height": 900})
    page.goto(page_url(app_url, ""))
    wait_for_app(page)
    cut = {}
    for entry in PAGES:
        page.goto(page_url(app_url, "" if entry.default else entry.url_path, {"lang": lang}))
        wait_for_app(page, timeout=120)
        if texts := cut_off_texts(page):
            cut[entry.url_path] = texts
            screenshot(page, f"cut_off_{entry.url_path}_{lang}")
    assert not cut, cut
