"""The UCJ page in Chromium: national figure and charts, budget-cycle detail, funding sources."""

from __future__ import annotations

from tests.browser.harness import assert_page_healthy, page_url, screenshot, share_link, wait_for_app


def test_ucj_section_renders_with_target(page, app_url):
    page.goto(page_url(app_url, "ucj"))
    wait_for_app(page)
    charts = assert_page_healthy(page, min_charts=3)
    assert len(charts) == 3
    body = page.locator('[data-testid="stMain"]').inner_text()
    assert "UCJ nasional" in body and "52,15%" in body  # national 2025 target
    assert "Pita (band) UCJ adalah pilihan proyek ini sendiri" in body
    screenshot(page, "ucj_overview")


def test_ucj_period_and_province_from_url(page, app_url):
    page.goto(page_url(app_url, "ucj", {"ucj_period": "2023-12", "ucj_province": "35", "lang": "en"}))
    wait_for_app(page)
    assert_page_healthy(page, min_charts=3)
    body = page.locator('[data-testid="stMain"]').inner_text()
    # December 2023: Jawa Timur's curated reported total 4,336,959 / 14,531,668 (29.84 %) is the province row
    assert "Target 2023" in body and "none" in body
    assert "Kota Surabaya" in body
    screenshot(page, "ucj_2023_en")


def test_budget_cycles_section_flags_a_bulk_payer(page, app_url):
    page.goto(page_url(app_url, "ucj", {"ucj_view": "cycles", "ucj_cprov": "11", "ucj_asof": "2025-02"}))
    wait_for_app(page)
    assert_page_healthy(page, min_charts=1)
    body = page.locator('[data-testid="stMain"]').inner_text()
    assert "kemungkinan siklus pembayaran, bukan kehilangan kepesertaan" in body
    # the chart carries the annotation text too
    annotations = page.evaluate(
        "() => Array.from(document.querySelectorAll('.js-plotly-plot')).flatMap("
        "p => (p.layout.annotations || []).map(a => a.text))")
    assert any("siklus pembayaran" in a for a in annotations), annotations
    screenshot(page, "ucj_cycles")


def test_funding_section_renders(page, app_url):
    page.goto(page_url(app_url, "ucj", {"ucj_view": "funding", "ucj_fyear": "2024", "ucj_fprov": "33"}))
    wait_for_app(page)
    assert_page_healthy(page, min_charts=2)
    body = page.locator('[data-testid="stMain"]').inner_text()
    assert "DBHCHT" in body and "APBD" in body
    # the province by name on screen, by code in the link
    box = page.locator('[data-testid="stSelectbox"]').filter(has_text="Provinsi").locator("input")
    assert box.input_value() == "Jawa Tengah"
    assert "ucj_fprov=33" in share_link(page)
    screenshot(page, "ucj_funding")
