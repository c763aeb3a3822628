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

import struct
import zipfile
import zlib

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
