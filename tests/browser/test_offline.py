"""Offline: no page asks any host but the dashboard's own server for anything (a government
intranet must not see requests going out, and the dashboard must work without the internet)."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from analytics.web.navigation import PAGES
from tests.browser.harness import assert_page_healthy, page_url, wait_for_app


@pytest.mark.parametrize("lang", [None, "en"])
def test_no_request_leaves_the_server_on_any_page(chromium, app_url, lang):
    own = urlsplit(app_url).netloc
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    outside: list[str] = []
    context.on("request", lambda request: outside.append(f"{request.resource_type} {request.url}")
               if urlsplit(request.url).scheme in ("http", "https", "ws", "wss")
               and urlsplit(request.url).netloc != own else None)
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        for entry in PAGES:
            path = "" if entry.default else entry.url_path
            page.goto(page_url(app_url, path, {"lang": lang} if lang else None))
            wait_for_app(page)
            assert_page_healthy(page)
            page.wait_for_timeout(300)  # favicon, fonts and images load after the script run
        assert not outside, f"requests to other hosts: {sorted(set(outside))}"
        icon = page.evaluate("() => [...document.querySelectorAll('link[rel~=icon]')].map(l => l.href)")
        assert icon and all(urlsplit(href).netloc == own for href in icon), icon
    finally:
        context.close()
