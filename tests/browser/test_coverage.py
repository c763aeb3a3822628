"""Coverage analytics and budget simulator pages in Chromium: a ranking re-sorts, a changed
budget input changes the figure. (Each coverage view, the budget and Paritrana pages with their
charts drawn: test_reader_text's walk.)"""

from __future__ import annotations

import re

from tests.browser.harness import assert_page_healthy, page_url, screenshot, wait_for_app

_BAR_X = """() => { const p = document.querySelector('[data-testid="stPlotlyChart"] .js-plotly-plot');
                   return p && p._fullData && p._fullData.length ? Array.from(p._fullData[0].x) : null; }"""


def _bar_values(page, order: str) -> list[float]:
    """x values of the ranking bar chart once it shows ``order`` ('top': bars drawn bottom-up, so
    values ascend; 'bottom': they descend). Read from _fullData: plotly.py 7 sends numpy arrays
    base64-encoded ({dtype, bdata}) and only plotly.js's full data holds them decoded. Waits,
    because the chart is redrawn after the rerun finishes."""
    check = "v[0] <= v[v.length - 1]" if order == "top" else "v[0] >= v[v.length - 1]"
    page.wait_for_function(f"() => {{ const v = ({_BAR_X})(); return v && v.length > 1 && {check}; }}",
                           timeout=60_000)
    return page.evaluate(_BAR_X)


def test_ranking_sorts(page, app_url):
    page.goto(page_url(app_url, "coverage", {"cov_view": "rankings", "cov_level": "provinsi"}))
    wait_for_app(page)
    top = _bar_values(page, "top")
    # bars are drawn bottom-up: the highest UCJ is the last value
    assert len(top) == 20 and top == sorted(top)
    page.get_by_text("Terendah", exact=True).click()
    page.wait_for_url("**cov_order=bottom**")
    wait_for_app(page)
    bottom = _bar_values(page, "bottom")
    assert bottom == sorted(bottom, reverse=True) and max(bottom) < max(top)
    assert_page_healthy(page, min_charts=1)
    screenshot(page, "coverage_rankings_bottom")


def _needed(page) -> int:
    metric = page.locator('[data-testid="stMetric"]').filter(has_text="Kebutuhan anggaran")
    value = metric.locator('[data-testid="stMetricValue"]').inner_text()
    return int(re.sub(r"[^0-9]", "", value))


def test_budget_input_change_updates_figure(page, app_url):
    page.goto(page_url(app_url, "budget", {"bud_province": "62", "bud_region": "62.06",
                                             "bud_group": "non_asn", "bud_year": "2022"}))
    wait_for_app(page)
    # demo data: 1,278 target - 747 active = 531 uncovered; wage 2,500,000 x 0.54 % = 13,500 a month
    # -> 531 x 13,500 x 12 = 86,022,000
    assert _needed(page) == 86_022_000
    wage = page.get_by_label("Upah per bulan (Rp)", exact=True).and_(page.get_by_test_id("stNumberInputField"))
    wage.fill("5000000")
    wage.press("Enter")
    wait_for_app(page)
    # wage 5,000,000 x 0.54 % = 27,000 -> 531 x 27,000 x 12 = 172,044,000
    assert _needed(page) == 172_044_000
    assert "bud_wage=5000000" in page.url
    assert_page_healthy(page, min_charts=0)
    screenshot(page, "budget_katingan_wage_5m")
