"""Regulation tracker and province brief in Chromium: the as-of control, the URL, presentation mode."""

from __future__ import annotations

from pathlib import Path

from tests.browser.harness import assert_page_healthy, page_url, screenshot, wait_for_app


def _metric_values(page) -> list[str]:
    return page.locator('[data-testid="stMetricValue"]').all_inner_texts()


def test_tracker_kalteng_and_as_of_change(page, app_url):
    page.goto(page_url(app_url, "regulations", {"reg_province": "62", "reg_as_of": "2021-11-15"}))
    wait_for_app(page)
    assert_page_healthy(page, min_charts=2)
    assert "4 dari 14" in _metric_values(page)
    assert "10" in _metric_values(page)  # without a regulation
    screenshot(page, "regulations_kalteng_2021-11-15")

    # change the date through the date input, as a user would
    # Streamlit 1.67's date field is a row of spinbuttons (day / month / year): type into them
    page.get_by_role("spinbutton", name="day, Per tanggal").click()
    page.keyboard.type("01062021", delay=40)
    page.locator("h1").first.click()  # the value is committed when the field loses focus
    page.wait_for_url("**reg_as_of=2021-06-01**", timeout=30_000)
    wait_for_app(page)
    assert "0 dari 14" in _metric_values(page), _metric_values(page)
    assert "reg_as_of=2021-06-01" in page.url, page.url
    assert_page_healthy(page, min_charts=2)
    screenshot(page, "regulations_kalteng_2021-06-01")


def test_tracker_national_view(page, app_url):
    page.goto(page_url(app_url, "regulations", {"reg_as_of": "2024-12-31"}))
    wait_for_app(page)
    assert_page_healthy(page, min_charts=2)
    screenshot(page, "regulations_national")


def test_brief_page_and_presentation_mode(page, app_url):
    page.goto(page_url(app_url, "brief", {"brief_province": "62", "brief_date": "2021-11-15"}))
    wait_for_app(page)
    assert_page_healthy(page, min_images=1)  # the regulation map, drawn by the server as SVG
    assert page.locator('[data-testid="stSidebar"]').is_visible()
    assert page.get_by_text("Unduh PDF").count() == 1
    screenshot(page, "brief_kalteng")
    # the PDF is printed on click (headless Chromium from the server) and downloads
    with page.expect_download(timeout=120_000) as download:
        page.get_by_text("Unduh PDF").click()
    pdf = Path(download.value.path()).read_bytes()
    assert pdf.startswith(b"%PDF") and download.value.suggested_filename == "bahan_rapat_62_2021-11-15_DEMO.pdf"

    page.goto(page_url(app_url, "brief", {"brief_province": "62", "brief_date": "2021-11-15", "brief_present": "1"}))
    wait_for_app(page)
    assert_page_healthy(page, min_images=1)
    assert not page.locator('[data-testid="stSidebar"]').is_visible()
    # the size of the text itself (the innermost element holding the value)
    size = page.evaluate("""() => {
        const all = document.querySelectorAll('[data-testid="stMetricValue"], [data-testid="stMetricValue"] *');
        return Math.min(...Array.from(all).filter(e => e.textContent.trim()).map(e => parseFloat(getComputedStyle(e).fontSize)));
    }""")
    assert size >= 40, size  # large type for a projector
    assert "4 dari 14" in _metric_values(page)
    screenshot(page, "brief_kalteng_presentation")
