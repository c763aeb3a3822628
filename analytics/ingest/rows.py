"""Cutting a table's data rows into a frame by a column mapping: total rows (JUMLAH, TOTAL),
note rows and blank rows are dropped and reported."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from analytics.ingest.cells import SOURCE_ROW, Cell, RawTable, TabularError, cell_text, is_blank
from analytics.ingest.headers import (
    HeaderGuess,
    compact,
    find_number_column,
    is_sub_header,
    joined_header,
    nonblank,
    normalise_header,
    unique_headers,
)
from analytics.ingest.values import parse_int_id

# --- rows: totals, notes, blanks ---------------------------------------------------------------
_TOTAL_WORDS = (
    "jumlah", "total", "jumlah total", "grand total", "sub total", "subtotal", "total keseluruhan",
    "jumlah keseluruhan", "jumlah seluruhnya", "total seluruhnya", "rata rata", "rerata",
)
_TOTAL = re.compile(r"^(?:" + "|".join(w.replace(" ", r"\s*") for w in _TOTAL_WORDS) + r")\b")
_NOTE = re.compile(r"^(sumber|keterangan|ket|catatan|note|notes|source|\*+\))\b|^\*+\)", re.IGNORECASE)


_TOTAL_START = ("jumlah", "total", "grand", "sub", "rata", "rerata")


def is_total_row(cells: Sequence[Cell]) -> bool:
    """True for a total/summary row: one of its first three filled cells (the "No." and name
    columns) says JUMLAH, TOTAL, Jumlah Total, GRAND TOTAL, Sub Total, Rata-rata, or starts
    with one of them ("JUMLAH KALTENG", "Total Provinsi")."""
    filled = [c for c in cells if not is_blank(c)][:3]
    return any(
        isinstance(c, str) and c.lstrip().lower().startswith(_TOTAL_START)  # cheap test first
        and bool(_TOTAL.match(normalise_header(c)))
        for c in filled
    )


def _is_note_row(cells: Sequence[Cell]) -> bool:
    filled = [c for c in cells if not is_blank(c)]
    return len(filled) == 1 and isinstance(filled[0], str) and bool(_NOTE.match(filled[0].strip()))


@dataclass(frozen=True)
class SkippedRow:
    row_number: int
    why: str  # "total" | "note" | "repeated_header"
    text: str  # the row's first filled cells, for the report


@dataclass
class MappedTable:
    """Data rows under a header, cut to the mapped columns.

    ``frame`` has one object column per mapped field, holding cells as read (see ``RawTable``),
    plus ``SOURCE_ROW`` ("__row__"): the spreadsheet row number of each data row."""

    frame: pd.DataFrame
    columns: dict[str, str]  # field -> header text it came from (for messages)
    total_rows: list[int]  # row numbers of total/summary rows removed
    skipped: list[SkippedRow]  # every non-blank row removed, with why (totals included)
    blank_rows: list[int]  # blank rows (or rows holding only the running number) dropped


def header_texts(raw: RawTable, header_row: int, header_rows: int = 1) -> list[str]:
    """The unique header names ``detect_header`` would show for this header row."""
    if header_rows == 2:
        return unique_headers(joined_header(raw, header_row - 1, header_row))
    return unique_headers(raw.rows[header_row])


def apply_mapping(
    raw: RawTable,
    header_row: int | HeaderGuess,
    mapping: dict[str | int, str | None],
) -> MappedTable:
    """Cut the rows below ``header_row`` (0-based, the last header row) into a frame.

    ``mapping`` maps a column, by header text (as in ``HeaderGuess.headers``) or 0-based index,
    to a field; None or "" leaves a column out. Blank rows are dropped; total rows, note rows
    ("Sumber: ...") and repeated header rows are dropped and listed. Raises ``TabularError`` for a
    header row outside the table, an unknown column, or a field mapped twice."""
    if isinstance(header_row, HeaderGuess):
        header_rows, header_row = header_row.header_rows, header_row.row_index
    elif not 0 <= header_row < raw.height:
        raise TabularError("tabular.err.header_row", row=header_row + 1, height=raw.height)
    else:  # a bare row index: the same two-row header rule as detect_header
        header_rows = 2 if header_row > 0 and is_sub_header(raw, header_row - 1, header_row) else 1
    # the header names shown to users, plus the other reading (one row or two) as a fallback
    names = header_texts(raw, header_row, header_rows)
    other = header_texts(raw, header_row, 3 - header_rows) if header_row > 0 else names

    columns: dict[str, int] = {}
    shown: dict[str, str] = {}
    for key, fld in mapping.items():
        if not fld:
            continue
        if isinstance(key, int) and not isinstance(key, bool):
            if not 0 <= key < raw.width:
                raise TabularError("tabular.err.unknown_column", column=key, row=header_row + 1,
                                   headers=", ".join(names))
            col = key
        elif key in names:
            col = names.index(key)
        elif key in other:
            col = other.index(key)
        else:
            loose = [i for i, h in enumerate(names) if compact(h) == compact(key)]
            if len(loose) != 1:
                raise TabularError("tabular.err.unknown_column", column=key, row=header_row + 1,
                                   headers=", ".join(names))
            col = loose[0]
        if fld in columns and columns[fld] != col:
            raise TabularError("tabular.err.column_twice", field=fld, first=shown[fld], second=names[col])
        columns[fld], shown[fld] = col, names[col]

    header_cells = (joined_header(raw, header_row - 1, header_row) if header_rows == 2
                    else raw.rows[header_row])
    number_col = find_number_column(raw, header_row, header_cells, set(columns.values()))
    header_keys = [compact(c) for c in raw.rows[header_row]]
    header_filled = nonblank(raw.rows[header_row])
    first_col = next((i for i, key in enumerate(header_keys) if key), 0)
    first_text = cell_text(raw.rows[header_row][first_col]).strip().casefold()
    data: dict[str, list[Cell]] = {fld: [] for fld in columns}
    source_rows: list[int] = []
    total_rows: list[int] = []
    skipped: list[SkippedRow] = []
    blank_rows: list[int] = []
    for index in range(header_row + 1, raw.height):
        row = raw.rows[index]
        number = index + 1
        filled = [c for c in row if not is_blank(c)]
        # an Excel template numbers its empty rows: a row holding only the running number is blank
        if not filled or (number_col is not None and len(filled) == 1 and not is_blank(row[number_col])
                          and parse_int_id(row[number_col])[1] is None):
            blank_rows.append(number)
            continue
        why = None
        if is_total_row(filled):
            why = "total"
            total_rows.append(number)
        elif len(filled) == 1 and _is_note_row(filled):
            why = "note"
        elif (len(filled) == header_filled and cell_text(row[first_col]).strip().casefold() == first_text
              and [compact(c) for c in row] == header_keys):
            why = "repeated_header"  # the header printed again on every page
        if why:
            skipped.append(SkippedRow(number, why, " | ".join(cell_text(c) for c in filled)[:80]))
            continue
        for fld, col in columns.items():
            data[fld].append(row[col])
        source_rows.append(number)
    frame = pd.DataFrame({fld: pd.Series(values, dtype=object) for fld, values in data.items()})
    frame[SOURCE_ROW] = pd.Series(source_rows, dtype="int64")
    return MappedTable(frame=frame, columns=shown, total_rows=total_rows, skipped=skipped, blank_rows=blank_rows)
