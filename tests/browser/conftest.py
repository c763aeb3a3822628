"""Browser fixtures: one Streamlit server on a copy of the demo database and one Chromium per
test session; a fresh page (1400x900) per test. All tests here carry the ``browser`` mark and
run in one xdist group so only one server and browser exist at a time."""

from __future__ import annotations

import shutil

import pytest

from tests.browser.harness import EditorBrowser, StreamlitServer, launch_browser


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.xdist_group("browser"))


@pytest.fixture(scope="session")
def app_db(demo_db_path, tmp_path_factory):
    path = tmp_path_factory.mktemp("browser-db") / "app.duckdb"
    shutil.copy(demo_db_path, path)
    return path


@pytest.fixture(scope="session")
def app_url(app_db):
    server = StreamlitServer(app_db)
    try:
        server.wait_ready()
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
