"""Budget cycles: a Jan-Feb payment lapse is flagged, a real decline is not; like-month figures."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from analytics import cycles, i18n
from analytics.ingest import demo
from analytics.queries import direct

MONTHS = pd.date_range("2021-01-01", "2025-06-01", freq="MS")


def _bulk_series(low=30.0, high=1000.0, months=(1, 2)) -> pd.Series:
    values = pd.Series(high, index=MONTHS)
    values[MONTHS.month.isin(months)] = low
    return values


def setup_function():
    i18n.set_language("id")


def test_jan_feb_drop_is_flagged_as_likely_cycle():
    found = cycles.flagged_months(_bulk_series())
    # the first January has no 12-month history yet; every later Jan and Feb is flagged
    expected = [p for p in MONTHS if p.month in (1, 2) and p.year >= 2022]
    assert list(found["period"]) == expected
    assert found["likely_cycle"].all() and set(found["status"]) == {cycles.CYCLE}
    assert (found["recovered_in"] == [pd.Timestamp(p.year, 3, 1) for p in expected]).all()
    assert "kemungkinan siklus pembayaran, bukan kehilangan kepesertaan" in found["reason"].iloc[0]
    assert found["share_of_max"].iloc[0] == pytest.approx(0.03)


def test_real_decline_is_not_a_cycle():
    values = pd.Series(np.r_[np.full(20, 1000.0), np.full(len(MONTHS) - 20, 50.0)], index=MONTHS)
    found = cycles.flagged_months(values)
    assert not found.empty and not found["likely_cycle"].any()
    assert set(found["status"]) == {cycles.DECLINE}
    assert "kehilangan kepesertaan" in found["reason"].iloc[0]
    # a gradual fall (no month below 20 % of the previous year's maximum) is not flagged at all
    gradual = pd.Series(np.linspace(1000, 600, len(MONTHS)), index=MONTHS)
    assert cycles.flagged_months(gradual).empty


def test_drop_at_end_of_data_pending_or_repeating_pattern():
    series = _bulk_series()
    # cut at Feb 2025: no later data; Jan-Feb 2024 were cycles, so the pattern repeats
    cut = series[series.index <= "2025-02-01"]
    last = cycles.scan(cut).iloc[-1]
    assert last["is_low"] and last["status"] == cycles.CYCLE_REPEAT and last["likely_cycle"]
    # a first-ever drop at the end of the data cannot be judged yet
    once = pd.Series(1000.0, index=pd.date_range("2023-01-01", "2024-06-01", freq="MS"))
    once.iloc[-1] = 10
    last = cycles.scan(once).iloc[-1]
    assert last["status"] == cycles.PENDING and not last["likely_cycle"]


def test_missing_months_are_not_zero_and_small_groups_are_ignored():
    values = _bulk_series(low=1000.0).drop(pd.Timestamp("2023-05-01"))
    scanned = cycles.scan(values)
    gap = scanned[scanned["period"] == "2023-05-01"].iloc[0]
    assert np.isnan(gap["active"]) and not gap["is_low"]
    assert cycles.flagged_months(values).empty
    tiny = _bulk_series(low=0.0, high=5.0)  # a maximum of 5 participants is noise, not a cycle
    assert cycles.flagged_months(tiny).empty


def test_like_month_comparison_by_hand():
    values = pd.Series(np.arange(1, len(MONTHS) + 1, dtype=float) * 10, index=MONTHS)  # 10, 20, ...
    values[pd.Timestamp("2025-01-01")] = 5.0
    summary = cycles.like_month(values)
    assert summary["latest_period"] == pd.Timestamp("2025-06-01")
    assert summary["latest"] == 540.0  # 54th month
    assert summary["like_period"] == pd.Timestamp("2024-06-01") and summary["like_month"] == 420.0
    assert summary["change"] == 120.0 and summary["change_pct"] == pytest.approx(28.57, abs=0.01)
    # Jul 2024 .. Jun 2025: months 43..54 with Jan 2025 (month 49) replaced by 5
    year = [10.0 * m for m in range(43, 55) if m != 49] + [5.0]
    assert summary["year_max"] == 540.0
    assert summary["year_avg"] == pytest.approx(round(sum(year) / 12, 1))
    # as of a date: the latest month not after it
    early = cycles.like_month(values, as_of=dt.date(2025, 1, 15))
    assert early["latest"] == 5.0 and early["like_month"] == 370.0
    # no same month a year earlier: None, not 0
    short = cycles.like_month(values[values.index >= "2025-01-01"])
    assert short["like_month"] is None and short["change"] is None


def test_flag_frame_columns_and_choice():
    frame = pd.DataFrame({
        "region_code": "62.01", "name": "Kabupaten Kotawaringin Barat", "level": "kabupaten",
        "worker_group": "non_asn", "period": MONTHS, "active_participants": _bulk_series().to_numpy(),
        "is_demo": False,
    })
    steady = frame.assign(region_code="62.02", name="Kabupaten Kotawaringin Timur",
                          active_participants=1000)
    both = pd.concat([frame, steady])
    flags = cycles.flag_frame(both, as_of="2025-02-01")
    assert list(flags.columns[:9]) == ["region_code", "name", "worker_group", "latest", "like_month",
                                       "year_max", "year_avg", "likely_cycle", "note"]
    assert flags["region_code"].tolist() == ["62.01"]
    row = flags.iloc[0]
    assert row["latest"] == 30 and row["like_month"] == 30 and row["year_max"] == 1000
    assert row["likely_cycle"] and row["flagged_months"] == "2025-01, 2025-02"
    assert "siklus pembayaran" in row["note"]
    everything = cycles.flag_frame(both, as_of="2025-02-01", only_flagged=False)
    assert set(everything["region_code"]) == {"62.01", "62.02"}
    assert not everything.set_index("region_code").loc["62.02", "likely_cycle"]


# --- the demo database ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo_read(demo_db_path):
    from analytics.store import Store

    store = Store(demo_db_path, read_only=True)
    yield store
    store.close()


def test_demo_bulk_payer_is_flagged_and_like_month_matches_raw_rows(demo_read):
    regions = demo_read.query_df("SELECT * FROM region")
    bulk = demo.bulk_payer_codes(regions)
    assert bulk
    code = bulk[0]
    flags = cycles.flag_regions(direct(demo_read), code[:2], dt.date(2025, 2, 28))
    mine = flags[(flags["region_code"] == code) & (flags["worker_group"] == "non_asn")]
    assert len(mine) == 1, flags
    row = mine.iloc[0]
    assert row["likely_cycle"] and row["status"] == cycles.CYCLE_REPEAT
    assert row["latest_period"] == pd.Timestamp("2025-02-01")
    raw = demo_read.query_df(
        "SELECT period, active_participants FROM coverage_row c JOIN import_batch b USING (batch_id) "
        "WHERE b.is_demo AND c.region_code = ? AND c.worker_group = 'non_asn' ORDER BY period", [code])
    raw = raw.set_index(pd.to_datetime(raw["period"]))["active_participants"]
    assert row["latest"] == raw[pd.Timestamp("2025-02-01")]
    assert row["like_month"] == raw[pd.Timestamp("2024-02-01")]
    window = raw[(raw.index > pd.Timestamp("2024-02-01")) & (raw.index <= pd.Timestamp("2025-02-01"))]
    assert row["year_max"] == window.max() and row["year_avg"] == pytest.approx(round(window.mean(), 1))
    assert row["latest"] < 0.2 * row["year_max"]


def test_demo_flags_exactly_the_bulk_payers(demo_read):
    regions = demo_read.query_df("SELECT * FROM region")
    bulk = set(demo.bulk_payer_codes(regions))
    flags = cycles.flag_regions(direct(demo_read), None, dt.date(2025, 6, 30))
    assert set(flags["region_code"]) == bulk
    assert flags["likely_cycle"].all() and set(flags["worker_group"]) == {"non_asn"}
    assert flags["is_demo"].all()


def test_half_yearly_payer_and_language_of_the_note():
    values = _bulk_series(months=(1, 7))
    found = cycles.flagged_months(values)
    assert set(found["period"].dt.month) == {1, 7} and found["likely_cycle"].all()
    i18n.set_language("en")
    try:
        english = cycles.flagged_months(values)["reason"].iloc[0]
    finally:
        i18n.set_language("id")
    assert "likely a payment cycle, not lost coverage" in english
