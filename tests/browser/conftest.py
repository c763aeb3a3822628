"""Browser fixtures: one Streamlit server on a copy of the demo database and one Chromium per
test process (xdist worker); a fresh page (1400x900) per test. All tests here carry the
``browser`` mark. Each module is an xdist group of its own: its module-scoped servers and
tabs start once, and the two workers run browser modules side by side (a browser test spends
much of its time waiting for a page to settle, time the other worker uses), each worker with
its own server and Chromium."""

from __future__ import annotations

import shutil

import pytest

from tests.browser.harness import EditorBrowser, StreamlitServer, launch_browser, page_url, wait_for_app


# tryfirst: xdist's loadgroup reads the xdist_group marks in its own collection hook; a mark
# added after it is ignored and a module's tests (and its module-scoped server) spread over workers
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    for item in items:
        path = str(item.fspath).replace("\\", "/")
        if "tests/browser/" in path:
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.xdist_group("browser-" + path.rsplit("/", 1)[-1][:-3]))


@pytest.fixture(scope="session")
def app_db(demo_db_path, tmp_path_factory):
    path = tmp_path_factory.mktemp("browser-db") / "app.duckdb"
    shutil.copy(demo_db_path, path)
    return path


@pytest.fixture(scope="session")
def app_url(app_db, chromium):
    server = StreamlitServer(app_db)
    try:
        server.wait_ready()
        # Open the app's root once: Streamlit shows a spurious "Page not found" dialog on the
        # very first load of a non-default page after the server starts (streamlit/streamlit#9992;
        # web.frame.require_dashboard_frame and test_core_pages' fresh servers test that first
        # request). Then the map, whose first view prepares the geometry (the run's shared cache)
        # and projects it. So no module depends on which one runs first on this worker's server.
        context = chromium.new_context()
        warm = context.new_page()
        for path in ("", "map"):
            warm.goto(page_url(server.url, path))
            wait_for_app(warm, timeout=180)
        context.close()
        yield server.url
    finally:
        server.stop()


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = launch_browser(p)
        yield EditorBrowser(browser)
        browser.close()


@pytest.fixture
def page(chromium):
    context = chromium.new_context(viewport={"width": 1400, "height": 900}, locale="id-ID")
    pg = context.new_page()
    pg.set_default_timeout(60_000)
    yield pg
    context.close()
