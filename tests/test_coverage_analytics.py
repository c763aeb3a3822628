"""Coverage analytics: ranking, IQR outliers, regulation before/after (pure and through SQL), page."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from analytics import coverage_analytics as ca
from analytics.queries import sql
from tests.apptest_support import errors_of, page_test


def test_rank_regions_ties_and_no_data_last():
    frame = pd.DataFrame({"region_code": ["a", "b", "c", "d"], "ucj_pct": [30.0, None, 50.0, 30.0],
                          "gap_workers": [10, 20, 5, 40]})
    ranked = ca.rank_regions(frame, "ucj_pct")
    assert list(ranked["region_code"]) == ["c", "a", "d", "b"]
    assert list(ranked["rank"].astype("float").fillna(-1)) == [1, 2, 2, -1]
    bottom = ca.rank_regions(frame, "ucj_pct", lowest_first=True)
    assert list(bottom["region_code"]) == ["a", "d", "c", "b"]
    assert list(bottom["rank"].astype("float").fillna(-1)) == [2, 2, 1, -1]  # true ranks kept
    assert list(ca.rank_regions(frame, "gap_workers")["region_code"]) == ["d", "b", "a", "c"]
    with pytest.raises(ValueError):
        ca.rank_regions(frame, "name")


def test_iqr_outliers_by_group():
    frame = pd.DataFrame({
        "name": list("abcdefghij"), "province": ["p"] * 5 + ["q"] * 5,
        # p: Q1 2, Q3 4, IQR 2 -> fences -1 .. 7: 100 is high
        # q: 10, 11, 12, 13, -20 -> Q1 10, Q3 12, IQR 2 -> fences 7 .. 15: -20 is low
        "ucj_pct": [1, 2, 3, 4, 100, 10, 11, 12, 13, -20],
    })
    out = ca.iqr_outliers(frame, "ucj_pct", by="province").set_index("name")
    assert out.loc["e", "outlier"] == "high" and out.loc["j", "outlier"] == "low"
    assert out["outlier"].notna().sum() == 2
    assert (out.loc["a", "lower"], out.loc["a", "upper"]) == (-1.0, 7.0)
    # without a group, the national fences apply: 1..100 and -20 together
    flat = ca.iqr_outliers(frame, "ucj_pct").set_index("name")
    assert flat.loc["e", "outlier"] == "high"


def _growth_rows():
    m1, m2 = pd.Timestamp("2022-06-01"), pd.Timestamp("2022-09-01")
    rows = [
        # event June 2022: A treated (+10 % before, +30 % after); controls B (5, 5), C (15, 25)
        (m1, "A", "62", "treated", 10.0, 30.0), (m1, "B", "62", "control", 5.0, 5.0),
        (m1, "C", "35", "control", 15.0, 25.0),
        # event Sept 2022: D treated in 35 (8 -> 4); controls B (5, 9), C (7, 7)
        (m2, "D", "35", "treated", 8.0, 4.0), (m2, "B", "62", "control", 5.0, 9.0),
        (m2, "C", "35", "control", 7.0, 7.0),
    ]
    return pd.DataFrame(rows, columns=["reg_month", "region_code", "province_code", "role",
                                       "growth_before_pct", "growth_after_pct"])


def test_regulation_effect_hand_worked():
    per, summary = ca.regulation_effect(_growth_rows())
    per = per.set_index("region_code")
    # June: control medians before (5+15)/2 = 10, after (5+25)/2 = 15 -> control change +5;
    #       A changes 30 - 10 = +20 -> difference +15
    assert per.loc["A", "control_before_pct"] == 10 and per.loc["A", "control_after_pct"] == 15
    assert per.loc["A", "difference_pts"] == 15
    # Sept: control medians before (5+7)/2 = 6, after (9+7)/2 = 8 -> +2; D changes 4 - 8 = -4 -> -6
    assert per.loc["D", "difference_pts"] == -6
    # medians over the two treated regions: difference (15 + -6)/2 = 4.5; one of two rose more
    assert summary.treated_regions == 2 and summary.event_months == 2 and summary.control_regions == 2
    assert summary.median_difference == 4.5 and summary.share_rose_more == 0.5
    assert summary.treated_before == 9 and summary.treated_after == 17  # (10+8)/2, (30+4)/2
    # only the treated regions of province 35 (D), controls stay national
    per35, s35 = ca.regulation_effect(_growth_rows(), "35")
    assert list(per35["region_code"]) == ["D"] and s35.median_difference == -6


def test_regulation_growth_sql_known_answer(empty_store):
    # Katingan (62.06) and Kotawaringin Barat (62.01) have a Perbup known by 15 Nov 2021 (curated):
    # event month Nov 2021. Kotawaringin Timur (62.02) and Barito Selatan (62.04) have none.
    #   62.06: 100 -> 110 -> 132  (before +10 %, after +20 %)
    #   62.02: 200 -> 220 -> 242  (+10 %, +10 %)     control
    #   62.04:  50 ->  60 ->  66  (+20 %, +10 %)     control
    # control medians: before 15, after 10 -> change -5; Katingan change +10 -> difference +15
    months = [dt.date(2020, 11, 1), dt.date(2021, 11, 1), dt.date(2022, 11, 1)]
    values = {"62.06": [100, 110, 132], "62.02": [200, 220, 242], "62.04": [50, 60, 66]}
    rows = [(code, m, "PU", "non_asn", v, 1000) for code, vs in values.items() for m, v in zip(months, vs)]
    frame = pd.DataFrame(rows, columns=["region_code", "period", "segment", "worker_group",
                                        "active_participants", "target_workers"])
    empty_store.add_batch("coverage", frame, "series.csv", None)
    growth = empty_store.query_df(sql("cov_regulation_growth"), {"group": "non_asn"})
    assert set(growth.loc[growth["role"] == "treated", "region_code"]) == {"62.06"}  # 62.01 has no series
    assert set(growth.loc[growth["role"] == "control", "region_code"]) == {"62.02", "62.04"}
    assert growth.loc[growth["role"] == "treated", "date_is_known_by"].all()
    per, summary = ca.regulation_effect(growth)
    assert summary.treated_regions == 1
    assert per.loc[0, "growth_before_pct"] == pytest.approx(10) and per.loc[0, "growth_after_pct"] == pytest.approx(20)
    assert summary.control_before == pytest.approx(15) and summary.control_after == pytest.approx(10)
    assert summary.median_difference == pytest.approx(15)


def test_ranking_sql_like_month_growth_and_no_denominator(empty_store):
    rows = [("62.06", dt.date(2021, 12, 1), "PU", "all", 1000), ("62.06", dt.date(2022, 12, 1), "PU", "all", 1250),
            ("62.06", dt.date(2022, 11, 1), "PU", "all", 10)]  # a lapse month in between does not matter
    frame = pd.DataFrame(rows, columns=["region_code", "period", "segment", "worker_group", "active_participants"])
    empty_store.add_batch("coverage", frame, "rank.csv", None)
    out = empty_store.query_df(sql("cov_ranking"), {"level": "kabupaten_kota", "province": "62",
                                                    "period": dt.date(2022, 12, 1)}).set_index("region_code")
    assert out.loc["62.06", "growth_pct"] == pytest.approx(25.0)
    # no employment row: UCJ and gap are unknown, not 0
    assert pd.isna(out.loc["62.06", "ucj_pct"]) and pd.isna(out.loc["62.06", "gap_workers"])
    assert list(out.loc["62.06", "active_trend"]) == [1000, 10, 1250]


def test_page_trends(demo_env):
    at = page_test("coverage", params={"cov_province": "62", "cov_region": "62.06"}).run()
    assert not errors_of(at), errors_of(at)
    charts = at.get("plotly_chart")
    assert len(charts) == 2
    assert '"PU"' in charts[0].proto.spec or "Penerima Upah" in charts[0].proto.spec


def test_page_rankings_with_sparklines(demo_env):
    at = page_test("coverage", lang="en", params={"cov_view": "rankings", "cov_rank_by": "growth_pct",
                                                  "cov_level": "provinsi"}).run()
    assert not errors_of(at), errors_of(at)
    table = at.dataframe[0].value
    assert len(table) == 38 and list(table["rank"][:3]) == [1, 2, 3]
    assert table["growth_pct"].is_monotonic_decreasing
    assert len(table["active_trend"].iloc[0]) == 24
    assert len(at.get("plotly_chart")) == 1


def test_page_distribution_and_compare(demo_env):
    at = page_test("coverage", params={"cov_view": "distribution"}).run()
    assert not errors_of(at), errors_of(at)
    assert len(at.get("plotly_chart")) == 1
    at = page_test("coverage", params={"cov_view": "compare", "cov_compare": "62.06,35"}).run()
    assert not errors_of(at), errors_of(at)
    spec = at.get("plotly_chart")[0].proto.spec
    assert "Katingan" in spec and "Jawa Timur" in spec


def test_page_effect_says_descriptive_not_causal(demo_env):
    at = page_test("coverage", lang="en", params={"cov_view": "effect", "cov_group": "all"}).run()
    assert not errors_of(at), errors_of(at)
    assert any("not evidence of cause and effect" in w.value for w in at.warning)
    assert len(at.metric) == 3 and len(at.get("plotly_chart")) == 1


def test_a_month_is_a_scope_total_only_when_every_kabupaten_reports():
    import datetime as _dt

    import pandas as _pd

    from analytics import coverage_analytics as _ca

    frame = _pd.DataFrame({
        "period": [_dt.date(2023, 12, 1)] * 2 + [_dt.date(2024, 12, 1)] * 2,
        "segment": ["PU", "BPU"] * 2, "active_participants": [71405, 29647, 80101, 42217],
        "regions": [1, 1, 14, 14],
    })
    kept, left_out = _ca.complete_months(frame, 14)
    assert left_out == 1 and set(kept["period"]) == {_dt.date(2024, 12, 1)}
    assert _ca.complete_months(frame, 1)[1] == 0  # one region's own series: every month is whole
    assert _ca.has_values(kept, "active_participants") and not _ca.has_values(kept.iloc[0:0], "active_participants")
    assert _ca.count_values(_pd.DataFrame({"x": [1, None, 3]}), "x") == 2 and _ca.count_values(frame, "nope") == 0
    periods = [_dt.date(2023, 12, 1), _dt.date(2025, 2, 1)]
    assert _ca.opening_month(_pd.DataFrame({"period": [_pd.Timestamp("2023-12-01")]}), periods) == periods[0]
    assert _ca.opening_month(_pd.DataFrame({"period": [None]}), periods) == periods[-1]
