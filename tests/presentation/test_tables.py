"""The presentation layer's tables: formatted text on screen, values underneath, codes as
labels, named gaps, missing values, both languages; readable XLSX and raw CSV."""

from __future__ import annotations

import io

import numpy as np
import pandas as pd
import pytest

from analytics import exports
from analytics.presentation import codes
from analytics.presentation.tables import col, gap_text, present

FRAME = pd.DataFrame({
    "name": ["Kabupaten A", "Kota B", "Kabupaten C"],
    "funding_source": ["apbd", "dbh_sawit", None],
    "allocated_rp": [1_234_567.0, np.nan, 5.0],
    "gap_rp": [-2_842_603_000.0, 100.0, 0.0],
    "ucj_pct": [29.8437, np.nan, 5.0],
    "since": ["2021-11-15", None, "2022-01-01"],
    "basis": ["wage_pct", "fixed_rp", "wage_pct"],
    "rate": [0.24, 16800.0, 0.3],
    "note": ["very low risk", "demo data made by analytics.ingest.demo (not official figures)", "Catatan sendiri"],
})
COLUMNS = [
    col("name", "common.region"),
    col("funding_source", "bud.col.funding_source", "code", vocab="funding_source"),
    col("allocated_rp", "bud.col.allocated_rp", "money", missing="missing.budget"),
    col("gap_rp", "bud.col.gap_rp", "gap"),
    col("ucj_pct", "col.ucj_pct", "pct", missing="missing.employed"),
    col("since", "common.as_of", "date"),
    col("rate", "bud.col.rate", "by", by="basis", kinds={"wage_pct": "pct", "fixed_rp": "money"}),
    col("note", "bud.col.note", "data"),
]


def test_indonesian_cells():
    shown = present(FRAME, COLUMNS, "id").display()
    assert list(shown.columns) == ["Wilayah", "Sumber dana", "Alokasi (Rp)", "Selisih (Rp)", "UCJ (%)",
                                   "Per tanggal", "Tarif", "Catatan"]
    assert shown.iloc[0].tolist() == ["Kabupaten A", "APBD", "Rp 1.234.567", "kelebihan Rp 2.842.603.000", "29,84%",
                                      "15 November 2021", "0,24%", "risiko sangat rendah"]
    assert shown.iloc[1].tolist()[2:7] == ["–", "kekurangan Rp 100", "–", "–", "Rp 16.800"]
    assert shown.iloc[1, 7] == "data demo buatan analytics.ingest.demo (bukan angka resmi)"
    assert shown.iloc[2, 1] == "–" and shown.iloc[2, 3] == "Rp 0"
    assert shown.iloc[2, 7] == "Catatan sendiri"  # a user's note is data: shown as written


def test_english_cells():
    shown = present(FRAME, COLUMNS, "en").display()
    assert shown.iloc[0].tolist() == ["Kabupaten A", "APBD", "Rp 1,234,567", "surplus Rp 2,842,603,000", "29.84%",
                                      "15 November 2021", "0.24%", "very low risk"]
    assert shown.iloc[1, 1] == "DBH Sawit (palm oil revenue share)" and shown.iloc[1, 3] == "shortfall Rp 100"


def test_no_none_nan_or_codes_anywhere():
    for lang in ("id", "en"):
        text = present(FRAME, COLUMNS, lang).display().to_string()
        for bad in ("None", "nan", "NaT", "apbd", "dbh_sawit", "wage_pct", "fixed_rp"):
            assert bad not in text, (lang, bad)


def test_missing_reason_is_in_the_header_help():
    from analytics import i18n

    with i18n.using("id"):
        assert "tidak ada data penduduk bekerja" in COLUMNS[4].help_text()


def test_styler_shows_text_and_keeps_values_for_sorting():
    table = present(FRAME, COLUMNS, "id")
    styler = table.styler()
    html = styler.to_html()
    assert "Rp 1.234.567" in html and "kelebihan Rp 2.842.603.000" in html and "0,24%" in html
    # the values underneath stay numbers: sorting is by value, not by text
    assert table.data["allocated_rp"].dtype.kind == "f"
    order = table.data.sort_values("allocated_rp")["name"].tolist()
    assert order == ["Kabupaten C", "Kabupaten A", "Kota B"]  # 5 < 1.234.567; missing last
    assert pd.api.types.is_datetime64_any_dtype(table.data["since"])


def test_gap_words():
    from analytics import i18n

    with i18n.using("id"):
        assert gap_text(2_842_603_000) == "kekurangan Rp 2.842.603.000"
        assert gap_text(-5) == "kelebihan Rp 5" and gap_text(0.2) == "Rp 0" and gap_text(None) == "–"


def test_every_code_of_the_vocabularies_has_a_label():
    from analytics import paritrana, rates, regulations
    from analytics.ingest import datasets

    vocabularies = {
        "segment": ["PU", "BPU", "JAKON", "PMI", "ALL"],
        "worker_group": datasets.allowed_values("worker_group"),
        "funding_source": datasets.allowed_values("funding_source"),
        "instrument": list(regulations.SHORT_NAMES),
        "status_on": list(regulations.STATUSES_ON),
        "basis": list(rates.BASES),
        "indicator": list(paritrana.INDICATORS),
        "paritrana_level": list(paritrana.LEVELS),
        "direction": list(paritrana.DIRECTIONS),
        "normalisation": list(paritrana.NORMALISATIONS),
        "batch_status": ["active", "rolled_back"],
        "dataset": ["coverage", "regulation", "budget", "employment"],
        "confidence": ["high", "medium", "low"],
        "follows_inpres": ["cites", "after", "before", "unknown"],
        "award_level": ["national", "provincial"],
        "record_state": list(regulations.RECORD_STATES),
    }
    for vocabulary, values in vocabularies.items():
        missing = [c for c, ok in codes.known(vocabulary, values).items() if not ok]
        assert not missing, (vocabulary, missing)


def test_xlsx_keeps_numbers_with_indonesian_formats_and_translated_headers():
    from openpyxl import load_workbook

    table = present(FRAME, COLUMNS, "id")
    data = exports.xlsx_bytes(table.readable(), number_formats=table.excel_formats())
    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["Wilayah", "Sumber dana", "Alokasi (Rp)"]
    row = {h: c for h, c in zip(header, sheet[2])}
    assert row["Sumber dana"].value == "APBD"
    assert row["Alokasi (Rp)"].value == 1234567 and row["Alokasi (Rp)"].number_format == '"Rp "#,##0'
    assert row["Selisih (Rp)"].value == -2842603000
    assert row["Selisih (Rp)"].number_format.startswith('"kekurangan Rp "#,##0;"kelebihan Rp "')
    # rounded as the screen shows it (29,84 %), not 29.8437
    assert row["UCJ (%)"].value == 29.84 and row["UCJ (%)"].number_format == '#,##0.00"%"'
    assert row["Per tanggal"].is_date and row["Per tanggal"].number_format == "[$-421]d mmmm yyyy"
    assert row["Tarif"].number_format == '#,##0.00"%"'
    assert {h: c for h, c in zip(header, sheet[3])}["Tarif"].number_format == '"Rp "#,##0'
    assert {h: c for h, c in zip(header, sheet[3])}["Alokasi (Rp)"].value is None  # missing stays empty


def test_csv_stays_raw_and_says_so_in_its_name():
    text = exports.csv_bytes(FRAME).decode("utf-8-sig")
    back = pd.read_csv(io.StringIO(text))
    assert back["funding_source"].tolist()[:2] == ["apbd", "dbh_sawit"]  # codes
    assert back["allocated_rp"].tolist()[0] == 1234567.0 and "1234567.0" in text  # dot decimals
    assert back["rate"].tolist() == [0.24, 16800.0, 0.3]
    assert exports.csv_name("ringkasan_provinsi_2025-06") == "ringkasan_provinsi_2025-06_raw.csv"
    assert exports.csv_name("x", demo=True) == "x_raw_DEMO.csv"


def test_a_row_text_column_shows_words_and_sorts_by_the_date():
    frame = pd.DataFrame({"effective_date": pd.to_datetime(["2022-12-31", "2021-11-15"]),
                          "date_text": ["tahun 2022 (tanggal tidak diketahui)", "diketahui per 15 November 2021"]})
    table = present(frame, [col("effective_date", "reg.col.date", "date", text="date_text")], "id")
    assert table.display().iloc[:, 0].tolist() == ["tahun 2022 (tanggal tidak diketahui)",
                                                   "diketahui per 15 November 2021"]
    assert "diketahui per 15 November 2021" in table.styler().to_html()
    assert table.data.sort_values("effective_date").index.tolist() == [1, 0]  # by the date, not the words


def _styled_cells(styler) -> list[str]:
    """The first column's cell texts as st.dataframe takes them from a Styler."""
    styler._compute()
    body = styler._translate(False, False)["body"]
    return [str(next(c for c in row if c["type"] == "td")["display_value"]) for row in body]


def test_row_texts_follow_the_row_when_one_value_reads_two_ways():
    # the same date issued in one row and only known by then in another; a row without text
    # keeps the date; a missing date may still have words
    frame = pd.DataFrame({"effective_date": pd.to_datetime(["2021-11-15", "2021-11-15", "2022-01-03", None,
                                                            "2023-05-01", "2022-01-03"]),
                          "date_text": ["15 November 2021", "diketahui per 15 November 2021", "3 Januari 2022",
                                        "tanpa tanggal", None, "3 Januari 2022"]})
    table = present(frame, [col("effective_date", "reg.col.date", "date", text="date_text")], "id")
    assert _styled_cells(table.styler()) == [
        "15 November 2021", "diketahui per 15 November 2021", "3 Januari 2022", "tanpa tanggal",
        "2023-05-01 00:00:00", "3 Januari 2022"]  # no text: as before, the value


def test_a_result_nobody_declared_gets_kinds_from_its_types():
    from analytics.presentation.tables import infer_columns

    frame = pd.DataFrame({"name": ["A"], "year": [2024], "batch_id": [7], "n": [1234567], "share": [0.125],
                          "day": pd.to_datetime(["2021-11-15"]), "at": pd.to_datetime(["2021-11-15 10:32"]),
                          "is_demo": [True]})
    kinds = {c.name: c.kind for c in infer_columns(frame)}
    assert kinds == {"name": "text", "year": "year", "batch_id": "text", "n": "count", "share": "number",
                     "day": "date", "at": "datetime", "is_demo": "bool"}
    shown = present(frame, infer_columns(frame), "id").display().iloc[0].tolist()
    assert shown[:5] == ["A", "2024", "7", "1.234.567", "0,12"]  # at most two decimals: never "0,125"


def test_months_written_as_codes_read_as_months():
    from analytics.i18n.formats import month_list

    assert month_list("2024-01, 2024-08", lang="id") == "Jan 2024, Agu 2024"
    assert month_list("2024-08", lang="en") == "Aug 2024" and month_list(None) == "–"


def test_link_cells_keep_only_checked_http_addresses():
    """A link column links only where the app can vouch for the address (http/https, no markup)."""
    from analytics.presentation.tables import col, present

    frame = pd.DataFrame({"url": ["https://jdih.kalteng.go.id/a.pdf", "javascript:alert(1)",
                                  "[Klik](http://evil.example/)", None, "data:text/html,x"]})
    table = present(frame, [col("url", "src.link", "link")])
    assert list(table.data["url"]) == ["https://jdih.kalteng.go.id/a.pdf", None, None, None, None]
