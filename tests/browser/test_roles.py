"""Roles in Chromium: the editor link's token makes that browser an editor through a cookie and
leaves the address; without it (or with a wrong one) a browser on this very machine views only;
a page opened under a foreign host name that resolves to 127.0.0.1 (DNS rebinding) is refused."""

from __future__ import annotations

from urllib.parse import urlparse

from tests.browser.harness import (
    CHROMIUM, CHROMIUM_FLAGS, TEST_EDITOR_TOKEN, assert_page_healthy, page_url, share_link, wait_for_app,
)

UPLOADER = '[data-testid="stFileUploader"]'


def test_editing_only_with_the_token_then_by_cookie(chromium, app_url):
    context = chromium.new_context(editor=False, viewport={"width": 1280, "height": 900}, locale="id-ID")
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        page.goto(page_url(app_url, "data"))
        wait_for_app(page)
        assert_page_healthy(page)
        assert page.locator(UPLOADER).count() == 0  # 127.0.0.1 alone no longer makes an editor

        page.goto(page_url(app_url, "data", {"token": "tebakan-salah"}))
        wait_for_app(page)
        assert page.locator(UPLOADER).count() == 0
        assert page.get_by_text("Token editor pada tautan tidak berlaku").count() == 1
        assert "token" not in page.url

        page.goto(page_url(app_url, "data", {"token": TEST_EDITOR_TOKEN, "lang": "id"}))
        wait_for_app(page)
        assert page.locator(UPLOADER).count() == 1
        assert "token" not in page.url and TEST_EDITOR_TOKEN not in share_link(page)
        cookies = {c["name"]: c for c in context.cookies()}
        assert "jamsostek_editor" in cookies and TEST_EDITOR_TOKEN not in cookies["jamsostek_editor"]["value"]
        assert cookies["jamsostek_editor"]["sameSite"] == "Strict"

        # a new page (a new session) of this browser is editor by its cookie, no token in sight
        second = context.new_page()
        second.goto(page_url(app_url, "data"))
        wait_for_app(second)
        assert second.locator(UPLOADER).count() == 1
    finally:
        context.close()


def foreign_host_page(chromium, url: str):
    """A browser in which evil.example resolves to this machine, as after DNS rebinding."""
    browser = chromium.browser_type.launch(executable_path=CHROMIUM, headless=True,
                                           args=CHROMIUM_FLAGS + ["--host-resolver-rules=MAP evil.example 127.0.0.1"])
    page = browser.new_page()
    page.set_default_timeout(60_000)
    return browser, page


def test_a_foreign_host_name_is_refused_even_with_the_token(chromium, app_url):
    port = urlparse(app_url).port
    browser, page = foreign_host_page(chromium, app_url)
    try:
        page.goto(f"http://evil.example:{port}/data?token={TEST_EDITOR_TOKEN}")
        wait_for_app(page)
        assert page.get_by_text("tidak melayani alamat evil.example").count() == 1
        assert page.locator(UPLOADER).count() == 0
        assert page.locator('[data-testid="stPlotlyChart"], [data-testid="stDataFrame"]').count() == 0
    finally:
        browser.close()
