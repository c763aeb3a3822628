"""What a file is (sniffed from its content, never its name) and reading CSV/TSV text: encoding,
delimiter, ragged rows."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections import Counter

from analytics.ingest.cells import MAX_COLUMNS, SNIFF_LINES, Cell, RawTable, TabularError, column_letter, is_blank

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


def sniff(data: bytes, name: str) -> str:
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


def mb(size: int) -> str:
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


def read_text(data: bytes, name: str) -> RawTable:
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

    record_lines: list[str] = []  # the lines of the record being read, to say where a bad cell is

    def lines():
        for line in io.StringIO(text, newline=""):
            record_lines.append(line)
            yield line

    reader = csv.reader(lines(), delimiter=delimiter, quotechar='"', strict=True)
    rows: list[list[Cell]] = []
    try:
        for record in reader:
            record_lines.clear()
            if len(record) > MAX_COLUMNS:
                raise TabularError("tabular.err.too_many_columns", file=name, row=len(rows) + 1,
                                   columns=len(record), limit=MAX_COLUMNS)
            rows.append(list(record))
    except csv.Error as exc:
        if "field limit" in str(exc):  # the csv module's own cell limit (MAX_CELL_CHARS)
            column = _long_field(record_lines, delimiter, csv.field_size_limit())
            raise TabularError("tabular.err.csv_cell_too_long", file=name, row=len(rows) + 1,
                               column=column_letter(column), limit=csv.field_size_limit()) from None
        raise TabularError("tabular.err.bad_csv", file=name, row=len(rows) + 1, detail=str(exc)) from None
    rows = rectangular(rows)
    if not any(not is_blank(c) for row in rows for c in row):
        raise TabularError("tabular.err.no_data", file=name)
    return RawTable(file_name=name, kind="csv", rows=rows, encoding=encoding, delimiter=delimiter)


def _long_field(lines: list[str], delimiter: str, limit: int) -> int:
    """The 0-based column of the first field over ``limit`` characters in a record's lines."""
    column, size, quoted = 0, 0, False
    for line in lines:
        for ch in line:
            if ch == '"':
                quoted = not quoted
            elif ch == delimiter and not quoted:
                column, size = column + 1, 0
                continue
            size += 1
            if size > limit:
                return column
    return column


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


def rectangular(rows: list[list[Cell]]) -> list[list[Cell]]:
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
