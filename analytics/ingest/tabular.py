"""Reading tables as they really arrive: CSV/TSV text and Excel workbooks with title rows above
the header, Indonesian headers, total rows, dotted thousands and Indonesian dates.

This is the low layer of the importers. It knows nothing of datasets, regions or the store:
``read_table`` turns bytes into a ``RawTable`` (cells exactly as read), ``detect_header`` finds
the header row by column synonyms the caller gives, ``apply_mapping`` cuts the data rows into a
frame (dropping and reporting total rows), and the ``parse_*`` functions read one cell each,
returning ``(value, reason)`` so a caller can report every bad cell at once.

Decisions worth knowing:
- The file type is sniffed from the content; the name is only used in messages.
- Cells keep what the file holds: text files give ``str``; workbooks give ``str`` for text and
  native ``int``/``float``/``bool``/``date``/``datetime`` for typed cells. Turning a workbook's
  float 1.234 into the text "1.234" would make the Indonesian reading 1234 of it, so typed
  values stay typed and the parsers accept them. ``cell_text`` renders any cell for display.
- Formulas are never evaluated. A formula cell gives the value Excel cached when it last saved
  the file; a formula without a cached value (files written by scripts, e.g. openpyxl) holds its
  formula text ("=SUM(D6:D19)"), which every parser refuses with ``Reason.FORMULA``, and is
  listed in ``RawTable.uncached_formulas``. Error cells (#DIV/0!) hold their error text.
- Numbers are read Indonesian first: "21.800" is 21800 and "29,84" is 29.84. In a whole-number
  column "21,800" is 21800 too (a count with three decimals is not a count). "1.234" in a decimal
  column is 1234 unless the caller passes ``style="en"`` (see ``guess_number_style``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePosixPath

# The layer's public names, from the modules that hold them (importers and tests use these).
from analytics.ingest.cells import (  # noqa: F401
    DEFAULT_MAX_BYTES, DEFAULT_MAX_CELLS, MAX_COLUMNS, SOURCE_ROW, UNPACK_RATIO, Cell, Control, FormulaCell,
    Message, RawTable, Reason, Rupiah, TabularError, api_control, cell_text, column_letter, is_blank,
    render_message, safe_name,
)
from analytics.ingest.headers import ColumnMatch, HeaderGuess, detect_header, normalise_header  # noqa: F401
from analytics.ingest.rows import MappedTable, SkippedRow, apply_mapping, header_texts, is_total_row  # noqa: F401
from analytics.ingest.textfiles import mb, read_text, sniff
from analytics.ingest.values import (  # noqa: F401
    ParseResult, explain, guess_number_style, has_scale_word, parse_date_id, parse_decimal_id, parse_int_id,
    parse_money_id, parse_period, parse_rupiah_words,
)
from analytics.ingest.workbooks import read_xls, read_xlsx


def read_table(
    data: bytes,
    file_name: str,
    sheet: str | int | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_cells: int = DEFAULT_MAX_CELLS,
    pick: Callable[[RawTable], float] | None = None,
) -> RawTable:
    """Read CSV/TSV/TXT text or an Excel workbook (.xlsx/.xlsm, legacy .xls) from bytes.

    ``sheet`` picks a workbook sheet by name (exact, then ignoring case and spaces) or by 0-based
    index; by default the first visible sheet holding data, or with ``pick`` (a score of a sheet's
    table) the best scoring one, its scores kept in ``sheet_scores``. Raises ``TabularError`` for empty,
    oversized, binary or otherwise non-tabular input, naming the file (and sheet or row)."""
    name = safe_name(file_name)
    if len(data) > max_bytes:
        raise TabularError("tabular.err.too_large", file=name, size_mb=mb(len(data)), limit_mb=mb(max_bytes))
    if not data:
        raise TabularError("tabular.err.empty", file=name)
    kind = sniff(data, name)
    if kind == "xlsx":
        table = read_xlsx(data, name, sheet, max_bytes, max_cells, pick)
    elif kind == "xls":
        table = read_xls(data, name, sheet, max_cells, pick)
    else:
        if sheet is not None:
            raise TabularError("tabular.err.sheet_for_text", file=name, sheet=sheet)
        table = read_text(data, name)
    if table.width > MAX_COLUMNS:
        raise TabularError("tabular.err.too_many_columns", file=name, row=1, columns=table.width, limit=MAX_COLUMNS)
    suffix = PurePosixPath(name).suffix.lower()
    expected = {".csv": "csv", ".tsv": "csv", ".txt": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls"}
    if suffix in expected and expected[suffix] != table.kind:
        table.notes.append(f"the file is named {suffix} but its content is {table.kind.upper()}; read as {table.kind}")
    return table
