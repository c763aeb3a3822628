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

import csv
import datetime as dt
import io
import math
import re
import unicodedata
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import PurePosixPath
from typing import Any
from xml.etree import ElementTree

import pandas as pd

from analytics.i18n.strings_tabular import STRINGS

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_MAX_CELLS = 5_000_000  # cells in a sheet's used range (rows x columns), guards memory
MAX_COLUMNS = 1_000  # real tables have tens; a line of a million cells would stall header detection
UNPACK_RATIO = 16  # a workbook may unpack to this many times max_bytes (XML is verbose)
SOURCE_ROW = "__row__"  # frame column holding the spreadsheet row number of each data row
HEADER_SCAN_ROWS = 30
SNIFF_LINES = 200

Cell = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None


# --- errors and reasons ------------------------------------------------------------------------
class TabularError(ValueError):
    """A whole file (or a mapping) that cannot be read as a table.

    ``str(error)`` is the English message; ``key`` and ``params`` let a page show it in the
    user's language (``error.localized()``)."""

    def __init__(self, key: str, **params: Any):
        self.key = key
        self.params = params
        super().__init__(_render(key, params, english=True))

    def localized(self) -> str:
        return _render(self.key, self.params, english=None)


def _render(key: str, params: dict[str, Any], english: bool | None) -> str:
    from analytics.i18n import t

    def text(k: str, **fmt: Any) -> str:
        if english is None:
            return t(k, **fmt)
        template = STRINGS[k][1]
        return template.format(**fmt) if fmt else template

    # "kind" and "advice" are themselves message keys, rendered in the same language
    shown = {k: (text(v) if k in ("kind", "advice") else v) for k, v in params.items()}
    return text(key, **shown)


class Reason(StrEnum):
    """Why a cell could not be read. The value is the English text; ``key`` the i18n key."""

    TEXT = STRINGS["tabular.reason.text"][1]
    NOT_WHOLE = STRINGS["tabular.reason.not_whole"][1]
    BAD_NUMBER = STRINGS["tabular.reason.bad_number"][1]
    BOOLEAN = STRINGS["tabular.reason.boolean"][1]
    DATE_IN_NUMBER = STRINGS["tabular.reason.date_in_number"][1]
    FORMULA = STRINGS["tabular.reason.formula"][1]
    EXCEL_ERROR = STRINGS["tabular.reason.excel_error"][1]
    NOT_A_DATE = STRINGS["tabular.reason.not_a_date"][1]
    IMPOSSIBLE_DATE = STRINGS["tabular.reason.impossible_date"][1]
    DATE_OUT_OF_RANGE = STRINGS["tabular.reason.date_out_of_range"][1]
    MONTH_ONLY = STRINGS["tabular.reason.month_only"][1]
    YEAR_ONLY = STRINGS["tabular.reason.year_only"][1]
    NOT_A_PERIOD = STRINGS["tabular.reason.not_a_period"][1]
    YEAR_ONLY_PERIOD = STRINGS["tabular.reason.year_only_period"][1]
    IMPOSSIBLE_MONTH = STRINGS["tabular.reason.impossible_month"][1]
    PERIOD_TOO_EARLY = STRINGS["tabular.reason.period_too_early"][1]
    PERIOD_IN_FUTURE = STRINGS["tabular.reason.period_in_future"][1]

    @property
    def key(self) -> str:
        return f"tabular.reason.{self.name.lower()}"


# --- the raw table -----------------------------------------------------------------------------
@dataclass(frozen=True)
class FormulaCell:
    row_number: int  # 1-based, as Excel shows it
    column: str  # column letter
    formula: str  # "=SUM(D6:D19)"


@dataclass
class RawTable:
    """Cells as read, one list per row; ``rows[i]`` is spreadsheet row ``i + 1``.

    Rows are padded to the same width; empty cells are "". Title rows, blank rows and total
    rows are all still here: header detection and ``apply_mapping`` deal with them."""

    file_name: str  # last path component only, for messages
    kind: str  # "csv" | "xlsx" | "xls"
    rows: list[list[Cell]]
    sheet_names: list[str] = field(default_factory=list)  # [] for text files
    sheet: str | None = None  # the sheet read
    encoding: str | None = None  # text files: utf-8 | utf-8-sig | utf-16 | cp1252 | latin-1
    delimiter: str | None = None  # text files: ; , \t or |
    merged_ranges: list[tuple[int, int, int, int]] = field(default_factory=list)  # 0-based r0,c0,r1,c1
    uncached_formulas: list[FormulaCell] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # harmless observations (e.g. extension mismatch)

    @property
    def height(self) -> int:
        return len(self.rows)

    @property
    def width(self) -> int:
        return len(self.rows[0]) if self.rows else 0


def read_table(
    data: bytes,
    file_name: str,
    sheet: str | int | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_cells: int = DEFAULT_MAX_CELLS,
) -> RawTable:
    """Read CSV/TSV/TXT text or an Excel workbook (.xlsx/.xlsm, legacy .xls) from bytes.

    ``sheet`` picks a workbook sheet by name (exact, then ignoring case and spaces) or by 0-based
    index; by default the first visible sheet holding data. Raises ``TabularError`` for empty,
    oversized, binary or otherwise non-tabular input, naming the file (and sheet or row)."""
    name = safe_name(file_name)
    if len(data) > max_bytes:
        raise TabularError("tabular.err.too_large", file=name, size_mb=_mb(len(data)), limit_mb=_mb(max_bytes))
    if not data:
        raise TabularError("tabular.err.empty", file=name)
    kind = _sniff(data, name)
    if kind == "xlsx":
        table = _read_xlsx(data, name, sheet, max_bytes, max_cells)
    elif kind == "xls":
        table = _read_xls(data, name, sheet, max_cells)
    else:
        if sheet is not None:
            raise TabularError("tabular.err.sheet_for_text", file=name, sheet=sheet)
        table = _read_text(data, name)
    if table.width > MAX_COLUMNS:
        raise TabularError("tabular.err.too_many_columns", file=name, row=1, columns=table.width, limit=MAX_COLUMNS)
    suffix = PurePosixPath(name).suffix.lower()
    expected = {".csv": "csv", ".tsv": "csv", ".txt": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls"}
    if suffix in expected and expected[suffix] != table.kind:
        table.notes.append(f"the file is named {suffix} but its content is {table.kind.upper()}; read as {table.kind}")
    return table


def safe_name(file_name: str) -> str:
    """The last path component only ("../../etc/passwd.csv" -> "passwd.csv"): the name is shown
    in messages and provenance, never used to open anything."""
    base = PurePosixPath(str(file_name).replace("\\", "/")).name
    base = re.sub(r"[\x00-\x1f\x7f]", "", base).strip()
    return base[:200] or "upload"


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def is_blank(value: object) -> bool:
    """Empty cell: None, NaN or whitespace-only text (a dash is not blank here: it is a value
    the parsers read as missing)."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def cell_text(value: object) -> str:
    """A cell as text for display and for header matching."""
    if is_blank(value):
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ") if value.time() != dt.time() else value.date().isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


# --- sniffing ----------------------------------------------------------------------------------
_MAGIC = [
    (b"%PDF", "tabular.kind.pdf"),
    (b"\x89PNG", "tabular.kind.image"),
    (b"\xff\xd8\xff", "tabular.kind.image"),
    (b"GIF8", "tabular.kind.image"),
    (b"\x1f\x8b", "tabular.kind.archive"),
    (b"Rar!", "tabular.kind.archive"),
    (b"7z\xbc\xaf", "tabular.kind.archive"),
]
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _sniff(data: bytes, name: str) -> str:
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _sniff_zip(data, name)
    if data.startswith(_OLE2):
        return "xls"  # legacy Excel (or a password-protected workbook: calamine will say)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise TabularError("tabular.err.other_type", file=name, kind=kind, advice="tabular.advice.upload_table")
    head = data[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise TabularError("tabular.err.binary", file=name)
    return "csv"


def _sniff_zip(data: bytes, name: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = {n.lower() for n in zf.namelist()}
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise TabularError("tabular.err.damaged_workbook", file=name, detail=f"broken ZIP container: {exc}") from None
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "xl/workbook.bin" in names:
        kind = "tabular.kind.xlsb"
    elif "content.xml" in names and "mimetype" in names:
        kind = "tabular.kind.ods"
    elif "word/document.xml" in names:
        kind = "tabular.kind.word"
    elif "ppt/presentation.xml" in names:
        kind = "tabular.kind.powerpoint"
    else:
        raise TabularError("tabular.err.other_type", file=name, kind="tabular.kind.zip",
                           advice="tabular.advice.upload_table")
    raise TabularError("tabular.err.other_type", file=name, kind=kind, advice="tabular.advice.save_as_xlsx")


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".rstrip("0").rstrip(".")


# --- text files --------------------------------------------------------------------------------
_DELIMITERS = (";", ",", "\t", "|")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode Text" export is UTF-16
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8", "cp1252"):  # cp1252: Windows Excel's "CSV" in Indonesian locale
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"  # never fails: every byte is a character


def _read_text(data: bytes, name: str) -> RawTable:
    text, encoding = _decode(data)
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<table")) or ("<html" in head[:300]):
        raise TabularError("tabular.err.other_type", file=name, kind="tabular.kind.html",
                           advice="tabular.advice.save_as_xlsx")
    if head.startswith("<?xml") and "urn:schemas-microsoft-com:office:spreadsheet" in text[:4096]:
        raise TabularError("tabular.err.other_type", file=name, kind="tabular.kind.xml_spreadsheet",
                           advice="tabular.advice.save_as_xlsx")
    sample = text[:65536]
    if len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise TabularError("tabular.err.binary", file=name)
    if not text.strip():
        raise TabularError("tabular.err.no_data", file=name)

    delimiter = None
    first_line, _, rest = text.partition("\n")
    hint = re.fullmatch(r'"?sep=(.)"?\r?', first_line.strip("\ufeff"))
    if hint:  # Excel's "sep=;" first line: Excel hides it, so rows are numbered without it
        delimiter, text = hint.group(1), rest
    else:
        delimiter = _detect_delimiter(text[:65536].rsplit("\n", 1)[0] if len(text) > 65536 else text)
    if delimiter is None:
        raise TabularError("tabular.err.no_delimiter", file=name, lines=SNIFF_LINES)

    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', strict=True)
    rows: list[list[Cell]] = []
    try:
        for record in reader:
            if len(record) > MAX_COLUMNS:
                raise TabularError("tabular.err.too_many_columns", file=name, row=len(rows) + 1,
                                   columns=len(record), limit=MAX_COLUMNS)
            rows.append(list(record))
    except csv.Error as exc:
        raise TabularError("tabular.err.bad_csv", file=name, row=len(rows) + 1, detail=str(exc)) from None
    rows = _rectangular(rows)
    if not any(not is_blank(c) for row in rows for c in row):
        raise TabularError("tabular.err.no_data", file=name)
    return RawTable(file_name=name, kind="csv", rows=rows, encoding=encoding, delimiter=delimiter)


def _detect_delimiter(sample: str) -> str | None:
    """The candidate giving the most rows of the same (modal) width, weighted by that width.

    Title rows have one field (or are padded by Excel to full width); data rows share one width.
    A decimal comma inside a ";" file gives "," only a narrow, irregular split, so ";" wins."""
    lines = [line for line in sample.splitlines() if line.strip()][:SNIFF_LINES]
    if not lines:
        return None
    block = "\n".join(lines)
    best, best_score = None, 0
    for candidate in _DELIMITERS:
        if candidate not in block:
            continue
        reader = csv.reader(io.StringIO(block, newline=""), delimiter=candidate, quotechar='"')
        try:
            widths = [len(r) for r in reader if len(r) > 1]
        except csv.Error:
            continue
        if not widths:
            continue
        modal, count = Counter(widths).most_common(1)[0]
        score = count * (modal - 1)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _rectangular(rows: list[list[Cell]]) -> list[list[Cell]]:
    """Pad rows to one width, dropping trailing blank rows and all-blank trailing columns
    (Excel pads CSV title rows with ";;;;")."""
    while rows and all(is_blank(c) for c in rows[-1]):
        rows.pop()
    width = 0
    for row in rows:
        for i in range(len(row) - 1, -1, -1):
            if not is_blank(row[i]):
                width = max(width, i + 1)
                break
    return [(row + [""] * (width - len(row)))[:width] for row in rows]


# --- workbooks ---------------------------------------------------------------------------------
# The reference of every cell that is not an empty self-closing tag (style only, "<c r="Z9" s="1"/>"),
# which calamine ignores and so must not count towards the used range.
_CELL_REF = re.compile(rb"""<(?:[\w.-]+:)?c\b[^>]*?\sr=["']([A-Z]{1,3})([0-9]{1,7})["'][^>]*?(?<!/)>""")
_REF = re.compile(rb"""\sr=["']([A-Z]{1,3})([0-9]{1,7})["']""")
_CELL_START = re.compile(rb"<(?:[\w.-]+:)?c\b")
_CELL_END = re.compile(rb"</(?:[\w.-]+:)?c>")
_FORMULA_TAG = re.compile(rb"<(?:[\w.-]+:)?f\b[^>]*?(/?)>")
_ERROR_CELL = re.compile(rb"""<(?:[\w.-]+:)?c\b[^>]*?\st=["']e["'][^>]*>""")
_VALUE = re.compile(rb"<(?:[\w.-]+:)?v\b[^>]*>([^<]+)</")


def _open_calamine(data: bytes, name: str, legacy: bool):
    import python_calamine

    try:
        return python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as exc:  # calamine raises several unrelated types (CalamineError, ZipError, ...)
        key = "tabular.err.unreadable_xls" if legacy else "tabular.err.damaged_workbook"
        raise TabularError(key, file=name, detail=str(exc) or type(exc).__name__) from None


def _sheet_list(names: Sequence[str]) -> str:
    return ", ".join(f"'{n}' ({i})" for i, n in enumerate(names))


def _resolve_sheet(wanted: str | int, names: list[str], file: str) -> int:
    if isinstance(wanted, bool) or not isinstance(wanted, (str, int)):
        raise TypeError("sheet must be a name (str) or a 0-based index (int)")
    if isinstance(wanted, int):
        if 0 <= wanted < len(names):
            return wanted
        raise TabularError("tabular.err.sheet_index", file=file, index=wanted, sheets=_sheet_list(names))
    if wanted in names:
        return names.index(wanted)
    loose = [i for i, n in enumerate(names) if _compact(n) == _compact(wanted)]
    if len(loose) == 1:
        return loose[0]
    raise TabularError("tabular.err.sheet_not_found", file=file, sheet=wanted, sheets=_sheet_list(names))


def _read_workbook(
    data: bytes, name: str, kind: str, sheet: str | int | None, max_cells: int,
    xlsx_zip: zipfile.ZipFile | None,
) -> RawTable:
    import python_calamine

    book = _open_calamine(data, name, legacy=kind == "xls")
    try:
        names = list(book.sheet_names)
        if not names:
            raise TabularError("tabular.err.no_sheet_with_data", file=name, sheets="–")
        if sheet is not None:
            order = [_resolve_sheet(sheet, names, name)]
        else:
            # default: the first visible worksheet with data, then hidden ones
            visible = [i for i, meta in enumerate(book.sheets_metadata)
                       if meta.visible == python_calamine.SheetVisibleEnum.Visible]
            order = visible + [i for i in range(len(names)) if i not in visible]
        sheet_paths = _xlsx_sheet_paths(xlsx_zip) if xlsx_zip is not None else {}
        for index in order:
            sheet_name = names[index]
            cells: dict[tuple[int, int], str] = {}
            formulas: list[FormulaCell] = []
            if xlsx_zip is not None and sheet_name in sheet_paths:
                cells, formulas = _scan_sheet_xml(xlsx_zip, sheet_paths[sheet_name], name, sheet_name, max_cells)
            try:
                loaded = book.get_sheet_by_index(index)
            except Exception as exc:
                raise TabularError("tabular.err.damaged_workbook", file=name,
                                   detail=f"sheet '{sheet_name}': {exc}") from None
            end = loaded.end
            if end is not None and (end[0] + 1) * (end[1] + 1) > max_cells:  # .xls: no XML to check first
                raise TabularError("tabular.err.too_many_cells", file=name, sheet=sheet_name,
                                   range=f"A1:{column_letter(end[1])}{end[0] + 1}",
                                   cells=(end[0] + 1) * (end[1] + 1), limit=max_cells)
            rows = _sheet_rows(loaded)
            for (r, c), text in cells.items():  # uncached formulas and error cells: show what they are
                while len(rows) <= r:
                    rows.append([])
                if len(rows[r]) <= c:
                    rows[r].extend([""] * (c + 1 - len(rows[r])))
                if is_blank(rows[r][c]):
                    rows[r][c] = text
            rows = _rectangular(rows)
            if not rows:
                if sheet is not None:
                    raise TabularError("tabular.err.sheet_empty", file=name, sheet=sheet_name)
                continue
            merged = [(a[0], a[1], b[0], b[1]) for a, b in (loaded.merged_cell_ranges or [])]
            return RawTable(file_name=name, kind=kind, rows=rows, sheet_names=names, sheet=sheet_name,
                            merged_ranges=merged, uncached_formulas=formulas)
        raise TabularError("tabular.err.no_sheet_with_data", file=name, sheets=_sheet_list(names))
    finally:
        book.close()


def _read_xlsx(data: bytes, name: str, sheet: str | int | None, max_bytes: int, max_cells: int) -> RawTable:
    from analytics import xlsx_guard

    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise TabularError("tabular.err.damaged_workbook", file=name, detail=f"broken ZIP container: {exc}") from None
    with zf:
        max_unpacked = max_bytes * UNPACK_RATIO
        unpacked = sum(info.file_size for info in zf.infolist())
        if unpacked > max_unpacked:  # a zip bomb would exhaust memory before any row is read
            raise TabularError("tabular.err.unpacked_too_large", file=name, size_mb=_mb(unpacked),
                               limit_mb=_mb(max_unpacked))
        try:  # each part too, before calamine reads any of them whole (shared strings at open)
            xlsx_guard.check_parts(data, zf, max_bytes)
        except xlsx_guard.PartTooLarge as exc:
            raise TabularError("tabular.err.part_too_large", file=name, part=exc.part, size_mb=_mb(exc.size),
                               limit_mb=_mb(exc.limit), file_mb=_mb(len(data))) from None
        except xlsx_guard.PartDamaged as exc:
            raise TabularError("tabular.err.damaged_workbook", file=name, detail=str(exc)) from None
        try:
            return _read_workbook(data, name, "xlsx", sheet, max_cells, zf)
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            # e.g. a central directory that lies about sizes (a disguised zip bomb): bad CRC
            raise TabularError("tabular.err.damaged_workbook", file=name, detail=str(exc)) from None


def _sheet_rows(loaded) -> list[list[Cell]]:
    """The sheet's rows from A1, converted one row at a time (``to_python`` would build a whole
    second copy of the sheet as Python lists before this one)."""
    end = loaded.end
    if end is None:
        return []
    width = end[1] + 1
    rows: list[list[Cell]] = []
    for row in loaded.iter_rows():  # rows from the first; columns from the first used one
        # Excel stores every number as a float; whole ones become int so "7" stays "7", not "7.0"
        cells = [int(v) if type(v) is float and v.is_integer() and abs(v) < 2**53 else v for v in row]
        rows.append([""] * (width - len(cells)) + cells if len(cells) < width else cells)
    if len(rows) < end[0] + 1:  # should a version start at the first used row instead
        rows[:0] = [[""] * width for _ in range(end[0] + 1 - len(rows))]
    return rows


def _read_xls(data: bytes, name: str, sheet: str | int | None, max_cells: int) -> RawTable:
    # BIFF stores a cached result for every formula, so calamine's values are what Excel showed
    return _read_workbook(data, name, "xls", sheet, max_cells, None)


def _xlsx_sheet_paths(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> worksheet XML path inside the package."""
    ns_main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    ns_rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    lookup = {n.lower(): n for n in zf.namelist()}
    try:
        workbook = ElementTree.fromstring(zf.read(lookup["xl/workbook.xml"]))
        rels = ElementTree.fromstring(zf.read(lookup["xl/_rels/workbook.xml.rels"]))
    except (KeyError, ElementTree.ParseError):
        return {}
    targets = {}
    for rel in rels:
        target = rel.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        targets[rel.get("Id")] = lookup.get(path.lower(), path)
    paths = {}
    for sheet in workbook.iter(f"{ns_main}sheet"):
        rid = sheet.get(f"{ns_rel}id")
        if rid in targets:
            paths[sheet.get("name")] = targets[rid]
    return paths

def _scan_sheet_xml(
    zf: zipfile.ZipFile, path: str, name: str, sheet: str, max_cells: int,
) -> tuple[dict[tuple[int, int], str], list[FormulaCell]]:
    """Check the used range before calamine allocates it (one far cell would make a dense grid of
    billions), and find the cells calamine shows as blank: formulas without a cached value and
    error values. Returns {(row, col): text to show} and the uncached formulas.

    One streaming regex pass over the sheet XML (an XML parse of every cell costs several times
    more); cells never span rows, so chunks are cut after a row tag."""
    max_row = max_col = 0
    shown: dict[tuple[int, int], str] = {}
    formulas: list[FormulaCell] = []
    unplaced = False
    tail = b""
    with zf.open(path) as stream:
        while True:
            chunk = stream.read(1 << 20)
            block = tail + chunk
            if chunk:
                cut = block.rfind(b"row>")
                if cut == -1:
                    tail = block
                    continue
                block, tail = block[:cut + 4], block[cut + 4:]
            refs = _CELL_REF.findall(block)
            if refs:  # C-level loops: a Python loop per cell would cost more than calamine's read
                letters, numbers = zip(*refs)
                max_col = max(max_col, *(_column_index(c.decode()) + 1 for c in set(letters)))
                max_row = max(max_row, max(map(int, numbers)))
            # cheap substring tests first: most sheets have neither formulas nor error cells
            formula_tags = _FORMULA_TAG.finditer(block) if b"<f" in block or b":f" in block else ()
            for m in formula_tags:
                unplaced |= _note_formula(block, m, shown, formulas)
            error_cells = _ERROR_CELL.finditer(block) if b"t=\"e\"" in block or b"t='e'" in block else ()
            for m in error_cells:
                end = _CELL_END.search(block, m.end())
                ref = _REF.search(m.group(0))
                value = _VALUE.search(block, m.end(), end.start()) if end else None
                if ref is None:
                    unplaced = True
                elif value is not None:
                    shown[_position(ref)] = _xml_text(value.group(1))
            if not chunk:
                break
    if max_row * max_col > max_cells:
        raise TabularError("tabular.err.too_many_cells", file=name, sheet=sheet,
                           range=f"A1:{column_letter(max_col - 1)}{max_row}", cells=max_row * max_col,
                           limit=max_cells)
    if unplaced:  # cells without an "r" reference (allowed, rare): place them by parsing the XML
        return _special_cells_by_parsing(zf, path)
    return shown, formulas


def _note_formula(block: bytes, m: re.Match, shown: dict, formulas: list) -> bool:
    """Record the formula at ``m`` if its cell has no cached value; True if it cannot be placed."""
    start = block.rfind(b"<", 0, m.start())  # <f> is the cell's first child by the schema
    end = _CELL_END.search(block, m.end())
    tag_end = block.find(b">", start)
    ref = _REF.search(block, start, tag_end) if start != -1 else None
    if start == -1 or end is None or not _CELL_START.match(block, start) or ref is None:
        return True
    body = block[m.end():end.start()]
    if _VALUE.search(body):
        return False  # Excel's cached result: calamine already shows it
    text = b"" if m.group(1) else body.split(b"</", 1)[0]
    formula = "=" + (_xml_text(text) or "(shared formula)")
    row, col = _position(ref)
    shown[(row, col)] = formula
    formulas.append(FormulaCell(row + 1, column_letter(col), formula))
    return False


def _position(ref: re.Match) -> tuple[int, int]:
    return int(ref.group(2)) - 1, _column_index(ref.group(1).decode())


def _xml_text(raw: bytes) -> str:
    from xml.sax.saxutils import unescape

    return unescape(raw.decode("utf-8", "replace"), {"&quot;": '"', "&apos;": "'"})


def _special_cells_by_parsing(zf: zipfile.ZipFile, path: str) -> tuple[dict[tuple[int, int], str], list[FormulaCell]]:
    shown: dict[tuple[int, int], str] = {}
    formulas: list[FormulaCell] = []
    row_index, col_index = -1, -1
    with zf.open(path) as stream:
        for event, elem in ElementTree.iterparse(stream, events=("start", "end")):
            tag = elem.tag.rsplit("}", 1)[-1]
            if event == "start":
                if tag == "row":
                    ref = elem.get("r")
                    row_index = int(ref) - 1 if ref and ref.isdigit() else row_index + 1
                    col_index = -1
                elif tag == "c":
                    m = re.fullmatch(r"([A-Z]{1,3})([0-9]+)", elem.get("r") or "")
                    col_index = _column_index(m.group(1)) if m else col_index + 1
                continue
            if tag == "c":
                value = elem.find("{*}v")
                cached = value is not None and (value.text or "") != ""
                formula = elem.find("{*}f")
                if formula is not None and not cached:
                    text = "=" + (formula.text or "(shared formula)")
                    shown[(row_index, col_index)] = text
                    formulas.append(FormulaCell(row_index + 1, column_letter(col_index), text))
                elif elem.get("t") == "e" and cached:
                    shown[(row_index, col_index)] = value.text
                elem.clear()
            elif tag == "row":
                elem.clear()
    return shown, formulas


def _column_index(letters: str) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + (ord(ch) - 64)
    return index - 1


# --- header detection --------------------------------------------------------------------------
@dataclass(frozen=True)
class ColumnMatch:
    column: int  # 0-based column index
    header: str  # header text as shown (unique within the table)
    field: str | None  # canonical field, None when no synonym matched
    synonym: str | None  # the synonym that matched
    exact: bool  # whole header equals the synonym (after normalising) vs. contains it


@dataclass
class HeaderGuess:
    row_index: int  # 0-based index of the (last) header row; data starts on the next row
    row_number: int  # the same row as Excel numbers it (row_index + 1)
    header_rows: int  # 1, or 2 when a group header sits above (merged "Jumlah Peserta" over PU|BPU)
    headers: list[str]  # one per column; blank ones named "(C)", repeated ones "Jumlah (D)"
    mapping: dict[str, str]  # header text -> canonical field, for the columns that matched
    matches: list[ColumnMatch]
    missing: list[str]  # canonical fields no column matched
    conflicts: list[str]  # e.g. two columns both looking like one field: the first is used
    number_column: int | None  # the running "No." column, if any
    method: str  # "synonyms" or "fallback" (first row of mostly text cells)
    score: float

    @property
    def first_row_number(self) -> int:
        return self.row_number - self.header_rows + 1


_NUMBER_HEADERS = {"no", "nomor urut", "no urut", "nr", "nomer", "#", "no urt"}


def normalise_header(text: object) -> str:
    """Casefolded words: punctuation to spaces, "(orang)"-style units dropped.
    "Kab./Kota" -> "kab kota"; "Jumlah Peserta Aktif (orang)" -> "jumlah peserta aktif"."""
    raw = unicodedata.normalize("NFKC", cell_text(text)).casefold().strip()
    if raw == "#":
        return "#"
    without_units = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", raw)
    if re.search(r"\w", without_units):
        raw = without_units
    return " ".join(re.sub(r"[^\w]+|_", " ", raw).split())


def _compact(text: object) -> str:
    return normalise_header(text).replace(" ", "")


class _Synonyms:
    def __init__(self, synonyms: dict[str, list[str]]):
        self.exact: dict[str, tuple[str, str]] = {}
        self.phrases: list[tuple[frozenset[str], str, str]] = []
        for fld, words in synonyms.items():
            for word in [fld, *words]:
                key = _compact(word)
                if key and key not in self.exact:
                    self.exact[key] = (fld, word)
                tokens = normalise_header(word).split()
                if len(tokens) >= 2:  # one-word synonyms ("kota", "nama") only match whole headers
                    self.phrases.append((frozenset(tokens), fld, word))
        self.phrases.sort(key=lambda p: -len(p[0]))

    def match(self, header: object) -> tuple[str | None, str | None, bool]:
        key = _compact(header)
        if not key:
            return None, None, False
        if key in self.exact:
            fld, word = self.exact[key]
            return fld, word, True
        tokens = set(normalise_header(header).split())
        for phrase, fld, word in self.phrases:
            # a phrase inside a short header, not inside a title sentence
            if phrase <= tokens and len(tokens) - len(phrase) <= 3:
                return fld, word, False
        return None, None, False


def _is_texty(value: Cell) -> bool:
    return isinstance(value, str) and bool(value.strip()) and parse_decimal_id(value)[0] is None \
        and not re.fullmatch(r"[\d\s./-]+", value.strip())


def _nonblank(row: Sequence[Cell]) -> int:
    return sum(1 for c in row if not is_blank(c))


def _score_row(texts: Sequence[Cell], syn: _Synonyms) -> float:
    best: dict[str, float] = {}
    for text in texts:
        fld, _, exact = syn.match(text)
        if fld:
            best[fld] = max(best.get(fld, 0.0), 1.0 if exact else 0.6)
    return sum(best.values())


def detect_header(
    raw: RawTable, synonyms: dict[str, list[str]], *, max_scan_rows: int = HEADER_SCAN_ROWS,
) -> HeaderGuess | None:
    """Find the header row below any title rows, and propose a column -> field mapping.

    Rows are scored by how many distinct fields their cells name (whole-header matches count 1,
    a synonym phrase inside a short header 0.6); the best row wins, the earliest on ties. When no
    row names any field, the first row of mostly text cells is taken. A group header above
    (merged "Jumlah Peserta" over "PU | BPU", or "No" merged down two rows) is joined to it.
    Returns None when no row could be a header (nothing but single cells and numbers)."""
    if not raw.rows:
        return None
    syn = _Synonyms(synonyms)
    scan = raw.rows[:max_scan_rows]
    min_cells = 1 if raw.width == 1 else 2
    best_index, best_score = None, 0.0
    for i, row in enumerate(scan):
        if _nonblank(row) < min_cells:
            continue
        score = _score_row(row, syn)
        if score > best_score:
            best_index, best_score = i, score
    method = "synonyms"
    if best_index is None:
        method = "fallback"
        used = max((_nonblank(r) for r in scan), default=0)
        for i, row in enumerate(scan):
            texty = sum(1 for c in row if _is_texty(c))
            if texty >= min_cells and texty == _nonblank(row) and texty >= 0.6 * used:
                best_index = i
                break
    if best_index is None:
        return None

    header_rows, texts = 1, list(raw.rows[best_index])
    if best_index + 1 < raw.height and _is_sub_header(raw, best_index, best_index + 1):
        header_rows, texts = 2, _joined_header(raw, best_index, best_index + 1)
        best_index += 1
    elif best_index > 0 and _is_sub_header(raw, best_index - 1, best_index):
        header_rows, texts = 2, _joined_header(raw, best_index - 1, best_index)
    headers = _unique_headers(texts)

    matches: list[ColumnMatch] = []
    mapping: dict[str, str] = {}
    taken: dict[str, ColumnMatch] = {}
    conflicts: list[str] = []
    candidates = []
    for col, (text, header) in enumerate(zip(texts, headers)):
        fld, word, exact = syn.match(text)
        candidates.append((col, header, fld, word, exact))
    # exact matches claim their field before phrase matches, then left to right
    for col, header, fld, word, exact in sorted(candidates, key=lambda c: (not c[4], c[0])):
        if fld is None:
            continue
        if fld in taken:
            conflicts.append(f"'{header}' also looks like {fld}; '{taken[fld].header}' is used")
            continue
        taken[fld] = ColumnMatch(col, header, fld, word, exact)
    for col, header, *_ in candidates:
        chosen = next((m for m in taken.values() if m.column == col), None)
        matches.append(chosen or ColumnMatch(col, header, None, None, False))
        if chosen:
            mapping[header] = chosen.field
    number_column = _number_column(raw, best_index, texts, {m.column for m in taken.values()})
    return HeaderGuess(
        row_index=best_index, row_number=best_index + 1, header_rows=header_rows, headers=headers,
        mapping=mapping, matches=matches, missing=[f for f in synonyms if f not in taken],
        conflicts=conflicts, number_column=number_column, method=method,
        score=_score_row(texts, syn) if method == "synonyms" else 0.0,
    )


def _is_sub_header(raw: RawTable, upper: int, lower: int) -> bool:
    """Is row ``lower`` the second line of a two-row header starting at ``upper``?

    Yes when it holds only text, is blank under some header cells (those merged downwards) and
    has text where the upper row is blank (the columns a group header spans)."""
    top, bottom = raw.rows[upper], raw.rows[lower]
    if _nonblank(bottom) == 0 or _nonblank(top) < 2:
        return False
    if any(not is_blank(c) and not _is_texty(c) for c in bottom):
        return False
    under_blank = any(not is_blank(t) and is_blank(b) for t, b in zip(top, bottom))
    spans = any(is_blank(t) and not is_blank(b) for t, b in zip(top, bottom))
    return under_blank and spans


def _joined_header(raw: RawTable, upper: int, lower: int) -> list[str]:
    top = [cell_text(c) for c in raw.rows[upper]]
    bottom = [cell_text(c) for c in raw.rows[lower]]
    filled = list(top)
    merged = [(c0, c1) for r0, c0, r1, c1 in raw.merged_ranges if r0 <= upper <= r1 and c1 > c0]
    for c0, c1 in merged:
        for c in range(c0 + 1, min(c1, len(filled) - 1) + 1):
            filled[c] = filled[c] or top[c0]
    if not merged:  # text files: a group label covers the blank cells right of it that have sub-labels
        for c in range(1, len(filled)):
            if not filled[c] and bottom[c] and bottom[c - 1] and filled[c - 1]:
                filled[c] = filled[c - 1]
    return [" ".join(p for p in (filled[c], bottom[c]) if p) for c in range(len(top))]


def _unique_headers(texts: Sequence[Cell]) -> list[str]:
    shown = [" ".join(cell_text(t).split()) for t in texts]
    counts = Counter(shown)
    out = []
    for col, text in enumerate(shown):
        letter = column_letter(col)
        if not text:
            out.append(f"({letter})")
        elif counts[text] > 1:
            out.append(f"{text} ({letter})")
        else:
            out.append(text)
    return out


def _number_column(raw: RawTable, header_index: int, texts: Sequence[Cell], mapped: set[int]) -> int | None:
    for col, text in enumerate(texts):
        if col in mapped:
            continue
        norm = normalise_header(text)
        if norm in _NUMBER_HEADERS:
            return col
        if norm == "nomor" and _is_running(raw.rows[header_index + 1:header_index + 60], col):
            return col
    return None


def _is_running(rows: Sequence[Sequence[Cell]], col: int) -> bool:
    numbers = []
    for row in rows:
        value, error = parse_int_id(row[col]) if col < len(row) else (None, None)
        if error is None and value is not None:
            numbers.append(value)
    if len(numbers) < 3:
        return False
    steps = sum(1 for a, b in zip(numbers, numbers[1:]) if b == a + 1)
    return numbers[0] in (0, 1) and steps >= 0.8 * (len(numbers) - 1)


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
        return _unique_headers(_joined_header(raw, header_row - 1, header_row))
    return _unique_headers(raw.rows[header_row])


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
        header_rows = 2 if header_row > 0 and _is_sub_header(raw, header_row - 1, header_row) else 1
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
            loose = [i for i, h in enumerate(names) if _compact(h) == _compact(key)]
            if len(loose) != 1:
                raise TabularError("tabular.err.unknown_column", column=key, row=header_row + 1,
                                   headers=", ".join(names))
            col = loose[0]
        if fld in columns and columns[fld] != col:
            raise TabularError("tabular.err.column_twice", field=fld, first=shown[fld], second=names[col])
        columns[fld], shown[fld] = col, names[col]

    header_cells = (_joined_header(raw, header_row - 1, header_row) if header_rows == 2
                    else raw.rows[header_row])
    number_col = _number_column(raw, header_row, header_cells, set(columns.values()))
    header_keys = [_compact(c) for c in raw.rows[header_row]]
    header_filled = _nonblank(raw.rows[header_row])
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
              and [_compact(c) for c in row] == header_keys):
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


# --- value parsers -----------------------------------------------------------------------------
ParseResult = tuple[Any, Reason | None]

_MISSING = {"", "-", "–", "—", "--"}
_EXCEL_ERRORS = {"#n/a", "#div/0!", "#value!", "#ref!", "#name?", "#num!", "#null!", "#spill!", "#calc!",
                 "#getting_data", "#field!", "#blocked!", "#unknown!", "#busy!", "#connect!"}
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "})
_MINUS = ("-", "\u2212")


def _prepare(value: object) -> tuple[str | None, Reason | None, bool]:
    """Common cleaning of a text cell: (text, early reason, is_missing)."""
    text = " ".join(str(value).translate(_SPACES).split())
    if text in _MISSING:
        return None, None, True
    if text.startswith("="):
        return None, Reason.FORMULA, False
    if text.lower() in _EXCEL_ERRORS:
        return None, Reason.EXCEL_ERROR, False
    return text, None, False


def _typed_number(value: object) -> tuple[Decimal | None, Reason | None, bool] | None:
    """Numbers for non-text cells; None when the value is text and needs reading."""
    if value is None:
        return None, None, True
    if isinstance(value, bool):
        return None, Reason.BOOLEAN, False
    if isinstance(value, (dt.date, dt.datetime, dt.time, dt.timedelta)):
        return None, Reason.DATE_IN_NUMBER, False
    if isinstance(value, int):
        return Decimal(value), None, False
    if isinstance(value, float):
        if math.isnan(value):
            return None, None, True
        if math.isinf(value):
            return None, Reason.BAD_NUMBER, False
        return Decimal(repr(value)), None, False
    if isinstance(value, Decimal):
        return value, None, False
    try:
        if pd.isna(value):
            return None, None, True
    except (TypeError, ValueError):
        pass
    return None


_PLAIN_INT = re.compile(r"-?(?:[1-9]\d{0,2}(?:\.\d{3})+|\d+)")
_GROUPED = re.compile(r"[1-9]\d{0,2}(?:[.,]\d{3})+|0")


def _number(value: object, style: str, whole: bool, decimal: bool) -> tuple[Decimal | None, Reason | None]:
    typed = _typed_number(value)
    if typed is not None:
        return typed[0], typed[1]
    text, reason, missing = _prepare(value)
    if missing or reason:
        return None, reason
    assert text is not None
    if len(text) > 40:  # no count or amount is this long; keeps Decimal/int conversions bounded
        return None, Reason.BAD_NUMBER
    negative = False
    if text.startswith("(") and text.endswith(")"):  # accounting negative: (1.234)
        negative, text = True, text[1:-1].strip()
    if text.startswith(_MINUS):
        negative, text = not negative, text[1:].strip()
    elif text.startswith("+"):
        text = text[1:].strip()
    if decimal:  # rupiah amounts and percentages are read by the decimal parser only
        text = re.sub(r"^(?:rp\.?|idr)\s*", "", text, flags=re.IGNORECASE)
        text = re.sub(r",-$", "", text)  # "Rp 1.234.567,-" means no cents
        if text.startswith(_MINUS):
            negative, text = not negative, text[1:].strip()
    if text.endswith("%") and decimal:
        text = text[:-1].strip()
    if " " in text:
        if not re.fullmatch(r"\d{1,3}(?: \d{3})+(?:[.,]\d+)?", text):
            return None, Reason.TEXT
        text = text.replace(" ", "")
    sci = re.fullmatch(r"(\d+(?:[.,]\d+)?)[eE]([+-]?\d{1,2})", text)  # Excel CSV: "2,18E+04"
    if sci:
        number = Decimal(sci.group(1).replace(",", ".")) * (Decimal(10) ** int(sci.group(2)))
        return (-number if negative else number), None
    if not re.fullmatch(r"[\d.,]+", text) or not re.search(r"\d", text):
        return None, Reason.TEXT
    number = _separated(text, style, whole)
    if number is None:
        return None, Reason.BAD_NUMBER
    return (-number if negative else number), None


def _separated(text: str, style: str, whole: bool) -> Decimal | None:
    """Read digits with "." and "," as thousands or decimal separators; None if malformed."""
    dots, commas = text.count("."), text.count(",")
    if not dots and not commas:
        return Decimal(text)
    if dots and commas:
        decimal_sep = "," if text.rfind(",") > text.rfind(".") else "."
        whole_part, _, frac = text.rpartition(decimal_sep)
        if decimal_sep in whole_part or not frac.isdigit() or not _GROUPED.fullmatch(whole_part):
            return None
        return Decimal(re.sub(r"[.,]", "", whole_part) + "." + frac)
    sep = "." if dots else ","
    if text.startswith(sep) or text.endswith(sep):
        return None
    grouped = bool(_GROUPED.fullmatch(text)) and text != "0"
    if text.count(sep) > 1:
        return Decimal(text.replace(sep, "")) if grouped else None
    if grouped:  # one separator before exactly three digits: "21.800", "21,800", "1.234"
        thousands = whole or (sep == "." if style == "id" else sep == ",")
        if thousands:
            return Decimal(text.replace(sep, ""))
    return Decimal(text.replace(sep, "."))


def parse_int_id(value: object, style: str = "id") -> ParseResult:
    """A whole number: "21.800" -> 21800, "21,800" -> 21800, "1.234.567", "-5", 21800.0 -> 21800.

    Missing ("" "-") -> (None, None). "12,5" -> not a whole number; "abc" -> text in a numeric
    column. Negative numbers are returned; the caller decides whether they are allowed."""
    if type(value) is str and len(value) < 20 and _PLAIN_INT.fullmatch(value):  # the common case, 10x faster
        return int(value.replace(".", "")), None
    number, reason = _number(value, style, whole=True, decimal=False)
    if reason or number is None:
        return None, reason
    nearest = number.to_integral_value()
    # floats from spreadsheet formulas carry noise (21800.000000000004): still whole
    if abs(number - nearest) > Decimal("1e-6"):
        return None, Reason.NOT_WHOLE
    return int(nearest), None


def parse_decimal_id(value: object, style: str = "id") -> ParseResult:
    """A decimal number as float: "29,84" -> 29.84, "1.234,5" -> 1234.5, "1,234.5" -> 1234.5,
    rupiah "Rp 1.234.567", "Rp1.234.567,00", "Rp 1.234.567,-" -> 1234567.0.

    A trailing "%" is dropped and the number stays in percent units ("29,84%" -> 29.84); a
    workbook's percent cell holds the fraction (0.2984) and is returned as is. With the default
    ``style="id"`` a lone "1.234" is 1234 (Indonesian thousands); ``style="en"`` reads it 1.234."""
    number, reason = _number(value, style, whole=False, decimal=True)
    if reason or number is None:
        return None, reason
    return float(number), None


def guess_number_style(values: Iterable[object]) -> str | None:
    """"id" or "en" from the values that settle it ("1.234,5", "29,84", "1.234.567" vs
    "1,234.5", "29.84", "1,234,567"); None when none do or they disagree."""
    votes = Counter()
    for value in values:
        if not isinstance(value, str):
            continue
        text = value.strip().lstrip("-").replace("Rp", "").replace(" ", "").rstrip("%")
        if re.fullmatch(r"\d{1,3}(\.\d{3})+,\d+|\d+,\d{1,2}|\d+,\d{4,}|\d{1,3}(\.\d{3}){2,}", text):
            votes["id"] += 1
        elif re.fullmatch(r"\d{1,3}(,\d{3})+\.\d+|\d+\.\d{1,2}|\d+\.\d{4,}|\d{1,3}(,\d{3}){2,}", text):
            votes["en"] += 1
    if not votes or (votes["id"] and votes["en"]):
        return None
    return votes.most_common(1)[0][0]


# --- dates -------------------------------------------------------------------------------------
_MONTHS = {
    1: ("januari", "jan", "january", "janu"),
    2: ("februari", "feb", "pebruari", "peb", "february", "febr"),
    3: ("maret", "mar", "march", "mrt"),
    4: ("april", "apr"),
    5: ("mei", "may"),
    6: ("juni", "jun", "june"),
    7: ("juli", "jul", "july"),
    8: ("agustus", "agu", "agt", "ags", "agst", "agus", "aug", "august"),
    9: ("september", "sep", "sept", "sepember"),
    10: ("oktober", "okt", "october", "oct"),
    11: ("november", "nov", "nopember", "nop"),
    12: ("desember", "des", "december", "dec"),
}
_MONTH_OF = {name: number for number, names in _MONTHS.items() for name in names}
_WEEKDAY = re.compile(
    r"^(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)\s*,?\s*", re.IGNORECASE)
_TIME = r"(?:[ t]\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?)?"
_YMD = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})" + _TIME)
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})" + _TIME)
_D_MONTH_Y = re.compile(r"(\d{1,2})[\s\-/.]*([a-z]+)\.?[\s\-/.,]*(\d{4}|\d{2})")
_MONTH_D_Y = re.compile(r"([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})")
_MONTH_Y = re.compile(r"([a-z]+)\.?[\s\-/.,']*(\d{4}|\d{2})")
_NUMERIC_MONTH = re.compile(r"(\d{1,2})[-/.](\d{4})|(\d{4})[-/.](\d{1,2})")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_FIRST_YEAR, _LAST_YEAR = 1900, 2100


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # "21" -> 2021; "98" -> 1998
        year += 2000 if year < 70 else 1900
    return year


def _make_date(year: int, month: int, day: int) -> ParseResult:
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        return None, Reason.DATE_OUT_OF_RANGE
    try:
        return dt.date(year, month, day), None
    except ValueError:
        return None, Reason.IMPOSSIBLE_DATE


def _from_serial(serial: float) -> ParseResult:
    if not 61 <= serial < 2958466:  # before 1 March 1900 Excel's calendar is off by its fake 29 Feb
        return None, Reason.DATE_OUT_OF_RANGE
    day = _EXCEL_EPOCH + dt.timedelta(days=int(serial))
    if not _FIRST_YEAR <= day.year <= _LAST_YEAR:
        return None, Reason.DATE_OUT_OF_RANGE
    return day, None


def _typed_date(value: object) -> ParseResult | None:
    if value is None:
        return None, None
    if isinstance(value, bool) or isinstance(value, (dt.time, dt.timedelta)):
        return None, Reason.NOT_A_DATE
    if isinstance(value, dt.datetime):
        return _make_date(value.year, value.month, value.day)
    if isinstance(value, dt.date):
        return _make_date(value.year, value.month, value.day)
    if isinstance(value, (int, float)):
        if isinstance(value, float) and math.isnan(value):
            return None, None
        return _from_serial(value)
    try:
        if pd.isna(value):
            return None, None
    except (TypeError, ValueError):
        pass
    return None


def _date_text(text: str) -> tuple[tuple[int, int, int | None] | None, Reason | None]:
    """(year, month, day or None for month-only) from text, or a reason."""
    text = _WEEKDAY.sub("", text.lower()).strip()
    if m := _YMD.fullmatch(text):
        return (int(m.group(1)), int(m.group(2)), int(m.group(3))), None
    if m := _DMY.fullmatch(text):  # Indonesian convention: day first
        return (_year(m.group(3)), int(m.group(2)), int(m.group(1))), None
    if m := _D_MONTH_Y.fullmatch(text):
        month = _MONTH_OF.get(m.group(2))
        return ((_year(m.group(3)), month, int(m.group(1))), None) if month else (None, Reason.NOT_A_DATE)
    if m := _MONTH_D_Y.fullmatch(text):
        month = _MONTH_OF.get(m.group(1))
        return ((int(m.group(3)), month, int(m.group(2))), None) if month else (None, Reason.NOT_A_DATE)
    if m := _MONTH_Y.fullmatch(text):
        month = _MONTH_OF.get(m.group(1))
        return ((_year(m.group(2)), month, None), None) if month else (None, Reason.NOT_A_DATE)
    if m := _NUMERIC_MONTH.fullmatch(text):
        if m.group(1):
            return (int(m.group(2)), int(m.group(1)), None), None
        return (int(m.group(3)), int(m.group(4)), None), None
    if re.fullmatch(r"\d{8}", text):  # 20210812
        return (int(text[:4]), int(text[4:6]), int(text[6:])), None
    if re.fullmatch(r"(19|20|21)\d{4}", text):  # 202110
        return (int(text[:4]), int(text[4:]), None), None
    if re.fullmatch(r"\d{4}", text):
        return None, Reason.YEAR_ONLY
    return None, Reason.NOT_A_DATE


def parse_date_id(value: object, *, allow_month: bool = False) -> ParseResult:
    """A date: "12 Agustus 2021", "12 Agt 2021", "Kamis, 12 Agustus 2021", "12-08-2021",
    "02/10/2023" (day first: 2 October), "2021-08-12", "August 12, 2021", Excel serials (44420
    or "44420") and date cells. Month names in Indonesian and English, with abbreviations.

    "Agustus 2021" or "08/2021" give the first of the month only with ``allow_month=True``.
    Impossible dates ("31/02/2021", "12/13/2021" - never swapped to month first) are refused."""
    typed = _typed_date(value)
    if typed is not None:
        return typed
    text, reason, missing = _prepare(value)
    if missing or reason:
        return None, reason
    assert text is not None
    serial = re.fullmatch(r"(\d{5})(?:\.\d+)?", text)
    if serial:
        return _from_serial(float(text))
    parts, reason = _date_text(text)
    if parts is None:
        return None, reason
    year, month, day = parts
    if day is None:
        if not allow_month:
            return None, Reason.MONTH_ONLY
        day = 1
    if not 1 <= month <= 12:
        return None, Reason.IMPOSSIBLE_DATE
    return _make_date(year, month, day)


def parse_period(value: object, *, today: dt.date | None = None) -> ParseResult:
    """A month, returned as its first day: "2021-10", "Okt 2021", "Oktober 2021", "Oct-21",
    "10/2021", "202110", a date ("15/10/2021", a date cell) or an Excel serial.

    Refused: a month that does not exist ("2021-13"), a bare year, a period before 2000 or more
    than a year after ``today``'s month."""
    today = today or dt.date.today()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and math.isnan(value):
            return None, None
        if float(value).is_integer() and 190001 <= value <= 210012:  # 202110 typed as a number
            value = str(int(value))
        elif float(value).is_integer() and 1900 <= value <= 2100:
            return None, Reason.YEAR_ONLY_PERIOD
    typed = _typed_date(value)
    if typed is not None:
        day, reason = typed
    else:
        text, reason, missing = _prepare(value)
        if missing or reason:
            return None, reason
        assert text is not None
        if re.fullmatch(r"\d{5}(?:\.\d+)?", text):
            day, reason = _from_serial(float(text))
        else:
            parts, reason = _date_text(text)
            if parts is None:
                if reason is Reason.YEAR_ONLY:
                    return None, Reason.YEAR_ONLY_PERIOD
                return None, Reason.NOT_A_PERIOD
            year, month, dom = parts
            if not 1 <= month <= 12:
                return None, Reason.IMPOSSIBLE_MONTH
            if year < 2000:
                return None, Reason.PERIOD_TOO_EARLY
            day, reason = _make_date(year, month, dom or 1)
    if day is None and reason is None:
        return None, None  # missing
    if day is None:
        # a number far outside Excel's dates, a boolean: not a month; "31/02/2021" stays impossible
        return None, Reason.IMPOSSIBLE_DATE if reason is Reason.IMPOSSIBLE_DATE else Reason.NOT_A_PERIOD
    first = day.replace(day=1)
    if first.year < 2000:
        return None, Reason.PERIOD_TOO_EARLY
    limit = dt.date(today.year + 1, today.month, 1)
    if first > limit:
        return None, Reason.PERIOD_IN_FUTURE
    return first, None
