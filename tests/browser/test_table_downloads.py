"""Table downloads are made when clicked (callables, analytics/web/downloads.py) from tables
shared between sessions (analytics/web/tables.py): the files still hold the right rows, the CSV
raw codes and the XLSX the reader's labels in the page's language, for a second session too."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from tests.browser.harness import assert_page_healthy, page_url, wait_for_app

PARAMS = {"reg_province": "62", "reg_as_of": "2021-11-15"}


def _download(page, key: str) -> tuple[str, bytes]:
    with page.expect_download(timeout=120_000) as info:
        page.locator(f".st-key-{key} button").first.click()
    return info.value.suggested_filename, Path(info.value.path()).read_bytes()


def _csv(data: bytes) -> pd.DataFrame:
    text = data.decode("utf-8-sig")
    assert text.startswith("# ")  # the DEMO line
    return pd.read_csv(io.StringIO(text), skiprows=1)


def _xlsx(data: bytes) -> pd.DataFrame:
    return pd.read_excel(io.BytesIO(data), sheet_name="DEMO", header=2, engine="openpyxl")  # below the DEMO line


def _open(page, app_url, **extra):
    page.goto(page_url(app_url, "regulations", {**PARAMS, **extra}))
    wait_for_app(page)
    assert_page_healthy(page, min_charts=2)


def test_the_tracker_records_download_when_clicked(page, chromium, app_url):
    _open(page, app_url)
    name, data = _download(page, "reg_records_table_dl")
    assert name == "regulasi_62_2021-11-15_raw_DEMO.csv"
    csv = _csv(data)
    # the five records in force or pending on the day (tests/test_pages_regulations.py), as codes
    assert len(csv) == 5 and set(csv["instrument"]) == {"perbup", "pergub"}
    assert "date_text" not in csv.columns and "counts" not in csv.columns

    name, data = _download(page, "reg_records_table_dl_xlsx")
    assert name == "regulasi_62_2021-11-15_DEMO.xlsx"
    sheet = _xlsx(data)
    assert len(sheet) == 5 and "Perbup" in set(sheet["Jenis"])  # the reader's labels

    # another session in English: the same table from the shared cache, its XLSX in English
    context = chromium.new_context(viewport={"width": 1400, "height": 900}, locale="en-GB")
    other = context.new_page()
    other.set_default_timeout(60_000)
    try:
        _open(other, app_url, lang="en")
        _, data = _download(other, "reg_records_table_dl_xlsx")
        sheet = _xlsx(data)
        assert len(sheet) == 5 and "Perbup (regent regulation)" in set(sheet["Instrument"])
        _, data = _download(other, "reg_records_table_dl")
        assert len(_csv(data)) == 5
    finally:
        context.close()
