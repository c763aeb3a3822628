"""Numbers, money, percentages and dates in both UI languages (CLDR through Babel)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from analytics.i18n import formats


@pytest.mark.parametrize("lang,expected", [
    ("id", ["1.234.567", "23,87", "Rp 1.234.567", "29,84%", "15 November 2021", "Agustus 2021", "Agu 2021"]),
    ("en", ["1,234,567", "23.87", "Rp 1,234,567", "29.84%", "15 November 2021", "August 2021", "Aug 2021"]),
])
def test_both_languages(lang, expected):
    got = [formats.number(1234567, lang=lang), formats.number(23.869612784947915, 2, lang=lang),
           formats.money(1234567, lang=lang), formats.percent(29.8437, lang=lang),
           formats.date(dt.date(2021, 11, 15), lang=lang), formats.month("2021-08-01", lang=lang),
           formats.month(pd.Timestamp("2021-08-01"), lang=lang, short=True)]
    assert got == expected


@pytest.mark.parametrize("value", [None, np.nan, pd.NA, pd.NaT, float("inf"), "x", True])
def test_missing_is_a_dash_never_none_or_nan(value):
    assert formats.number(value) == formats.percent(value) == formats.money(value) == "–"
    if not isinstance(value, (bool, str)):
        assert formats.date(value) == formats.month(value) == "–"


def test_signs_and_rounding():
    assert formats.signed(-120, lang="id") == "−120" and formats.signed(1500, lang="id") == "+1.500"
    assert formats.signed(0.001, 2, lang="en") == "0.00"  # no sign on what reads as zero
    assert formats.number(-0.4, lang="id") == "0"  # never "-0"
    assert formats.money(-2842603000, lang="id") == "-Rp 2.842.603.000"


def test_datetime_uses_cldr_time_separators():
    stamp = pd.Timestamp("2021-11-15 10:32:11", tz="UTC")
    assert formats.datetime(stamp, lang="id") == "15 Nov 2021 10.32"
    assert formats.datetime(stamp, lang="en") == "15 Nov 2021, 10:32"


def test_language_follows_the_ui_when_not_given():
    from analytics import i18n

    with i18n.using("en"):
        assert formats.number(1234.5, 1) == "1,234.5" and formats.separators() == ".,"
    with i18n.using("id"):
        assert formats.number(1234.5, 1) == "1.234,5" and formats.separators() == ",."


def test_a_source_date_is_as_precise_as_its_source():
    from analytics.i18n.formats import partial_date

    assert partial_date("2024-01-30", "id") == "30 Januari 2024"
    assert partial_date("2024-01-30", "en") == "30 January 2024"
    assert partial_date("2024-01", "id") == "Januari 2024"
    assert partial_date("2024", "en") == "2024"
    assert partial_date("2021/2022", "id") == "2021/2022"  # a range as the source gives it
    assert partial_date(None, "id") == "–"
