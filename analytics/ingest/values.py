"""Reading one cell at a time, Indonesian first: whole and decimal numbers with dotted thousands
("21.800"), dates ("12 Agustus 2021", "02/10/2023", ISO, Excel serials) and months. Each parser
returns ``(value, reason)`` so a caller can report every bad cell at once."""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import pandas as pd

from analytics.ingest.cells import Message, Month, Reason

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


# Amounts written with a scale word, as budget documents write them: "Rp 1,2 M", "850 juta",
# "Rp. 1,2 Milyar", "1 M 200 jt", "satu miliar dua ratus juta rupiah".
_SCALE_WORD = re.compile(r"(?:\d\s*|\b)(?:rb|ribu|jt|juta|m|miliar|milyar|miliard|milyard|t|triliun|trilyun)\b",
                         re.IGNORECASE)


def has_scale_word(value: object) -> bool:
    return isinstance(value, str) and bool(_SCALE_WORD.search(value))


def parse_rupiah_words(value: object) -> int | None:
    """Whole rupiah of an amount written with a scale word ("Rp 1,2 M" -> 1_200_000_000, "850 juta",
    "2,5 miliar"; M is miliar, as Indonesian budget documents use it), read by lokal-id's
    ``parse_rupiah``; negative with a leading minus or in parentheses. None when the text has no
    scale word, is not an amount, or is approximate ("2jtan", "sekitar")."""
    if not has_scale_word(value) or len(value) > 80:
        return None
    text = value.strip()
    negative = text.startswith(_MINUS) or (text.startswith("(") and text.endswith(")"))
    # imported here, not with this module: `import lokal` compiles its personal-data detectors'
    # regexes (~0.35 s), paid only by a file that writes amounts this way
    from lokal import parse_rupiah

    parsed = parse_rupiah(text.strip("()").lstrip("".join(_MINUS)).strip())
    if parsed is None or parsed.approximate:
        return None
    return -int(parsed.amount) if negative else int(parsed.amount)


def parse_money_id(value: object, style: str = "id") -> ParseResult:
    """An amount of rupiah: what ``parse_decimal_id`` reads, and an amount written with a scale
    word ("Rp 1,2 M", "850 juta": ``parse_rupiah_words``)."""
    number, reason = parse_decimal_id(value, style)
    if reason is Reason.TEXT:
        amount = parse_rupiah_words(value)
        if amount is not None:
            return float(amount), None
    return number, reason


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
# A quarter or half-year as branch and budget reports write them: "Triwulan IV 2021", "TW 4 2021",
# "Q4-2021", "2021 Q4", "Semester II 2021", "H2 2021". Refused as a period (the data is monthly),
# with its last month named.
_PERIOD_WORDS = {"triwulan": 3, "tw": 3, "kuartal": 3, "kwartal": 3, "q": 3, "quarter": 3, "qtr": 3,
                 "semester": 6, "smt": 6, "sem": 6, "h": 6, "half": 6}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_WORD = "|".join(sorted(_PERIOD_WORDS, key=len, reverse=True))
_QUARTER = re.compile(
    rf"(?P<w1>{_WORD})\s*[-.]?\s*(?P<n1>[1-4]|iv|i{{1,3}})\s*[-/,]?\s*(?:tahun\s*)?(?P<y1>\d{{4}})"
    rf"|(?P<y2>\d{{4}})\s*[-/]?\s*(?P<w2>{_WORD})\s*[-.]?\s*(?P<n2>[1-4]|iv|i{{1,3}})")
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


def _quarter_end(text: str) -> tuple[int, int] | None:
    """(year, last month) of a quarter or half-year written in ``text``, or None."""
    m = _QUARTER.fullmatch(_WEEKDAY.sub("", text.lower()).strip())
    if not m:
        return None
    word, number, year = (m.group("w1"), m.group("n1"), m.group("y1")) if m.group("w1") else (
        m.group("w2"), m.group("n2"), m.group("y2"))
    months = _PERIOD_WORDS[word]
    index = int(number) if number.isdigit() else _ROMAN[number]
    if index > 12 // months:
        return None
    return int(year), index * months


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
                if _quarter_end(text) is not None:
                    return None, Reason.QUARTER_PERIOD
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


def explain(value: object, reason: Reason) -> Message:
    """What to tell the user about a cell a parser refused with ``reason``.

    Mostly the reason itself. An impossible date or month says which part does not exist and how
    the text was read: "2022-13-01" is year-month-day, so "month 13 does not exist (read as
    year-month-day)"; "12/13/2021" is day first, so month 13 there; "2021-02-30" has no day 30."""
    if reason in (Reason.IMPOSSIBLE_DATE, Reason.IMPOSSIBLE_MONTH) and isinstance(value, str):
        text, _, _ = _prepare(value)
        detail = _impossible_part(_WEEKDAY.sub("", text.lower()).strip()) if text else None
        if detail is not None:
            return detail
    if reason is Reason.QUARTER_PERIOD and isinstance(value, str):
        year, month = _quarter_end(_prepare(value)[0] or "") or (None, None)
        if year is not None:
            return Message("tabular.detail.quarter_period", month_name=Month(month), year=year)
    return Message(reason.key)


def _impossible_part(text: str) -> Message | None:
    """The part of a date written in ``text`` that does not exist, read as ``_date_text`` does."""
    day = None
    if m := _YMD.fullmatch(text):
        layout, year, month, day = "ymd", int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _DMY.fullmatch(text):
        layout, year, month, day = "dmy", _year(m.group(3)), int(m.group(2)), int(m.group(1))
    elif (m := _D_MONTH_Y.fullmatch(text)) and m.group(2) in _MONTH_OF:
        layout, year, month, day = "named", _year(m.group(3)), _MONTH_OF[m.group(2)], int(m.group(1))
    elif (m := _MONTH_D_Y.fullmatch(text)) and m.group(1) in _MONTH_OF:
        layout, year, month, day = "named", int(m.group(3)), _MONTH_OF[m.group(1)], int(m.group(2))
    elif m := _NUMERIC_MONTH.fullmatch(text):
        if m.group(1):
            layout, year, month = "my", int(m.group(2)), int(m.group(1))
        else:
            layout, year, month = "ym", int(m.group(3)), int(m.group(4))
    elif re.fullmatch(r"\d{8}", text):
        layout, year, month, day = "ymd", int(text[:4]), int(text[4:6]), int(text[6:])
    elif re.fullmatch(r"(19|20|21)\d{4}", text):
        layout, year, month = "ym", int(text[:4]), int(text[4:])
    else:
        return None
    how = Message(f"tabular.layout.{layout}")
    if not 1 <= month <= 12:
        return Message("tabular.detail.no_month", month=month, layout=how)
    if day is None or not _FIRST_YEAR <= year <= _LAST_YEAR:
        return None
    days = calendar.monthrange(year, month)[1]
    if 1 <= day <= days:
        return None
    return Message("tabular.detail.no_day", day=day, month_name=Month(month), year=year, days=days, layout=how)
