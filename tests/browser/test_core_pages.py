"""The dashboard's frame in Chromium: the language switch, and a fresh server's first request
for a page opened from a shared link. (Every page opening healthy in both languages, its charts
drawn and nothing cut off at 1280 px, is checked in test_reader_text's walk.)"""

from __future__ import annotations

import pytest

from tests.browser.harness import assert_page_healthy, page_url, screenshot, wait_for_app


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
