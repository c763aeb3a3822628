import datetime as dt

import pytest

from analytics import i18n
from analytics.i18n import fmt_date, fmt_int, fmt_pct, fmt_rp, t


@pytest.fixture(autouse=True)
def _reset_language():
    yield
    i18n.set_language("id")


def test_indonesian_formats():
    i18n.set_language("id")
    assert fmt_int(1234567) == "1.234.567"
    assert fmt_rp(1234567) == "Rp 1.234.567"
    assert fmt_pct(29.8437) == "29,84%"
    assert fmt_date(dt.date(2021, 11, 15)) == "15 November 2021"
    assert fmt_date(dt.date(2021, 8, 12)) == "12 Agustus 2021"
    assert fmt_int(None) == "–" and fmt_pct(float("nan")) == "–"


def test_english_formats_and_strings():
    i18n.set_language("en")
    assert fmt_int(1234567) == "1,234,567"
    assert fmt_pct(29.8437) == "29.84%"
    assert t("nav.overview") == "Overview"
    i18n.set_language("id")
    assert t("nav.overview") == "Ringkasan"


def test_unknown_language_falls_back_to_indonesian():
    assert i18n.set_language("fr") == "id"


def test_every_string_has_both_languages():
    for key, pair in i18n._all_strings().items():
        assert len(pair) == 2 and all(isinstance(s, str) and s for s in pair), key
