"""UI strings (Bahasa Indonesia first, English second) and Indonesian number/date formats.

Each area keeps its strings in ``strings_<area>.py`` as ``STRINGS = {key: (id, en)}``; they are
merged here so areas never edit one shared table. The language is per thread (a Streamlit
session runs its script in one thread), set by the page from the URL or the sidebar switch.
"""

from __future__ import annotations

import datetime as dt
import importlib
import math
import pkgutil
import threading
from functools import lru_cache

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"

_state = threading.local()

MONTHS_ID = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
]
MONTHS_EN = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]


def set_language(lang: str | None) -> str:
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    _state.lang = lang
    return lang


def language() -> str:
    return getattr(_state, "lang", DEFAULT_LANGUAGE)


@lru_cache(maxsize=1)
def _all_strings() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("strings_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for key, pair in module.STRINGS.items():
            if key in merged and merged[key] != pair:
                raise ValueError(f"UI string {key!r} defined twice with different text ({info.name})")
            merged[key] = pair
    return merged


def t(key: str, **fmt: object) -> str:
    """The UI text for ``key`` in the current language; unknown keys show as themselves."""
    pair = _all_strings().get(key)
    if pair is None:
        return key
    text = pair[0] if language() == "id" else pair[1]
    return text.format(**fmt) if fmt else text


def _group(number: int) -> str:
    text = f"{abs(number):,}"
    return text.replace(",", ".") if language() == "id" else text


def fmt_int(value: object) -> str:
    """1.234.567 (id) or 1,234,567 (en); '–' for missing."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    try:
        number = int(round(float(value)))
    except (TypeError, ValueError):
        return "–"
    return ("-" if number < 0 else "") + _group(number)


def fmt_decimal(value: object, digits: int = 2) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    try:
        number = float(value)
    except (TypeError, ValueError):
        return "–"
    text = f"{number:,.{digits}f}"
    if language() == "id":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def fmt_pct(value: object, digits: int = 2) -> str:
    """A percentage given in percent units (29.84 -> '29,84%')."""
    text = fmt_decimal(value, digits)
    return text if text == "–" else f"{text}%"


def fmt_rp(value: object) -> str:
    text = fmt_int(value)
    return text if text == "–" else f"Rp {text}"


_MONEY_STEPS = ((1e12, "num.trillion"), (1e9, "num.billion"), (1e6, "num.million"))


def fmt_rp_short(value: object) -> str:
    """Rp 852,9 miliar / Rp 852.9 billion (one decimal): totals that must fit a metric card or a
    headline box; tables keep the exact rupiah. Below a million, the exact figure."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return "–"
    if math.isnan(number):
        return "–"
    for size, word in _MONEY_STEPS:  # triliun, miliar, juta
        # from 0,99995 of a unit on, one decimal reads 1,0 of it: 999,96 miliar is "1,0 triliun"
        if abs(number) >= 0.99995 * size:
            return t(word, value=fmt_decimal(number / size, 1))
    return fmt_rp(number)


def fmt_date(value: object) -> str:
    """15 November 2021 (id) / 15 November 2021 (en); '–' for missing."""
    if value is None:
        return "–"
    try:
        import pandas as pd

        if pd.isna(value):
            return "–"
        day = pd.Timestamp(value).date()
    except (TypeError, ValueError):
        return str(value)
    months = MONTHS_ID if language() == "id" else MONTHS_EN
    return f"{day.day} {months[day.month - 1]} {day.year}"


def fmt_datetime(value: object) -> str:
    """A date and time: '27 November 2026 16.26' (id, CLDR's time separator) / '27 November
    2026 16:26' (en); '–' for missing."""
    if value is None:
        return "–"
    import pandas as pd

    try:
        if pd.isna(value):
            return "–"
        stamp = pd.Timestamp(value)
    except (TypeError, ValueError):
        return str(value)
    sep = "." if language() == "id" else ":"
    return f"{fmt_date(stamp)} {stamp.hour:02d}{sep}{stamp.minute:02d}"


def fmt_period(value: object) -> str:
    """A month: 'Oktober 2021'."""
    if value is None:
        return "–"
    import pandas as pd

    if pd.isna(value):
        return "–"
    day = pd.Timestamp(value)
    months = MONTHS_ID if language() == "id" else MONTHS_EN
    return f"{months[day.month - 1]} {day.year}"


def today() -> dt.date:
    return dt.date.today()
