"""Hostile workbooks, generated (issue 22, class 1): small files whose cells expand to far more
than their size. Written part by part with zipfile so a 30 MB string costs no more than a stream.
Used by tests/ingest/test_hostile_workbooks.py and benchmarks/bench_hostile_workbooks.py.

- ``amplifying``: one shared string of ``string_mb`` MB used by ``uses`` cells (34 KB on disk,
  1.8 GB of cell text as calamine would expand it);
- ``huge_inline_cell``: one inline-string cell of ``mb`` MB (about 150 KB on disk);
- ``huge_title``: a regulation row whose title and note are ``mb`` MB each;
- ``workbook``: any rows of text/number cells, shared strings or inline, for smaller cases.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape

_MAIN = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_REL = b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_STATIC = {
    "[Content_Types].xml": (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        b'<Default Extension="xml" ContentType="application/xml"/>'
        b'<Override PartName="/xl/workbook.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        b'<Override PartName="/xl/worksheets/sheet1.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        b'<Override PartName="/xl/sharedStrings.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        b'</Types>'),
    "_rels/.rels": (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook ' + _MAIN + b" " + _REL + b">"
        b'<sheets><sheet name="Regulasi" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'worksheet" Target="worksheets/sheet1.xml"/>'
        b'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
}


def _letter(index: int) -> str:
    letters, index = "", index + 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


class _Big:
    """A text cell of ``size`` repeated ``char``s, streamed into the XML, never built whole."""

    def __init__(self, size: int, char: str = "x"):
        self.size, self.char = size, char

    def write(self, out) -> None:
        piece = (self.char * (1 << 20)).encode()
        left = self.size
        while left > 0:
            out.write(piece[:left] if left < len(piece) else piece)
            left -= len(piece)


def big(size: int, char: str = "x") -> _Big:
    return _Big(size, char)


def workbook(rows: Sequence[Sequence[object]], shared: bool = True,
             shared_strings: Sequence[object] = (), extra_cells: Iterable[tuple[str, int]] = ()) -> bytes:
    """An XLSX of ``rows`` (str, numbers or ``big(...)``): text in shared strings (``shared``) or
    inline. ``shared_strings`` are added to the table; ``extra_cells`` are (ref, index) cells naming
    one of them (an amplifier)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, data in _STATIC.items():
            zf.writestr(name, data)
        table: list[object] = list(shared_strings)
        index: dict[str, int] = {}
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ' + _MAIN
                        + b"><sheetData>")
            extra = list(extra_cells)
            for r, row in enumerate(rows, start=1):
                sheet.write(b'<row r="%d">' % r)
                for c, value in enumerate(row):
                    ref = f"{_letter(c)}{r}".encode()
                    if value is None or value == "":
                        continue
                    if isinstance(value, (int, float)) and not isinstance(value, bool):
                        sheet.write(b'<c r="' + ref + b'"><v>' + str(value).encode() + b"</v></c>")
                    elif shared:
                        key = value if isinstance(value, str) else id(value)
                        if key not in index:
                            index[key] = len(table)
                            table.append(value)
                        sheet.write(b'<c r="' + ref + b'" t="s"><v>%d</v></c>' % index[key])
                    else:
                        sheet.write(b'<c r="' + ref + b'" t="inlineStr"><is><t>')
                        _write_text(sheet, value)
                        sheet.write(b"</t></is></c>")
                if r == len(rows):
                    for ref, i in extra:
                        sheet.write(b'<c r="' + ref.encode() + b'" t="s"><v>%d</v></c>' % i)
                sheet.write(b"</row>")
            sheet.write(b"</sheetData></worksheet>")
        with zf.open("xl/sharedStrings.xml", "w", force_zip64=True) as sst:
            sst.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst ' + _MAIN + b">")
            for value in table:
                sst.write(b"<si><t>")
                _write_text(sst, value)
                sst.write(b"</t></si>")
            sst.write(b"</sst>")
    return out.getvalue()


def _write_text(out, value: object) -> None:
    if isinstance(value, _Big):
        value.write(out)
    else:
        out.write(escape(str(value)).encode())


HEADER = ["Kabupaten/Kota", "Jenis", "Nomor", "Tahun", "Tentang", "Status", "Catatan"]


def amplifying(string_mb: int = 30, uses: int = 60) -> bytes:
    """A regulations workbook whose one ``string_mb`` MB shared string is used by ``uses`` cells
    (in one extra row, H2..)."""
    cells = [(f"{_letter(7 + i)}3", 0) for i in range(uses)]
    return workbook([HEADER, ["Katingan", "perbup", "12", 2021, "Perlindungan", "issued", ""],
                     ["Kapuas", "perbup", "7", 2022, "Perlindungan", "issued", "lihat"]],
                    shared_strings=[big(string_mb << 20)], extra_cells=cells)


def huge_inline_cell(mb: int = 150) -> bytes:
    """One inline-string cell of ``mb`` MB in a regulations workbook (G2)."""
    return workbook([HEADER, ["Katingan", "perbup", "12", 2021, "Perlindungan", "issued", big(mb << 20)]],
                    shared=False)


def huge_title(mb: int = 40) -> bytes:
    """A regulations row whose title and note are ``mb`` MB each (inline strings)."""
    return workbook([HEADER, ["Katingan", "perbup", "12", 2021, big(mb << 20, "t"), "issued", big(mb << 20, "n")]],
                    shared=False)
