"""Bounded unpacking of XLSX workbooks: every part's size is checked before anything parses it.

A workbook is a ZIP of XML parts. The XLSX reader (calamine) reads the shared-strings part whole
when it opens a workbook and a worksheet whole when it loads it, holding several times the XML's
size in memory: a 0.7 MB upload whose shared strings unpack to 287 MB took the importer past
1 GB. So, before any parsing, each part's uncompressed size is held to a limit derived from the
file-size limit, and it is not taken on trust: where the ZIP directory's size could be a lie
(deflate can unpack to at most ~1032 times its compressed size), the part is inflated in small
chunks, counting, and refused as soon as it passes what the directory declared.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from array import array

SHARED_STRINGS_RATIO = 2  # the shared strings may unpack to this many times the file-size limit
PART_RATIO = 8  # any other part (worksheets: ~7x their compressed size in real files)
MAX_DEFLATE_RATIO = 1032  # deflate's best case: output per byte of input
CHUNK = 1 << 16


class PartTooLarge(ValueError):
    def __init__(self, part: str, size: int, limit: int):
        super().__init__(f"{part}: {size} bytes unpacked, over the limit of {limit}")
        self.part, self.size, self.limit = part, size, limit


class PartDamaged(ValueError):
    def __init__(self, part: str, detail: str):
        super().__init__(f"part '{part}': {detail}")
        self.part, self.detail = part, detail


def part_limit(part: str, max_bytes: int) -> int:
    """How many bytes ``part`` may unpack to, for a file-size limit of ``max_bytes``."""
    ratio = SHARED_STRINGS_RATIO if part.lower() == "xl/sharedstrings.xml" else PART_RATIO
    return ratio * max_bytes


def check_parts(data: bytes, zf: zipfile.ZipFile, max_bytes: int) -> None:
    """Raise PartTooLarge or PartDamaged unless every part of the workbook in ``data`` (opened
    as ``zf``) unpacks to no more than its limit and to exactly what the directory declares."""
    for info in zf.infolist():
        limit = part_limit(info.filename, max_bytes)
        if info.file_size > limit:
            raise PartTooLarge(info.filename, info.file_size, limit)
        _verify(data, info)


def _verify(data: bytes, info: zipfile.ZipInfo) -> None:
    if info.flag_bits & 0x1:
        raise PartDamaged(info.filename, "encrypted")
    if info.compress_type == zipfile.ZIP_STORED:
        if info.compress_size != info.file_size:
            raise PartDamaged(info.filename, f"declares {info.file_size} bytes but stores {info.compress_size}")
        return
    if info.compress_type != zipfile.ZIP_DEFLATED:
        raise PartDamaged(info.filename, f"compression method {info.compress_type}, which Excel does not use")
    if info.compress_size * MAX_DEFLATE_RATIO <= info.file_size:
        return  # cannot unpack to more than declared, which is within the limit
    raw = _compressed_bytes(data, info)
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    total, pos = 0, 0
    while not inflater.eof:
        if inflater.unconsumed_tail:
            piece = inflater.decompress(inflater.unconsumed_tail, CHUNK)
        elif pos < len(raw):
            piece = inflater.decompress(raw[pos:pos + CHUNK], CHUNK)
            pos += CHUNK
        else:
            break
        total += len(piece)
        if total > info.file_size:  # stop at once: reading on is what a bomb wants
            raise PartDamaged(info.filename, f"declares {info.file_size} bytes but unpacks to more than {total}")
    if not inflater.eof or total != info.file_size:
        raise PartDamaged(info.filename, f"declares {info.file_size} bytes but unpacks to {total}")


def _compressed_bytes(data: bytes, info: zipfile.ZipInfo) -> memoryview:
    """The part's compressed bytes, located through its local header (no copy)."""
    offset = info.header_offset
    if data[offset:offset + 4] != b"PK\x03\x04":
        raise PartDamaged(info.filename, "no local header where the directory points")
    name_len, extra_len = struct.unpack_from("<HH", data, offset + 26)
    start = offset + 30 + name_len + extra_len
    raw = memoryview(data)[start:start + info.compress_size]
    if len(raw) != info.compress_size:
        raise PartDamaged(info.filename, "cut short")
    return raw


# --- what the cells' text expands to ---------------------------------------------------------------
# A shared string is stored once and shown in every cell that names its index: a 34 KB workbook
# whose one 30 MB string is used by 60 cells is 1.8 GB of cell text, which calamine and then
# Python would each hold. So the shared strings' lengths are measured (streaming, never held),
# and every worksheet's cells are counted against them before calamine loads the sheet.
class CellTooLong(ValueError):
    def __init__(self, ref: str, size: int, limit: int):
        super().__init__(f"cell {ref}: {size} characters, over the limit of {limit}")
        self.ref, self.size, self.limit = ref, size, limit


class TextTooLarge(ValueError):
    def __init__(self, row: int, size: int, limit: int):
        super().__init__(f"cell text up to row {row}: more than {size} characters, over the limit of {limit}")
        self.row, self.size, self.limit = row, size, limit


def shared_string_sizes(zf: zipfile.ZipFile) -> array:
    """The length in characters of each shared string (rich-text runs summed, phonetic guides left
    out, as calamine reads them), measured with a streaming parse: no string is ever held whole.
    A DTD (entity definitions: Excel never writes one) is refused as damaging."""
    import xml.parsers.expat

    sizes = array("q")
    lookup = {n.lower(): n for n in zf.namelist()}
    path = lookup.get("xl/sharedstrings.xml")
    if path is None:
        return sizes
    state = {"si": False, "t": 0, "rph": 0, "n": 0}

    def start(name, _attrs):
        local = name.rsplit(":", 1)[-1]
        if local == "si":
            state["si"], state["n"] = True, 0
        elif local == "t":
            state["t"] += 1
        elif local == "rPh":
            state["rph"] += 1

    def end(name):
        local = name.rsplit(":", 1)[-1]
        if local == "si":
            sizes.append(state["n"])
            state["si"] = False
        elif local == "t":
            state["t"] -= 1
        elif local == "rPh":
            state["rph"] -= 1

    def text(data):
        if state["si"] and state["t"] and not state["rph"]:
            state["n"] += len(data)

    def doctype(*_args):
        raise PartDamaged(path, "holds a document type declaration (DTD), which Excel never writes")

    parser = xml.parsers.expat.ParserCreate()
    parser.buffer_text, parser.buffer_size = True, CHUNK
    parser.StartElementHandler, parser.EndElementHandler = start, end
    parser.CharacterDataHandler, parser.StartDoctypeDeclHandler = text, doctype
    try:
        with zf.open(path) as stream:
            while chunk := stream.read(CHUNK * 16):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except xml.parsers.expat.ExpatError as exc:
        raise PartDamaged(path, f"not well-formed XML ({exc})") from None
    return sizes


# from the attribute on: a literal start lets the regex engine skip ahead (4x faster than from "<c")
_SHARED_INDEX = re.compile(rb"""t="s"[^>]*>\s*<(?:[\w.-]+:)?v>\s*([0-9]+)""")
_SHARED_INDEX_APOS = re.compile(rb"""t='s'[^>]*>\s*<(?:[\w.-]+:)?v>\s*([0-9]+)""")
_SHARED_CELL = re.compile(
    rb"""<(?:[\w.-]+:)?c\b(?=[^>]*?\st=["']s["'])[^>]*?\sr=["']([A-Z]{1,3}[0-9]{1,7})["'][^>]*>\s*"""
    rb"""<(?:[\w.-]+:)?v>\s*([0-9]+)\s*<""")
_INLINE = re.compile(rb"<((?:[\w.-]+:)?)is>(.*?)</\1is>", re.S)
_CELL_OPEN = re.compile(rb"""<(?:[\w.-]+:)?c\b[^>]*?\sr=["']([A-Z]{1,3}[0-9]{1,7})["']""")
_ROW_NUMBER = re.compile(rb"""<(?:[\w.-]+:)?row\b[^>]*?\sr=["']([0-9]{1,7})["']""")


class TextBudget:
    """Counts the text the cells of a workbook expand to, block by block of worksheet XML (each
    block holding whole cells): a shared string once for every cell that uses it, inline text
    as written. Raises CellTooLong for a cell over ``cell_limit`` characters and TextTooLarge as
    soon as the total passes ``total_limit``."""

    def __init__(self, sizes: array, cell_limit: int, total_limit: int, file_size: int = 0):
        self.sizes, self.cell_limit, self.total_limit = sizes, cell_limit, total_limit
        self.file_size = file_size
        self.total = 0
        self.too_long = {i for i, n in enumerate(sizes) if n > cell_limit}
        self._long_value = re.compile(rb"<(?:[\w.-]+:)?v>([^<]{%d,})<" % (cell_limit + 1))

    def feed(self, block: bytes) -> None:
        if self.sizes and (b't="s"' in block or b"t='s'" in block):
            found = _SHARED_INDEX.findall(block)
            if b"t='s'" in block:
                found += _SHARED_INDEX_APOS.findall(block)
            if found:
                indices = list(map(int, found))
                if self.too_long and not self.too_long.isdisjoint(indices):
                    for ref, index in _SHARED_CELL.findall(block):
                        if int(index) in self.too_long:
                            raise CellTooLong(ref.decode(), self.sizes[int(index)], self.cell_limit)
                try:
                    self.total += sum(map(self.sizes.__getitem__, indices))
                except IndexError:
                    raise PartDamaged("worksheet", f"a cell names shared string {max(indices)}, but there are "
                                      f"only {len(self.sizes)}") from None
        if b"is>" in block:  # inline strings (rare): count their text as written, markup included
            for m in _INLINE.finditer(block):
                size = len(m.group(2))
                if size > self.cell_limit:
                    raise CellTooLong(self._ref_before(block, m.start()), size, self.cell_limit)
                self.total += size
        # a cell over the limit can only be whole in a block longer than the limit (blocks are read
        # 64 KB at a time: one is that long only while a long cell is read)
        if len(block) > self.cell_limit and (b"<v>" in block or b":v>" in block):
            long_value = self._long_value.search(block)
            if long_value is not None:  # a formula's cached text result, or a number that is not one
                raise CellTooLong(self._ref_before(block, long_value.start()), len(long_value.group(1)),
                                  self.cell_limit)
        if self.total > self.total_limit:
            raise TextTooLarge(self._last_row(block), self.total, self.total_limit)

    def open_cell_too_long(self, tail: bytes) -> None:
        """``tail`` is the part of a block after its last whole cell: when it is longer than any
        cell may be, the cell it opens is over the limit (and is refused before it is read whole)."""
        if len(tail) <= self.cell_limit + CHUNK:
            return
        ref = _CELL_OPEN.search(tail, 0, CHUNK)
        if ref is None:
            raise PartDamaged("worksheet", f"an element of more than {len(tail)} bytes")
        raise CellTooLong(ref.group(1).decode(), len(tail), self.cell_limit)

    @staticmethod
    def _ref_before(block: bytes, pos: int) -> str:
        start = max(block.rfind(b"<c ", 0, pos), block.rfind(b":c ", 0, pos))
        ref = _CELL_OPEN.search(block, max(start - 8, 0), pos) if start != -1 else None
        return ref.group(1).decode() if ref else "?"

    @staticmethod
    def _last_row(block: bytes) -> int:
        rows = _ROW_NUMBER.findall(block[-(1 << 16):]) or _ROW_NUMBER.findall(block)
        return int(rows[-1]) if rows else 0
