"""Cells and tables as read, and why a file or a cell was refused: ``RawTable``, ``TabularError``
and ``Reason`` (messages in both languages, analytics/i18n/strings_tabular.py)."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import PurePosixPath
from typing import Any, Self

from analytics.i18n import MONTHS_EN, MONTHS_ID, _all_strings, formats, language, t
from analytics.i18n.strings_tabular import STRINGS

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_MAX_CELLS = 5_000_000  # cells in a sheet's used range (rows x columns), guards memory
MAX_COLUMNS = 1_000  # real tables have tens; a line of a million cells would stall header detection
UNPACK_RATIO = 16  # a workbook may unpack to this many times max_bytes (XML is verbose)
# A cell holds at most this many characters, in any file: CSV's own field limit (the csv module's
# default, 128 K), kept for workbooks too (Excel itself stops at 32,767).
MAX_CELL_CHARS = 131_072
# The text a workbook's cells hold, shared strings counted once per cell that uses them, may come
# to this many times max_bytes (a 20 MB file: 80 MB of text): a few kilobytes of shared strings
# used by many cells would otherwise expand to gigabytes in the reader.
TEXT_RATIO = 4
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
    def text(k: str, **fmt: Any) -> str:
        if english is None:
            return t(k, **fmt)
        template = STRINGS[k][1]
        return template.format(**fmt) if fmt else template

    # "kind" and "advice" are themselves message keys, rendered in the same language
    shown = {k: (text(v) if k in ("kind", "advice") else v) for k, v in params.items()}
    return text(key, **shown)


class Control(str):
    """A parameter of a ``Message`` naming where a user gives a value for the whole file (a
    field name, or "sheet" for the sheet choice). Each front end names it its own way (the CLI
    by its flag, the Data page by its box): see ``Message.render``."""


class Month(int):
    """A parameter of a ``Message`` shown as the month's name in the message's language."""


class Rupiah(int):
    """A parameter of a ``Message`` shown as whole rupiah in the message's language
    ("Rp 1.200.000.000", "Rp 1,200,000,000")."""


class Message(str):
    """A message for a person to read: an i18n key with parameters.

    ``str(message)`` is the English text with controls named as the Python API takes them
    (``constants={'worker_group': ...}``), so it reads as before wherever a ``str`` is used.
    ``render(lang, wording)`` gives it in a language and names controls as a front end does
    (``wording.control(name, lang)``). Parameters may be messages themselves, ``Control``s,
    ``Month``s or lists of these (shown joined by commas)."""

    key: str
    params: dict[str, Any]

    def __new__(cls, key: str, **params: Any) -> Self:
        obj = super().__new__(cls, render_message(key, params, "en", None))
        obj.key, obj.params = key, params
        return obj

    def __reduce__(self):
        return _rebuild_message, (self.key, self.params)

    def render(self, lang: str | None = None, wording: Any = None) -> str:
        """The text in ``lang`` ("id" or "en"; None: the UI language)."""
        return render_message(self.key, self.params, lang, wording)

    def controls(self) -> set[str]:
        """The controls this message names, its parameters' included."""
        found: set[str] = set()
        for value in self.params.values():
            for item in value if isinstance(value, (list, tuple)) else [value]:
                if isinstance(item, Control):
                    found.add(str(item))
                elif isinstance(item, Message):
                    found |= item.controls()
        return found


def _rebuild_message(key: str, params: dict[str, Any]) -> Message:
    return Message(key, **params)


def render_message(key: str, params: dict[str, Any], lang: str | None, wording: Any) -> str:
    lang = lang or language()

    def shown(value: Any) -> Any:
        if isinstance(value, (list, tuple)):
            return ", ".join(str(shown(v)) for v in value)
        if isinstance(value, Message):
            return value.render(lang, wording)
        if isinstance(value, Control):
            return wording.control(str(value), lang) if wording is not None else api_control(str(value))
        if isinstance(value, Month):
            return (MONTHS_ID if lang == "id" else MONTHS_EN)[value - 1]
        if isinstance(value, Rupiah):
            return formats.money(value, lang)
        return value

    pair = _all_strings().get(key)
    if pair is None:
        return key
    template = pair[0] if lang == "id" else pair[1]
    return template.format(**{k: shown(v) for k, v in params.items()}) if params else template


def api_control(name: str) -> str:
    """How the Python API (``importers.prepare``) takes a whole-file value or a sheet."""
    return "sheet=..." if name == "sheet" else f"constants={{'{name}': ...}}"


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
    QUARTER_PERIOD = STRINGS["tabular.reason.quarter_period"][1]
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
    # workbooks read with a ``pick`` score: every sheet with data that was compared, and its score
    sheet_scores: dict[str, float] = field(default_factory=dict)

    @property
    def height(self) -> int:
        return len(self.rows)

    @property
    def width(self) -> int:
        return len(self.rows[0]) if self.rows else 0


def safe_name(file_name: str) -> str:
    """The last path component only ("../../etc/passwd.csv" -> "passwd.csv"): the name is shown
    in messages and provenance, never used to open anything. A backslash is part of a name
    ("laporan\\2021.csv" is a file name on Linux, kept whole) unless the name is a Windows path
    (a drive, a network share or a "..\\" step: old browsers sent "C:\\fakepath\\x.csv"), whose last
    part is taken."""
    text = str(file_name)
    if _WINDOWS_PATH.search(text):
        text = text.replace("\\", "/")
    base = PurePosixPath(text).name
    base = re.sub(r"[\x00-\x1f\x7f]", "", base).strip()
    return base[:200] or "upload"


# a drive ("C:\\"), a network share ("\\\\server") or a "." / ".." step ("..\\..\\x.ini")
_WINDOWS_PATH = re.compile(r"^(?:[A-Za-z]:[\\/]|\\\\)|(?:^|\\)\.\.?\\")


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
