"""The sheets a province's secretariat or a BPJS branch office fills in (issue 25).

- ``status_sheet``: one row per kabupaten/kota of a province, prefilled (locked) with what the
  dataset knows on a date — status, instrument, number, date, source, confidence — and the
  columns to fill: Status (a drop-down of ``regulations.SHEET_STATUSES``), Jenis, Nomor, Tanggal
  penetapan, Tanggal berlaku, Bukti, Dikonfirmasi oleh, Tanggal konfirmasi. It imports back as
  the dataset ``regulation_status`` (``analytics/ingest/datasets.py``).
- ``coverage_sheet``: one row per kabupaten/kota for one month, segment and worker group, with
  the dataset's figures where it has any, importable as ``coverage``.

Both are XLSX written by xlsxwriter (formula and URL conversion off): a title, a frozen header,
the prefilled columns locked (sheet protection without a password; the fill-in columns
unlocked) and an instructions sheet in the UI language. The headers are the form's own words,
Indonesian in both languages, so every sheet imports the same way.
"""

from __future__ import annotations

import datetime as dt
import io

import pandas as pd
import xlsxwriter

from analytics import regulations as regs
from analytics.exports import neutralise_text
from analytics.i18n import fmt_date, fmt_int, fmt_period, t
from analytics.i18n.formats import is_missing
from analytics.presentation import colours
from analytics.queries import Query

STATUS_SHEET = "Status regulasi"
COVERAGE_SHEET = "Kepesertaan"
# Prefilled columns: what the dashboard holds (never read back: their headers match no field,
# except the region's code and name and the sheet's date, which the import needs).
PREFILLED = ("Kode", "Kabupaten/Kota", "Per tanggal", "Tercatat: status", "Tercatat: regulasi",
             "Tercatat: tanggal", "Tercatat: sumber", "Tercatat: keyakinan")
TO_FILL = ("Status", "Jenis", "Nomor", "Tanggal penetapan", "Tanggal berlaku", "Bukti (URL atau nomor surat)",
           "Dikonfirmasi oleh", "Tanggal konfirmasi", "Catatan")
SHEET_INSTRUMENTS = ("Perbup", "Perwali", "Perda")
HEADER_ROW = 3  # 0-based: a title, a line under it, a blank row, then the header
_WIDTHS = {"Kode": 8, "Kabupaten/Kota": 26, "Per tanggal": 12, "Tercatat: status": 22, "Tercatat: regulasi": 20,
           "Tercatat: tanggal": 14, "Tercatat: sumber": 40, "Tercatat: keyakinan": 12, "Status": 24, "Jenis": 10,
           "Nomor": 12, "Tanggal penetapan": 16, "Tanggal berlaku": 16, "Bukti (URL atau nomor surat)": 36,
           "Dikonfirmasi oleh": 28, "Tanggal konfirmasi": 16, "Catatan": 30}


def _formats(book) -> dict:
    return {
        "title": book.add_format({"bold": True, "font_size": 13}),
        "header_locked": book.add_format({"bold": True, "bg_color": colours.SHEET_LOCKED_HEADER, "border": 1,
                                          "text_wrap": True, "valign": "top"}),
        "header_fill": book.add_format({"bold": True, "bg_color": colours.SHEET_FILL_HEADER, "border": 1,
                                        "text_wrap": True, "valign": "top"}),
        "locked": book.add_format({"bg_color": colours.SHEET_LOCKED, "border": 1, "text_wrap": True, "valign": "top"}),
        "locked_date": book.add_format({"bg_color": colours.SHEET_LOCKED, "border": 1, "num_format": "dd/mm/yyyy",
                                        "valign": "top"}),
        "locked_int": book.add_format({"bg_color": colours.SHEET_LOCKED, "border": 1, "num_format": "#,##0",
                                       "valign": "top"}),
        "fill": book.add_format({"locked": False, "border": 1, "valign": "top"}),
        "fill_date": book.add_format({"locked": False, "border": 1, "num_format": "dd/mm/yyyy", "valign": "top"}),
        "fill_int": book.add_format({"locked": False, "border": 1, "num_format": "#,##0", "valign": "top"}),
        "wrap": book.add_format({"text_wrap": True, "valign": "top"}),
        "bold": book.add_format({"bold": True}),
    }


def _workbook(buffer: io.BytesIO):
    return xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False,
                                        "strings_to_urls": False, "strings_to_numbers": False})


def _text(value) -> str | None:
    if is_missing(value):
        return None
    return str(neutralise_text(str(value)))


def _protect(sheet) -> None:
    # no password: the lock keeps prefilled cells from being typed over by mistake, not a secret
    sheet.protect("", {"format_columns": True, "format_rows": True, "autofilter": True, "sort": False,
                       "select_locked_cells": True, "select_unlocked_cells": True})


def _instructions(book, fmt: dict, title: str, lines: list[str]) -> None:
    sheet = book.add_worksheet(t("sheet.instructions_name"))
    sheet.set_column(0, 0, 110, fmt["wrap"])
    sheet.write(0, 0, title, fmt["title"])
    for i, line in enumerate(lines, start=2):
        sheet.write(i, 0, line, fmt["wrap"])


def _form_sheet(book, fmt: dict, name: str, prefilled: tuple[str, ...], to_fill: tuple[str, ...],
                widths: dict[str, int], default_width: int, title: str, subtitle: str):
    """A sheet to fill in, up to its header: column widths, the title and the line under it, and
    the header (the prefilled columns grey, the ones to fill yellow). Returns it and its columns."""
    sheet = book.add_worksheet(name)
    columns = [*prefilled, *to_fill]
    for i, header in enumerate(columns):
        sheet.set_column(i, i, widths.get(header, default_width))
    sheet.write(0, 0, title, fmt["title"])
    sheet.write(1, 0, subtitle)
    sheet.set_row(HEADER_ROW, 32)
    for i, header in enumerate(columns):
        sheet.write(HEADER_ROW, i, header, fmt["header_locked" if header in prefilled else "header_fill"])
    return sheet, columns


def _cells_to_fill(sheet, fmt: dict, row: int, first_column: int, formats: list[str]) -> None:
    """One row's empty, unlocked cells to fill in, each with its format (a date, a count, text)."""
    for c, kind in enumerate(formats, start=first_column):
        sheet.write_blank(row, c, None, fmt[kind])


def _close(book, sheet, fmt: dict, first_row: int, instructions_title: str, instructions: list[str]) -> None:
    """Freeze the header and the region columns, lock the sheet, add the instructions, and close."""
    sheet.freeze_panes(first_row, 2)
    _protect(sheet)
    sheet.activate()
    _instructions(book, fmt, instructions_title, instructions)
    book.close()


def status_rows(query: Query, province_code: str, as_of) -> pd.DataFrame:
    """The status sheet's prefilled rows: every kabupaten/kota of the province with its state on
    ``as_of`` (``regulations.region_states``)."""
    states = regs.load_region_states(query, province_code, as_of)
    if states.empty:
        raise ValueError(f"unknown province code {province_code!r} (use a Kemendagri code such as 62)")
    return states


def _recorded_source(row: dict) -> str | None:
    parts = []
    if row.get("basis") == "sheet":
        parts.append(t("sheet.confirmed", by=row.get("confirmed_by") or "–",
                       date=fmt_date(row.get("confirmed_on")), evidence=row.get("evidence") or "–"))
    else:
        title, url, date = _text(row.get("source_title")), _text(row.get("source_url")), _text(row.get("source_date"))
        if date and title and date[:4] in title:  # "Berita daerah ..., 15 November 2021" says it already
            date = None
        parts += [p for p in (title, date, url) if p]
    return "; ".join(parts) or None


def status_sheet(query: Query, province_code: str, as_of, province_name: str | None = None) -> bytes:
    """The regulation status sheet of a province as of a date (XLSX bytes)."""
    return status_sheet_bytes(status_rows(query, province_code, as_of), province_code, as_of, province_name)


def status_sheet_bytes(states: pd.DataFrame, province_code: str, as_of, province_name: str | None = None) -> bytes:
    """The status sheet from a province's ``regulations.region_states`` (the page has them)."""
    day = regs.as_date(as_of)
    name = province_name or str(states["province_name"].iloc[0])
    buffer = io.BytesIO()
    book = _workbook(buffer)
    fmt = _formats(book)
    sheet, columns = _form_sheet(book, fmt, STATUS_SHEET, PREFILLED, TO_FILL, _WIDTHS, 14,
                                 t("sheet.status.title", province=name, code=province_code, date=fmt_date(day)),
                                 t("sheet.status.subtitle"))
    to_fill = ["fill_date" if header.startswith("Tanggal") else "fill" for header in TO_FILL]
    first = HEADER_ROW + 1
    for r, row in enumerate(states.to_dict("records"), start=first):
        sheet.write_string(r, 0, row["region_code"], fmt["locked"])
        sheet.write_string(r, 1, row["name"], fmt["locked"])
        sheet.write_datetime(r, 2, dt.datetime.combine(day, dt.time()), fmt["locked_date"])
        sheet.write_string(r, 3, t(f"reg.state.{row['status']}"), fmt["locked"])
        sheet.write(r, 4, _text(row.get("regulation")) or "", fmt["locked"])
        date = row.get("date")
        if date is not None and not pd.isna(date):
            sheet.write_datetime(r, 5, pd.Timestamp(date).to_pydatetime(), fmt["locked_date"])
        else:
            sheet.write_blank(r, 5, None, fmt["locked"])
        sheet.write(r, 6, _recorded_source(row) or "", fmt["locked"])
        confidence = row.get("confidence")
        sheet.write(r, 7, t(f"confidence.{confidence}") if isinstance(confidence, str) else "", fmt["locked"])
        _cells_to_fill(sheet, fmt, r, len(PREFILLED), to_fill)
    last = first + len(states) - 1
    status_col = len(PREFILLED)
    sheet.data_validation(first, status_col, last, status_col, {
        "validate": "list", "source": list(regs.SHEET_STATUSES.values()),
        "input_title": "Status", "input_message": t("sheet.status.input")[:255],
        "error_title": "Status", "error_message": t("sheet.status.error")[:255]})
    sheet.data_validation(first, status_col + 1, last, status_col + 1, {
        "validate": "list", "source": list(SHEET_INSTRUMENTS), "error_message": t("sheet.jenis.error")[:255]})
    for header in ("Tanggal penetapan", "Tanggal berlaku", "Tanggal konfirmasi"):
        c = columns.index(header)
        sheet.data_validation(first, c, last, c, {
            "validate": "date", "criteria": "between", "minimum": dt.date(1945, 1, 1), "maximum": dt.date(2100, 12, 31),
            "error_message": t("sheet.date.error")[:255]})
    sheet.autofilter(HEADER_ROW, 0, last, len(columns) - 1)
    _close(book, sheet, fmt, first, t("sheet.status.instructions_title", province=name, date=fmt_date(day)),
           [t(f"sheet.status.help.{i}") for i in range(1, 9)])
    return buffer.getvalue()


# --- coverage ---------------------------------------------------------------------------------
COVERAGE_PREFILLED = ("Kode Wilayah", "Kabupaten/Kota", "Periode", "Segmen", "Kelompok pekerja",
                      "Di dasbor (peserta aktif)", "Di dasbor (pekerja sasaran)", "Di dasbor (sumber)")
COVERAGE_TO_FILL = ("Jumlah peserta aktif", "Jumlah pekerja sasaran", "Sumber", "Tanggal sumber", "Catatan")


def coverage_sheet(query: Query, province_code: str, period, segment: str, group: str,
                   province_name: str | None = None) -> bytes:
    """A province's coverage sheet for one month, segment and worker group (XLSX bytes): every
    kabupaten/kota with the dataset's figure where it has one, and the columns a branch office
    fills. It imports as ``coverage`` (the period, segment and group are in the rows)."""
    from analytics.maps.metrics import as_period

    month = as_period(period)
    rows = query("coverage_sheet_rows", {"province": province_code, "period": month, "segment": segment,
                                         "group": group})
    return coverage_sheet_bytes(rows, province_code, month, segment, group, province_name)


def coverage_sheet_bytes(rows: pd.DataFrame, province_code: str, period, segment: str, group: str,
                         province_name: str | None = None) -> bytes:
    """The coverage sheet from the rows of ``coverage_sheet_rows`` (the Data page has them)."""
    from analytics.maps.metrics import as_period

    month = as_period(period)
    if rows.empty:
        raise ValueError(f"unknown province code {province_code!r} (use a Kemendagri code such as 62)")
    name = province_name or str(rows["province_name"].iloc[0])
    buffer = io.BytesIO()
    book = _workbook(buffer)
    fmt = _formats(book)
    widths = {"Kabupaten/Kota": 26, "Di dasbor (sumber)": 40, "Sumber": 36, "Catatan": 30}
    sheet, columns = _form_sheet(book, fmt, COVERAGE_SHEET, COVERAGE_PREFILLED, COVERAGE_TO_FILL, widths, 15,
                                 t("sheet.coverage.title", province=name, code=province_code, period=fmt_period(month),
                                   segment=segment, group=t(f"group.{group}")),
                                 t("sheet.coverage.subtitle"))
    to_fill = ["fill_int" if header.startswith("Jumlah") else "fill" for header in COVERAGE_TO_FILL]
    period_text = f"{month:%Y-%m}"
    first = HEADER_ROW + 1
    for r, row in enumerate(rows.to_dict("records"), start=first):
        sheet.write_string(r, 0, row["region_code"], fmt["locked"])
        sheet.write_string(r, 1, row["name"], fmt["locked"])
        sheet.write_string(r, 2, period_text, fmt["locked"])
        sheet.write_string(r, 3, segment, fmt["locked"])
        sheet.write_string(r, 4, group, fmt["locked"])
        for c, column in ((5, "active_participants"), (6, "target_workers")):
            value = row.get(column)
            if value is not None and not pd.isna(value):
                sheet.write_number(r, c, float(value), fmt["locked_int"])
            else:
                sheet.write_blank(r, c, None, fmt["locked"])
        source = "; ".join(p for p in (_text(row.get("source_title")), _text(row.get("source_date"))) if p)
        sheet.write(r, 7, source, fmt["locked"])
        _cells_to_fill(sheet, fmt, r, len(COVERAGE_PREFILLED), to_fill)
    last = first + len(rows) - 1
    for header in ("Jumlah peserta aktif", "Jumlah pekerja sasaran"):
        c = columns.index(header)
        sheet.data_validation(first, c, last, c, {"validate": "integer", "criteria": ">=", "value": 0,
                                                  "error_message": t("sheet.count.error")[:255]})
    _close(book, sheet, fmt, first, t("sheet.coverage.instructions_title", province=name, period=period_text),
           [t(f"sheet.coverage.help.{i}", n=fmt_int(len(rows))) for i in range(1, 6)])
    return buffer.getvalue()
