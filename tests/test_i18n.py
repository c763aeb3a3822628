import datetime as dt

import pytest

from analytics import i18n
from analytics.i18n import fmt_date, fmt_int, fmt_pct, fmt_rp, fmt_rp_short, t


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


def test_short_counts_in_the_ui_language():
    i18n.set_language("id")
    assert i18n.fmt_count_short(41_560_000) == "41,56 juta"
    assert i18n.fmt_count_short(1_250_000_000) == "1,25 miliar"
    assert i18n.fmt_count_short(466_286) == "466,29 ribu"
    assert i18n.fmt_count_short(999) == "999"
    assert i18n.fmt_count_short(None) == "–"
    i18n.set_language("en")
    try:
        assert i18n.fmt_count_short(41_560_000) == "41.56 million"
        assert i18n.fmt_count_short(41_460_000) == "41.46 million"
    finally:
        i18n.set_language("id")


def test_short_rupiah_for_cards_and_headlines():
    i18n.set_language("id")
    assert fmt_rp_short(852_880_123_456) == "Rp 852,9 miliar"
    assert fmt_rp_short(950_200_000) == "Rp 950,2 juta"
    assert fmt_rp_short(1_234_567_890_123) == "Rp 1,2 triliun"
    assert fmt_rp_short(-2_500_000_000) == "Rp -2,5 miliar"
    # a value that would round to "1.000,0 miliar" moves to the next word; just below stays
    assert fmt_rp_short(999_960_000_000) == "Rp 1,0 triliun"
    assert fmt_rp_short(999_940_000_000) == "Rp 999,9 miliar"
    assert fmt_rp_short(750_000) == "Rp 750.000"  # below a million: exact
    assert fmt_rp_short(None) == fmt_rp_short(float("nan")) == fmt_rp_short("x") == "–"
    i18n.set_language("en")
    assert fmt_rp_short(852_880_123_456) == "Rp 852.9 billion"


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
