"""Finding the header row of a table that has title rows above it, by the column synonyms the
caller gives (Indonesian and English), and joined two-row headers."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from analytics.ingest.cells import HEADER_SCAN_ROWS, Cell, RawTable, cell_text, column_letter, is_blank
from analytics.ingest.values import parse_decimal_id, parse_int_id


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


def compact(text: object) -> str:
    return normalise_header(text).replace(" ", "")


class _Synonyms:
    def __init__(self, synonyms: dict[str, list[str]]):
        self.exact: dict[str, tuple[str, str]] = {}
        self.phrases: list[tuple[frozenset[str], str, str]] = []
        for fld, words in synonyms.items():
            for word in [fld, *words]:
                key = compact(word)
                if key and key not in self.exact:
                    self.exact[key] = (fld, word)
                tokens = normalise_header(word).split()
                if len(tokens) >= 2:  # one-word synonyms ("kota", "nama") only match whole headers
                    self.phrases.append((frozenset(tokens), fld, word))
        self.phrases.sort(key=lambda p: -len(p[0]))

    def match(self, header: object) -> tuple[str | None, str | None, bool]:
        key = compact(header)
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


def nonblank(row: Sequence[Cell]) -> int:
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
        if nonblank(row) < min_cells:
            continue
        score = _score_row(row, syn)
        if score > best_score:
            best_index, best_score = i, score
    method = "synonyms"
    if best_index is None:
        method = "fallback"
        used = max((nonblank(r) for r in scan), default=0)
        for i, row in enumerate(scan):
            texty = sum(1 for c in row if _is_texty(c))
            if texty >= min_cells and texty == nonblank(row) and texty >= 0.6 * used:
                best_index = i
                break
    if best_index is None:
        return None

    header_rows, texts = 1, list(raw.rows[best_index])
    if best_index + 1 < raw.height and is_sub_header(raw, best_index, best_index + 1):
        header_rows, texts = 2, joined_header(raw, best_index, best_index + 1)
        best_index += 1
    elif best_index > 0 and is_sub_header(raw, best_index - 1, best_index):
        header_rows, texts = 2, joined_header(raw, best_index - 1, best_index)
    headers = unique_headers(texts)

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
    running = find_number_column(raw, best_index, texts, {m.column for m in taken.values()})
    return HeaderGuess(
        row_index=best_index, row_number=best_index + 1, header_rows=header_rows, headers=headers,
        mapping=mapping, matches=matches, missing=[f for f in synonyms if f not in taken],
        conflicts=conflicts, number_column=running, method=method,
        score=_score_row(texts, syn) if method == "synonyms" else 0.0,
    )


def is_sub_header(raw: RawTable, upper: int, lower: int) -> bool:
    """Is row ``lower`` the second line of a two-row header starting at ``upper``?

    Yes when it holds only text, is blank under some header cells (those merged downwards) and
    has text where the upper row is blank (the columns a group header spans)."""
    top, bottom = raw.rows[upper], raw.rows[lower]
    if nonblank(bottom) == 0 or nonblank(top) < 2:
        return False
    if any(not is_blank(c) and not _is_texty(c) for c in bottom):
        return False
    under_blank = any(not is_blank(t) and is_blank(b) for t, b in zip(top, bottom))
    spans = any(is_blank(t) and not is_blank(b) for t, b in zip(top, bottom))
    return under_blank and spans


def joined_header(raw: RawTable, upper: int, lower: int) -> list[str]:
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


def unique_headers(texts: Sequence[Cell]) -> list[str]:
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


def find_number_column(raw: RawTable, header_index: int, texts: Sequence[Cell], mapped: set[int]) -> int | None:
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
