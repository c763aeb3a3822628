"""Every core page opens in Chromium without an exception box and with its charts drawn."""

from __future__ import annotations

import pytest

from tests.browser.harness import assert_page_healthy, page_url, screenshot, wait_for_app


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
