"""In Chromium: the SQL explorer runs a query from the URL, a link hiding a DELETE changes nothing
another session sees, the share link reopens the same view (explorer query, overview period,
language), and chart images download as real PNG/SVG."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

from tests.browser.harness import (
    assert_page_healthy,
    exceptions_on,
    page_url,
    screenshot,
    share_link,
    wait_for_app,
)

QUERY = "SELECT name, population FROM region WHERE level = 'provinsi' ORDER BY population DESC"


def test_explorer_query_link_reopens_the_same_view(page, app_url):
    page.goto(page_url(app_url, "explorer", {"sql_q": QUERY, "lang": "en"}))
    wait_for_app(page)
    assert_page_healthy(page, min_charts=1)
    assert page.locator("textarea").first.input_value() == QUERY
    assert page.get_by_text("38 rows", exact=False).count() > 0
    link = share_link(page)
    params = parse_qs(urlparse(link).query)
    assert urlparse(link).path.endswith("/explorer") and params["sql_q"] == [QUERY] and params["lang"] == ["en"]
    screenshot(page, "explorer_query")

    other = page.context.new_page()
    other.goto(link)
    wait_for_app(other)
    assert_page_healthy(other, min_charts=1)
    assert other.locator("textarea").first.input_value() == QUERY
    assert other.get_by_text("38 rows", exact=False).count() > 0
    other.close()


def test_refused_query_says_why(page, app_url):
    page.goto(page_url(app_url, "explorer", {"sql_q": "DROP TABLE region"}))
    wait_for_app(page)
    assert page.get_by_text("hanya kueri SELECT yang diizinkan", exact=False).count() > 0
    assert not page.locator('[data-testid="stException"]').count()


def test_a_link_hiding_a_delete_changes_nothing_for_another_session(page, chromium, app_url):
    """Two sessions (two browser contexts): one opens a shared link whose query deletes inside a
    WITH; it sees why it was refused, and the other session still counts 552 regions."""
    hostile = "WITH x AS (DELETE FROM region RETURNING *) SELECT count(*) FROM x"
    page.goto(page_url(app_url, "explorer", {"sql_q": hostile}))
    wait_for_app(page)
    assert page.get_by_text("mengubah data atau struktur (DELETE)", exact=False).count() > 0
    assert not exceptions_on(page)
    screenshot(page, "explorer_hidden_delete_refused")

    other_context = chromium.new_context(viewport={"width": 1400, "height": 900}, locale="en-US")
    try:
        other = other_context.new_page()
        other.set_default_timeout(60_000)
        other.goto(page_url(app_url, "explorer", {"sql_q": "select count(*) from region",
                                                  "lang": "en"}))
        wait_for_app(other)
        assert_page_healthy(other)
        assert other.get_by_text("1 rows", exact=False).count() > 0
        assert _grid_text(other).split(" | ") == ["552"], _grid_text(other)
    finally:
        other_context.close()


def _grid_text(page) -> str:
    """What the result grid shows (st.dataframe draws on a canvas; its accessible table has the cells)."""
    return page.evaluate("""() => Array.from(document.querySelectorAll('[data-testid="stDataFrame"] [role="gridcell"],'
        + ' [data-testid="stDataFrame"] td')).map(e => e.innerText).join(' | ')""")


def test_overview_period_lives_in_the_link(page, app_url):
    page.goto(page_url(app_url, "", {"ov_period": "2024-03"}))
    wait_for_app(page)
    assert_page_healthy(page, min_charts=2)
    assert page.get_by_text("Maret 2024", exact=False).count() > 0
    link = share_link(page)
    assert parse_qs(urlparse(link).query).get("ov_period") == ["2024-03"], link
    other = page.context.new_page()
    other.goto(link)
    wait_for_app(other)
    assert other.get_by_text("Maret 2024", exact=False).count() > 0
    other.close()


def test_chart_png_and_svg_download(page, app_url):
    page.goto(page_url(app_url, "explorer", {"sql_q": QUERY}))
    wait_for_app(page)
    for label, magic in (("PNG", b"\x89PNG"), ("SVG", b"<svg")):
        with page.expect_download(timeout=90_000) as info:
            page.locator('[data-testid="stDownloadButton"] button', has_text=label).first.click()
        download = info.value
        data = open(download.path(), "rb").read()
        assert data.lstrip()[:4] == magic, (label, data[:40])
        assert download.suggested_filename.startswith("sql_explorer_chart")


def test_every_page_offers_its_link(page, app_url):
    from analytics.web.navigation import PAGES

    for entry in PAGES:
        path = "" if entry.default else entry.url_path
        page.goto(page_url(app_url, path, {"lang": "en"}))
        wait_for_app(page, timeout=120)
        try:
            link = urlparse(share_link(page))
        except Exception as exc:
            screenshot(page, f"share_link_missing_{entry.url_path}")
            raise AssertionError(f"no share link on {page.url}") from exc
        assert link.path.rstrip("/") == f"/{path}".rstrip("/"), (entry.url_path, link)
        assert parse_qs(link.query).get("lang") == ["en"], (entry.url_path, link)
