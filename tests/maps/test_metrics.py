"""Map metrics: known answers from a tiny hand-built database and hand-built frames.

Kalimantan Tengah (62) is the test province; its kabupaten 62.01 and 62.02 and Kota Palangkaraya
62.71 get hand-made coverage, budget and regulation rows. Everything else stays empty, so it
must come out as "no data" (NaN), never 0.
"""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd
import pytest

from analytics.maps import metrics as mm
from analytics.queries import sql

JUN25 = dt.date(2025, 6, 1)
JUN24 = dt.date(2024, 6, 1)


def _coverage(rows):
    return pd.DataFrame(rows, columns=["region_code", "period", "segment", "worker_group",
                                       "active_participants", "target_workers"])


@pytest.fixture
def tiny(empty_store):
    store = empty_store
    store.add_batch("coverage", _coverage([
        # 62.01: Non-ASN in PU with a target, in June 2025 and June 2024
        ("62.01", JUN25, "PU", "non_asn", 800, 1000),
        ("62.01", JUN24, "PU", "non_asn", 500, 900),
        # 62.01 also has BPU rows without a target for 'all'
        ("62.01", JUN25, "BPU", "all", 300, None),
        ("62.01", JUN25, "PU", "all", 1200, None),
        # 62.02: over-covered (more active than target) in June 2025 only
        ("62.02", JUN25, "PU", "non_asn", 600, 500),
        # 62.71: a row without a target
        ("62.71", JUN25, "PU", "non_asn", 50, None),
        # a reported all-segment total must never be added to segment sums
        ("62.01", JUN25, "ALL", "all", 99999, None),
    ]), "tiny.csv", None)
    store.add_batch("budget", pd.DataFrame([
        ("62.01", 2025, "non_asn", "apbd", 2_000_000.0),
        ("62.01", 2025, "pekerja_rentan", "apbd", 1_000_000.0),
        ("62.71", 2025, "non_asn", "apbd", 500_000.0),  # no target there: not in the ratio
    ], columns=["region_code", "year", "worker_group", "funding_source", "allocated_rp"]), "b.csv", None)
    store.add_batch("regulation", pd.DataFrame([
        # 62.01: a Perbup issued in 2022; 62.02: only a draft, then an instruksi issued 2025-07
        dict(region_code="62.01", instrument="perbup", number="5", year=2022, issued_on=dt.date(2022, 3, 1),
             title="Perbup A", status="issued"),
        dict(region_code="62.02", instrument="perbup", number=None, year=None, known_by=dt.date(2023, 1, 5),
             title="Rancangan Perbup B", status="draft"),
        dict(region_code="62.02", instrument="instruksi_bupati", number="1", year=2025,
             issued_on=dt.date(2025, 7, 2), title="Instruksi B", status="issued"),
        # the province's own Pergub: shown apart, never a kabupaten's regulation
        dict(region_code="62", instrument="pergub", number="3", year=2022, title="Pergub", status="issued"),
    ]), "r.csv", None)
    return store


def _frame(store, selection: mm.MapSelection) -> pd.DataFrame:
    regions = store.query_df(sql("map_regions"), selection.regions_params())
    coverage = store.query_df(sql("map_coverage"), selection.coverage_params())
    ucj = store.query_df(sql("map_ucj"), selection.ucj_params()) if selection.metric == "ucj" else None
    return mm.compute(mm.assemble(regions, coverage, ucj, selection.period), selection.metric)


def _row(frame, code):
    return frame.set_index("code").loc[code]


def test_coverage_rate_with_denominator_and_no_data_is_nan(tiny):
    sel = mm.MapSelection("province", "62", "coverage", "all", "non_asn", JUN25)
    frame = _frame(tiny, sel)
    assert len(frame) == 14  # Kalimantan Tengah: 13 kabupaten + 1 kota
    a = _row(frame, "62.01")
    assert a["value"] == pytest.approx(80.0) and a["numerator"] == 800 and a["denominator"] == 1000
    assert _row(frame, "62.02")["value"] == pytest.approx(120.0)
    # a row without a target: no coverage rate (NaN), not 0
    assert math.isnan(_row(frame, "62.71")["value"])
    # regions without any row are NaN too
    assert math.isnan(_row(frame, "62.05")["value"])
    assert frame["value"].notna().sum() == 2


def test_uncovered_never_negative_and_null_without_target(tiny):
    frame = _frame(tiny, mm.MapSelection("province", "62", "uncovered", "all", "non_asn", JUN25))
    assert _row(frame, "62.01")["value"] == 200
    assert _row(frame, "62.02")["value"] == 0  # over-covered: 0, a real zero
    assert math.isnan(_row(frame, "62.71")["value"])  # no target: no data, not 0


def test_province_sums_kabupaten_and_gap_per_kabupaten(tiny):
    frame = _frame(tiny, mm.MapSelection("provinces", None, "uncovered", "all", "non_asn", JUN25))
    assert len(frame) == 38
    kalteng = _row(frame, "62")
    # 200 missing in 62.01; 62.02's surplus of 100 does not fill it
    assert kalteng["value"] == 200
    assert kalteng["regions_reporting"] == 3 and kalteng["regions_total"] == 14
    cov = _frame(tiny, mm.MapSelection("provinces", None, "coverage", "all", "non_asn", JUN25))
    # (800 + 600) / (1000 + 500); 62.71's 50 without target is not in the numerator
    assert _row(cov, "62")["value"] == pytest.approx(1400 / 1500 * 100)
    assert math.isnan(_row(cov, "11")["value"])  # Aceh: nothing reported


def test_a_reported_total_is_the_figure_and_never_added_to_its_parts(tiny):
    # the ucj view's rule: a region's reported total (segment ALL) first, else its segments' sum
    frame = _frame(tiny, mm.MapSelection("province", "62", "active", "all", "all", JUN25))
    assert _row(frame, "62.01")["value"] == 99999  # not 99,999 + PU 1200 + BPU 300
    parts = _frame(tiny, mm.MapSelection("province", "62", "active", "PU", "all", JUN25))
    assert _row(parts, "62.01")["value"] == 1200  # one segment: the total says nothing of it
    only_bpu = _frame(tiny, mm.MapSelection("province", "62", "active", "BPU", "all", JUN25))
    assert _row(only_bpu, "62.01")["value"] == 300
    assert math.isnan(_row(only_bpu, "62.02")["value"])


def test_growth_against_same_month_a_year_earlier(tiny):
    frame = _frame(tiny, mm.MapSelection("province", "62", "growth", "all", "non_asn", JUN25))
    a = _row(frame, "62.01")
    assert a["value"] == pytest.approx(60.0)  # 500 -> 800
    assert a["denominator"] == 500
    assert math.isnan(_row(frame, "62.02")["value"])  # no June 2024


def test_budget_per_worker_pairs_budget_and_target_of_the_same_region(tiny):
    frame = _frame(tiny, mm.MapSelection("province", "62", "budget_per_worker", "all", "non_asn", JUN25))
    assert _row(frame, "62.01")["value"] == pytest.approx(2_000_000 / 1000)
    assert math.isnan(_row(frame, "62.71")["value"])  # budget but no target
    assert math.isnan(_row(frame, "62.02")["value"])  # target but no budget
    prov = _frame(tiny, mm.MapSelection("provinces", None, "budget_per_worker", "all", "non_asn", JUN25))
    # only 62.01 has both: 62.71's budget and 62.02's target stay out of the ratio
    assert _row(prov, "62")["value"] == pytest.approx(2000.0)


def test_regulation_status_as_of_period_end(tiny):
    frame = _frame(tiny, mm.MapSelection("province", "62", "regulation", "all", "all", JUN25))
    assert _row(frame, "62.01")["reg_status"] == "issued"
    assert _row(frame, "62.01")["reg_number"] == "5"
    assert _row(frame, "62.02")["reg_status"] == "draft"  # the instruksi comes in July
    # no record for 62.05, but the curated Kalteng report (4 of 14, 15 Nov 2021) is fully named
    # by the curated Perbup records: the other kabupaten had none
    assert _row(frame, "62.05")["reg_status"] == "none"
    july = _frame(tiny, mm.MapSelection("province", "62", "regulation", "all", "all", dt.date(2025, 7, 1)))
    assert _row(july, "62.02")["reg_status"] == "other"
    before = _frame(tiny, mm.MapSelection("province", "62", "regulation", "all", "all", dt.date(2021, 6, 1)))
    assert _row(before, "62.01")["reg_status"] == "none"  # recorded, but not yet issued
    assert _row(before, "62.05")["reg_status"] == "no_data"  # before the report: unknown
    # the Pergub is the province's, shown apart: no kabupaten counts it as its own
    assert (frame["prov_reg_status"] == "issued").all()
    assert (frame["prov_reg_instrument"] == "pergub").all()
    # regulation metric: categories and a rank value; no data stays NaN
    assert _row(frame, "62.01")["category"] == "issued" and _row(frame, "62.01")["value"] == 3
    assert _row(before, "62.05")["category"] == "no_data" and math.isnan(_row(before, "62.05")["value"])


def test_province_regulation_share_counts_kabupaten_only(tiny):
    frame = _frame(tiny, mm.MapSelection("provinces", None, "regulation", "all", "all", JUN25))
    kalteng = _row(frame, "62")
    # the four curated Perbup (62.01, 62.03, 62.06, 62.08); 62.01's second one counts once
    assert kalteng["numerator"] == 4 and kalteng["denominator"] == 14
    assert kalteng["value"] == pytest.approx(400 / 14)
    assert kalteng["reg_status"] == "issued"  # its own Pergub
    assert math.isnan(_row(frame, "11")["value"])  # nothing recorded for Aceh's kabupaten


def test_ucj_from_view_and_null_without_employment(tiny):
    tiny.add_batch("employment", pd.DataFrame([("62.01", 2025, 10_000, "Sakernas Agustus 2025")],
                                              columns=["region_code", "year", "employed", "edition"]), "e.csv", None)
    frame = _frame(tiny, mm.MapSelection("province", "62", "ucj", "all", "all", JUN25))
    a = _row(frame, "62.01")
    # the ucj view prefers a region's reported all-segment total (99,999) over its segment sum
    assert a["ucj_numerator_source"] == "reported_total"
    assert a["value"] == pytest.approx(999.99) and a["denominator"] == 10_000 and a["numerator"] == 99_999
    assert a["employment_edition"] == "Sakernas Agustus 2025"
    assert math.isnan(_row(frame, "62.02")["value"])  # active but no employed population


def test_regulation_status_function_on_a_frame():
    rank = pd.Series([3, 2, 1, 0, np.nan, np.nan])
    recorded = pd.Series([True, True, True, True, True, False])
    assert mm.regulation_status(rank, recorded).tolist() == ["issued", "other", "draft", "none", "none", "no_data"]
    complete = pd.Series([False] * 5 + [True])
    assert mm.regulation_status(rank, recorded, complete).tolist()[-1] == "none"


def test_compute_on_hand_built_frame():
    frame = pd.DataFrame({
        "code": ["a", "b", "c"], "name": ["A", "B", "C"], "level": ["kabupaten"] * 3,
        "active": [50.0, 0.0, np.nan], "active_targeted": [50.0, 0.0, np.nan], "target": [200.0, 0.0, np.nan],
        "active_prev": [25.0, 0.0, 10.0], "value_source": ["reported"] * 3,
        "value_source_prev": ["reported"] * 3, "reg_rank": [3, None, None], "reg_recorded": [True, False, False],
    })
    cov = mm.compute(frame, "coverage")
    assert cov["value"].iloc[0] == 25.0
    assert cov["value"].isna().tolist() == [False, True, True]  # target 0: no rate, not 0 or inf
    growth = mm.compute(frame, "growth")
    assert growth["value"].iloc[0] == 100.0 and growth["value"].iloc[1:].isna().all()
    active = mm.compute(frame, "active")
    assert active["value"].tolist()[:2] == [50.0, 0.0] and math.isnan(active["value"].iloc[2])


def test_growth_needs_the_same_kind_of_figure():
    frame = pd.DataFrame({"code": ["p"], "name": ["P"], "level": ["provinsi"], "active": [120.0],
                          "active_prev": [100.0], "value_source": ["sum_of_kabupaten_kota"],
                          "value_source_prev": ["reported"]})
    assert math.isnan(mm.compute(frame, "growth")["value"].iloc[0])


def test_selection_checks_its_values():
    with pytest.raises(ValueError, match="metric"):
        mm.MapSelection(metric="bogus")
    with pytest.raises(ValueError, match="province"):
        mm.MapSelection(view="province")
    sel = mm.MapSelection(view="province", province="62", period=JUN25)
    assert sel.level == "kabupaten" and sel.province_filter == "62"
    assert mm.MapSelection(view="kabupaten", province="62").province_filter == ""
    assert mm.as_period("2025-06") == JUN25


def test_trend_totals_per_month():
    rows = pd.DataFrame({"period": [JUN24, JUN24, JUN25], "segment": ["PU", "BPU", "PU"],
                         "active": [10, 5, 20], "target": [20, None, None]})
    out = mm.trend(rows)
    assert out["active"].tolist() == [15, 20]
    assert out["coverage"].iloc[0] == pytest.approx(75.0) and math.isnan(out["coverage"].iloc[1])


def _public_frame(store, selection):
    from analytics.maps import view
    from analytics.queries import direct

    return view.with_sources(view.load_frame(selection, direct(store)), selection.metric)


DEC23 = dt.date(2023, 12, 1)


def test_public_data_colours_28_provinces_with_their_source(empty_store):
    """The curated Kemnaker table: active participants of 28 provinces in December 2023, each
    with the table's title, date and confidence; the ten provinces cut off in the copy stay grey."""
    frame = _public_frame(empty_store, mm.MapSelection("provinces", None, "active", "all", "all", DEC23))
    assert frame["value"].notna().sum() == 28
    dki = _row(frame, "31")
    assert dki["value"] == 7498532  # the table's total, not DKI's PU+BPU+JAKON rows added to it
    assert dki["source_date"] == "2024-01-30" and dki["source_confidence"] == "high"
    assert "Kemnaker" in dki["source_title"] and "30 Januari 2024" in dki["source_text"]
    assert math.isnan(_row(frame, "75")["value"]) and _row(frame, "75")["source_text"] == ""  # Gorontalo


def test_a_province_is_its_own_figure_when_its_kabupaten_do_not_all_report(empty_store):
    """Kalimantan Barat, December 2023: the province's own 729,270 (Kemnaker), not Ketapang's
    PU + BPU (101,052) passed off as the province; Kalimantan Selatan likewise, not Banjarmasin."""
    frame = _public_frame(empty_store, mm.MapSelection("provinces", None, "active", "all", "all", DEC23))
    assert _row(frame, "61")["value"] == 729270 and _row(frame, "61")["value_source"] == "reported"
    assert _row(frame, "63")["value"] == 634862
    # a month with only Ketapang: a partial sum, and the hover says how many kab/kota report
    dec24 = _public_frame(empty_store, mm.MapSelection("provinces", None, "active", "all", "all", dt.date(2024, 12, 1)))
    assert _row(dec24, "61")["value_source"] == "sum_of_kabupaten_kota" and _row(dec24, "61")["regions_reporting"] == 1
    # the province's line leaves the partial sum out
    from analytics.queries import direct

    rows = direct(empty_store)("map_region_trend", {"code": "61", "segment": "all", "group": "all"})
    assert [str(p)[:7] for p in rows["period"]] == ["2023-12"] and rows["active"].tolist() == [729270]
    kab = direct(empty_store)("map_region_trend", {"code": "61.04", "segment": "all", "group": "all"})
    assert sorted(kab["active"]) == [29647, 42217, 71405, 80101]


def test_defaults_open_on_what_the_data_has(empty_store, demo_store):
    from analytics.maps import view
    from analytics.queries import direct

    for store, expected in ((empty_store, ("active", "all", DEC23)), (demo_store, ("coverage", "non_asn", JUN25))):
        query = direct(store)
        periods = view.periods(query)
        opening = view.defaults(query, periods, query("map_worker_groups", {}))
        assert (opening.metric, opening.group, opening.period) == expected
