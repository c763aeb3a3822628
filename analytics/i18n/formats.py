"""Numbers, money, percentages and dates in the UI language, from CLDR through Babel.

Indonesian (``id_ID``): 1.234.567 · Rp 1.234.567 · 29,84% · 15 November 2021 · Nov 2021.
English (``en_GB``): 1,234,567 · Rp 1,234,567 · 29.84% · 15 November 2021 · Nov 2021.

Choices made on top of CLDR (README "Links, downloads and languages"):
- English is ``en_GB``: CLDR's long date there is "15 November 2021", the order Indonesian
  readers share (``en``/``en_US`` would write "November 15, 2021"); its numbers equal ``en``.
- Money is "Rp" and the figure with a space in both languages. CLDR writes "Rp1.234.567" (id)
  and "IDR1,234,567" (en): the dashboard has always written "Rp 1.234.567", readers here
  know "Rp", and the space keeps the figure readable in small table cells.
- Percent follows CLDR exactly: no space in either language ("29,84%", "29.84%").
- A missing value is "–" (en dash), never "None", "nan" or "0".

Patterns are parsed once per (language, kind, digits) and applied with ``NumberPattern.apply``:
about 8-15 µs a cell (``format_decimal`` re-parses its pattern each call, ~13-18 µs); a 514-row
table of ten columns formats in ~50 ms (benchmarks/bench_presentation.py).
"""

from __future__ import annotations

import copy
import datetime as dt
import math
from functools import lru_cache

import pandas as pd
from babel import Locale
from babel.dates import format_date, format_skeleton, format_time, get_day_names, get_month_names
from babel.numbers import NumberPattern, parse_pattern

from analytics.i18n.state import language

MISSING = "–"
LOCALES = {"id": "id_ID", "en": "en_GB"}
CURRENCY = "Rp"
MINUS = "−"  # U+2212 for signed changes ("−120"), as the headline cards write them


def _lang(lang: str | None) -> str:
    if lang in LOCALES:
        return lang  # type: ignore[return-value]
    return language()


@lru_cache(maxsize=4)
def locale(lang: str) -> Locale:
    return Locale.parse(LOCALES.get(lang, LOCALES["id"]))


@lru_cache(maxsize=64)
def _pattern(lang: str, kind: str, digits: int | None) -> NumberPattern:
    """The locale's decimal or percent pattern with exactly ``digits`` decimals (None: as many
    as needed up to 2; CLDR's own 3 would print 16,651 for sixteen and a bit, which reads as
    sixteen thousand in the other language)."""
    loc = locale(lang)
    base = loc.percent_formats[None] if kind == "percent" else loc.decimal_formats[None]
    pattern = copy.copy(parse_pattern(base.pattern))
    pattern.frac_prec = (0, 2) if digits is None else (digits, digits)
    if kind == "percent":
        pattern.scale = 0  # (a power of ten) values arrive in percent units (29.84), not as fractions
    return pattern


def is_missing(value: object) -> bool:
    """None, NaN, NaT and pd.NA (a list or other non-scalar is not missing)."""
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _float(value: object) -> float | None:
    if is_missing(value) or isinstance(value, bool):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) or math.isinf(number) else number


def number(value: object, digits: int | None = 0, lang: str | None = None) -> str:
    """1.234.567 / 1,234,567 (``digits`` decimals, rounded half-even as CLDR does; None: up to 2)."""
    x = _float(value)
    if x is None:
        return MISSING
    if digits == 0:
        x = round(x) + 0.0  # -0.4 -> "0", never "-0"
    return _pattern(_lang(lang), "decimal", digits).apply(x, locale(_lang(lang)))


def percent(value: object, digits: int = 2, lang: str | None = None) -> str:
    """A value given in percent units: 29.84 -> '29,84%' / '29.84%'."""
    x = _float(value)
    if x is None:
        return MISSING
    return _pattern(_lang(lang), "percent", digits).apply(x, locale(_lang(lang)))


def money(value: object, lang: str | None = None) -> str:
    """Whole rupiah: 'Rp 1.234.567'; a negative amount '-Rp 1.234.567'."""
    x = _float(value)
    if x is None:
        return MISSING
    text = number(abs(x), 0, lang)
    return ("-" if round(x) < 0 else "") + f"{CURRENCY} {text}"


def signed(value: object, digits: int = 0, lang: str | None = None) -> str:
    """A change: '+1.234', '−1.234', '0'."""
    x = _float(value)
    if x is None:
        return MISSING
    text = number(abs(x), digits, lang)
    if number(0, digits, lang) == text:
        return text
    return ("+" if x > 0 else MINUS) + text


def date(value: object, lang: str | None = None, style: str = "long") -> str:
    """15 November 2021 (both languages: CLDR's long date of id_ID and en_GB); ``style``
    "medium" for narrow tables: 15 Nov 2021."""
    day = _as_date(value)
    return MISSING if day is None else _date_text(day, _lang(lang), style)


@lru_cache(maxsize=8192)
def _date_text(day: dt.date, lang: str, style: str) -> str:
    # Babel looks the pattern up and parses it on every call (~0.17 ms): the tracker's 533
    # records spent 0.1 s of each view on it; a day's text never changes
    return format_date(day, style, locale=locale(lang))


def month(value: object, lang: str | None = None, short: bool = False) -> str:
    """A month: 'November 2021' (or 'Nov 2021' with ``short``)."""
    day = _as_date(value)
    if day is None:
        return MISSING
    return _month_text(day, _lang(lang), short)


@lru_cache(maxsize=4096)
def _month_text(day: dt.date, lang: str, short: bool) -> str:
    return format_skeleton("yMMM" if short else "yMMMM", day, locale=locale(lang))


def partial_date(value: object, lang: str | None = None) -> str:
    """A source's date as precise as the source gives it: '2024-01-30' → 30 Januari 2024,
    '2024-01' → Januari 2024, '2024' → 2024; any other text (a range such as '2021/2022') as it is."""
    if is_missing(value):
        return MISSING
    text = str(value).strip()
    if len(text) == 4 and text.isdigit():
        return text
    if len(text) == 7 and text[:4].isdigit() and text[4] == "-" and text[5:].isdigit():
        return month(f"{text}-01", lang)
    if len(text) == 10:
        try:
            return date(dt.date.fromisoformat(text), lang)
        except ValueError:
            return text
    if isinstance(value, (dt.date, dt.datetime)):
        return date(value, lang)
    return text


def month_list(text: object, lang: str | None = None) -> str:
    """Months written as codes, "2024-01, 2024-02", as a reader writes them: "Jan 2024, Feb 2024"."""
    if not isinstance(text, str) or not text.strip():
        return MISSING
    return ", ".join(month(f"{part.strip()}-01", lang, short=True) for part in text.split(",") if part.strip())


def datetime(value: object, lang: str | None = None) -> str:
    """15 Nov 2021 10.32 / 15 Nov 2021, 10:32 (an import's time)."""
    stamp = _as_datetime(value)
    if stamp is None:
        return MISSING
    loc = locale(_lang(lang))  # CLDR's own joining of a medium date and a short time
    return str(loc.datetime_formats["medium"]).format(format_time(stamp.time(), "short", locale=loc),
                                                      format_date(stamp.date(), "medium", locale=loc))


def month_names(lang: str | None = None, width: str = "wide") -> list[str]:
    names = get_month_names(width, locale=locale(_lang(lang)))
    return [names[i] for i in range(1, 13)]


def day_names(lang: str | None = None, width: str = "wide") -> list[str]:
    names = get_day_names(width, locale=locale(_lang(lang)))
    return [names[(i + 6) % 7] for i in range(7)]  # Sunday first, as d3 wants


def separators(lang: str | None = None) -> str:
    """Plotly's ``layout.separators``: the decimal mark then the thousands mark."""
    symbols = locale(_lang(lang)).number_symbols["latn"]
    return symbols["decimal"] + symbols["group"]


def _as_date(value: object) -> dt.date | None:
    stamp = _as_datetime(value)
    return None if stamp is None else stamp.date()


def _as_datetime(value: object) -> dt.datetime | None:
    if is_missing(value):
        return None
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    try:
        stamp = pd.Timestamp(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if pd.isna(stamp):
        return None
    return stamp.tz_localize(None).to_pydatetime() if stamp.tzinfo else stamp.to_pydatetime()
