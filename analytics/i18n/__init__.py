"""UI strings (Bahasa Indonesia first, English second) and Indonesian number/date formats.

Each area keeps its strings in ``strings_<area>.py`` as ``STRINGS = {key: (id, en)}``; they are
merged here so areas never edit one shared table. The language is per thread (a Streamlit
session runs its script in one thread), set by the page from the URL or the sidebar switch
(``state.py``); numbers and dates in it come from CLDR (``formats.py``). ``analytics.presentation``
builds on this package, never the reverse.
"""

from __future__ import annotations

import datetime as dt
import importlib
import math
import pkgutil
from functools import lru_cache

import pandas as pd

from analytics.i18n import formats
from analytics.i18n.state import DEFAULT_LANGUAGE, LANGUAGES, language, set_language, using  # noqa: F401

MONTHS_ID = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
]
MONTHS_EN = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]


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


# Numbers and dates come from CLDR through Babel (analytics.i18n.formats); these names
# stay for the many callers that format one figure at a time.
def fmt_int(value: object) -> str:
    """1.234.567 (id) or 1,234,567 (en); '–' for missing."""
    return formats.number(value, 0)


def fmt_decimal(value: object, digits: int = 2) -> str:
    return formats.number(value, digits)


def fmt_pct(value: object, digits: int = 2) -> str:
    """A percentage given in percent units (29.84 -> '29,84%')."""
    return formats.percent(value, digits)


def fmt_rp(value: object) -> str:
    return formats.money(value)


_MONEY_STEPS = ((1e12, "num.trillion"), (1e9, "num.billion"), (1e6, "num.million"))
_COUNT_STEPS = ((1e9, "count.billion"), (1e6, "count.million"), (1e3, "count.thousand"))


def _short(value: object, steps, digits: int, exact) -> str:
    """``value`` in the largest of ``steps`` (size, string key) it reaches, with ``digits``
    decimals; below the smallest, ``exact(value)``. A value that would round up to a thousand of
    a step reads as one of the next ("999,96 miliar" is "1,0 triliun", "999.996 ribu" is "1,00
    juta")."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return "–"
    if math.isnan(number):
        return "–"
    for size, word in steps:
        # from where the step below would round to a thousand of itself (0,99995 of a unit at one
        # decimal), the value reads as one of this step
        if abs(number) >= size * (1 - 0.5 * 10 ** -digits / 1000):
            return t(word, value=fmt_decimal(number / size, digits))
    return exact(number)


def fmt_rp_short(value: object) -> str:
    """Rp 852,9 miliar / Rp 852.9 billion (one decimal): totals that must fit a metric card or a
    headline box; tables keep the exact rupiah. Below a million, the exact figure."""
    return _short(value, _MONEY_STEPS, 1, fmt_rp)


def fmt_count_short(value: object, digits: int = 2) -> str:
    """41,56 juta / 41.56 million: a count a source reports rounded, in the UI language (a
    source's own wording, "41,56 juta", is data and stays in the table as written). Below a
    thousand, the exact figure."""
    return _short(value, _COUNT_STEPS, digits, fmt_int)


def fmt_date(value: object) -> str:
    """15 November 2021 (id) / 15 November 2021 (en); '–' for missing; other text as it is."""
    if formats.is_missing(value):
        return "–"
    text = formats.date(value)
    return str(value) if text == formats.MISSING else text


def fmt_datetime(value: object) -> str:
    """A date and time: '27 November 2026 16.26' (id, CLDR's time separator) / '27 November
    2026 16:26' (en); '–' for missing."""
    if value is None:
        return "–"
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
    return formats.month(value)


def today() -> dt.date:
    return dt.date.today()
