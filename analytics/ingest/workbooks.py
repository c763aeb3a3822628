"""Excel workbooks (.xlsx/.xlsm through calamine, legacy .xls): sheet choice, merged cells,
formula cells (never evaluated) and size guards before anything is unpacked.

Sheet choice: a named sheet (or index) is read as asked. Otherwise the first visible sheet
holding data, then hidden ones; or, when the caller gives ``pick`` (a score of a sheet's table,
e.g. how well its header names the columns the caller wants), the best scoring visible sheet
with data (the first on ties), hidden ones only when no visible sheet holds data. The scores are
kept in ``RawTable.sheet_scores`` so the caller can say which sheet was read and why."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Callable, Sequence
from xml.etree import ElementTree
from xml.sax.saxutils import unescape

import python_calamine

from analytics.ingest import xlsx_guard
from analytics.ingest.cells import (
    MAX_CELL_CHARS, TEXT_RATIO, UNPACK_RATIO, Cell, FormulaCell, RawTable, TabularError, column_letter, is_blank,
)
from analytics.ingest.headers import compact
from analytics.ingest.textfiles import mb, rectangular

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
    loose = [i for i, n in enumerate(names) if compact(n) == compact(wanted)]
    if len(loose) == 1:
        return loose[0]
    raise TabularError("tabular.err.sheet_not_found", file=file, sheet=wanted, sheets=_sheet_list(names))


def _read_workbook(
    data: bytes, name: str, kind: str, sheet: str | int | None, max_cells: int,
    xlsx_zip: zipfile.ZipFile | None, pick: Callable[[RawTable], float] | None = None,
    budget: xlsx_guard.TextBudget | None = None,
) -> RawTable:
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
        hidden = set(order) - set(visible) if sheet is None else set()
        best: RawTable | None = None
        scores: dict[str, float] = {}
        sheet_paths = _xlsx_sheet_paths(xlsx_zip) if xlsx_zip is not None else {}
        unmapped_scanned = False
        for index in order:
            if best is not None and index in hidden:
                break  # a hidden sheet is read only when no visible one holds data
            sheet_name = names[index]
            cells: dict[tuple[int, int], str] = {}
            formulas: list[FormulaCell] = []
            if xlsx_zip is not None and sheet_name in sheet_paths:
                cells, formulas = _scan_sheet_xml(xlsx_zip, sheet_paths[sheet_name], name, sheet_name, max_cells,
                                                  budget)
            elif xlsx_zip is not None and not unmapped_scanned:
                # calamine found a sheet this reader cannot place: every worksheet part is measured
                # before calamine loads any, so no sheet escapes the limits
                unmapped_scanned = True
                for part in xlsx_zip.namelist():
                    if part.lower().endswith(".xml") and part not in sheet_paths.values() \
                            and "worksheets/" in part.lower():
                        _scan_sheet_xml(xlsx_zip, part, name, sheet_name, max_cells, budget)
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
            if kind == "xls":  # no XML to measure first: the format holds a cell to 32,767 characters anyway
                _check_cell_lengths(rows, name, sheet_name)
            for (r, c), text in cells.items():  # uncached formulas and error cells: show what they are
                while len(rows) <= r:
                    rows.append([])
                if len(rows[r]) <= c:
                    rows[r].extend([""] * (c + 1 - len(rows[r])))
                if is_blank(rows[r][c]):
                    rows[r][c] = text
            rows = rectangular(rows)
            if not rows:
                if sheet is not None:
                    raise TabularError("tabular.err.sheet_empty", file=name, sheet=sheet_name)
                continue
            merged = [(a[0], a[1], b[0], b[1]) for a, b in (loaded.merged_cell_ranges or [])]
            table = RawTable(file_name=name, kind=kind, rows=rows, sheet_names=names, sheet=sheet_name,
                             merged_ranges=merged, uncached_formulas=formulas)
            if pick is None or sheet is not None:
                return table
            scores[sheet_name] = pick(table)
            if best is None or scores[sheet_name] > scores[best.sheet]:
                best = table
        if best is not None:
            best.sheet_scores = scores
            return best
        raise TabularError("tabular.err.no_sheet_with_data", file=name, sheets=_sheet_list(names))
    finally:
        book.close()


def read_xlsx(data: bytes, name: str, sheet: str | int | None, max_bytes: int, max_cells: int,
              pick: Callable[[RawTable], float] | None = None) -> RawTable:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise TabularError("tabular.err.damaged_workbook", file=name, detail=f"broken ZIP container: {exc}") from None
    with zf:
        max_unpacked = max_bytes * UNPACK_RATIO
        unpacked = sum(info.file_size for info in zf.infolist())
        if unpacked > max_unpacked:  # a zip bomb would exhaust memory before any row is read
            raise TabularError("tabular.err.unpacked_too_large", file=name, size_mb=mb(unpacked),
                               limit_mb=mb(max_unpacked))
        try:  # each part too, before calamine reads any of them whole (shared strings at open)
            xlsx_guard.check_parts(data, zf, max_bytes)
        except xlsx_guard.PartTooLarge as exc:
            raise TabularError("tabular.err.part_too_large", file=name, part=exc.part, size_mb=mb(exc.size),
                               limit_mb=mb(exc.limit), file_mb=mb(len(data))) from None
        except xlsx_guard.PartDamaged as exc:
            raise TabularError("tabular.err.damaged_workbook", file=name, detail=str(exc)) from None
        try:  # what the cells' text expands to, counted before calamine reads a sheet
            budget = xlsx_guard.TextBudget(xlsx_guard.shared_string_sizes(zf), MAX_CELL_CHARS,
                                           TEXT_RATIO * max_bytes, file_size=len(data))
        except xlsx_guard.PartDamaged as exc:
            raise TabularError("tabular.err.damaged_workbook", file=name, detail=str(exc)) from None
        try:
            return _read_workbook(data, name, "xlsx", sheet, max_cells, zf, pick, budget)
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


def _check_cell_lengths(rows: list[list[Cell]], name: str, sheet: str) -> None:
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if type(value) is str and len(value) > MAX_CELL_CHARS:
                raise TabularError("tabular.err.cell_too_long", file=name, sheet=sheet, row=r + 1,
                                   column=column_letter(c), size=len(value), limit=MAX_CELL_CHARS)


def read_xls(data: bytes, name: str, sheet: str | int | None, max_cells: int,
             pick: Callable[[RawTable], float] | None = None) -> RawTable:
    # BIFF stores a cached result for every formula, so calamine's values are what Excel showed
    return _read_workbook(data, name, "xls", sheet, max_cells, None, pick)


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
    budget: xlsx_guard.TextBudget | None = None,
) -> tuple[dict[tuple[int, int], str], list[FormulaCell]]:
    """Check the used range before calamine allocates it (one far cell would make a dense grid of
    billions), count the text the cells expand to against ``budget`` (a cell's length, the
    workbook's total), and find the cells calamine shows as blank: formulas without a cached
    value and error values. Returns {(row, col): text to show} and the uncached formulas.

    One streaming regex pass over the sheet XML (an XML parse of every cell costs several times
    more); chunks are cut after the last whole cell, so no row, however long, is held whole."""
    max_row = max_col = 0
    shown: dict[tuple[int, int], str] = {}
    formulas: list[FormulaCell] = []
    unplaced = False
    tail = b""
    tokens: tuple[bytes, bytes, bytes] | None = None
    with zf.open(path) as stream:
        while True:
            chunk = stream.read(1 << 16)
            block = tail + chunk
            if chunk:
                if tokens is None:
                    tokens = _cell_tokens(block)
                cut = _whole_cells_end(block, tokens)
                block, tail = block[:cut], block[cut:]
                if budget is not None:  # a cell longer than any may be is refused before it is whole
                    _text_checked(budget.open_cell_too_long, tail, name, sheet)
                if not block:
                    continue
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
            if budget is not None:
                _text_checked(budget.feed, block, name, sheet)
            if not chunk:
                break
    if max_row * max_col > max_cells:
        raise TabularError("tabular.err.too_many_cells", file=name, sheet=sheet,
                           range=f"A1:{column_letter(max_col - 1)}{max_row}", cells=max_row * max_col,
                           limit=max_cells)
    if unplaced:  # cells without an "r" reference (allowed, rare): place them by parsing the XML
        return _special_cells_by_parsing(zf, path)
    return shown, formulas


def _cell_tokens(head: bytes) -> tuple[bytes, bytes, bytes]:
    """How this worksheet writes a cell's start tag (two forms) and end tag: ``<c `` or, with a
    namespace prefix on the root (``<x:worksheet``), ``<x:c ``."""
    root = re.search(rb"<([\w.-]+:)?worksheet\b", head)
    prefix = (root.group(1) or b"") if root else b""
    return b"<" + prefix + b"c ", b"<" + prefix + b"c>", b"</" + prefix + b"c>"


def _whole_cells_end(block: bytes, tokens: tuple[bytes, bytes, bytes]) -> int:
    """Where ``block`` can be cut with no cell cut in two: before a cell still open at its end,
    else after its last complete tag."""
    opened = max(block.rfind(tokens[0]), block.rfind(tokens[1]))
    if opened > block.rfind(tokens[2]):
        tag_end = block.find(b">", opened)
        if tag_end == -1 or block[tag_end - 1:tag_end] != b"/":
            return opened
    return block.rfind(b">") + 1


def _text_checked(check, data: bytes, name: str, sheet: str) -> None:
    """Run a ``TextBudget`` check, turning its refusal into the reader's message."""
    try:
        check(data)
    except xlsx_guard.CellTooLong as exc:
        found = re.fullmatch(r"([A-Z]{1,3})([0-9]{1,7})", exc.ref)
        row, column = (found.group(2), found.group(1)) if found else ("?", "?")
        raise TabularError("tabular.err.cell_too_long", file=name, sheet=sheet, row=row, column=column,
                           size=exc.size, limit=exc.limit) from None
    except xlsx_guard.TextTooLarge as exc:
        raise TabularError("tabular.err.text_expands_too_much", file=name, sheet=sheet, row=exc.row,
                           size_mb=mb(exc.size), limit_mb=mb(exc.limit),
                           file_size=_size_text(check.__self__.file_size)) from None
    except xlsx_guard.PartDamaged as exc:
        raise TabularError("tabular.err.damaged_workbook", file=name, detail=f"sheet '{sheet}': {exc.detail}") from None


def _size_text(size: int) -> str:
    """A file's size for a message: "34 KB" below a megabyte (a hostile workbook is small), else MB."""
    return f"{max(1, round(size / 1024))} KB" if size < 1024 * 1024 else f"{mb(size)} MB"


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
