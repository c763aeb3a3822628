"""Known-answer tests of the budget simulator: hand-computed per segment and risk class."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys

import pandas as pd
import pytest

from analytics import budget, rates
from analytics.ingest.bootstrap import RATES_PATH
from analytics.store import Store
from analytics.queries import direct
from tests.apptest_support import errors_of, page_test


@pytest.fixture(scope="module")
def rate_table() -> pd.DataFrame:
    # The shipped table, as the store holds it.
    frame = pd.read_csv(RATES_PATH, dtype={"risk_class": "Int64"})
    frame["valid_from"] = pd.to_datetime(frame["valid_from"]).dt.date
    return frame


# wage Rp3,000,000: JKM 0.30% x 3,000,000 = 9,000; JKK by class:
#   1: 0.24% x 3,000,000 =  7,200 -> 16,200
#   2: 0.54% x 3,000,000 = 16,200 -> 25,200
#   3: 0.89% x 3,000,000 = 26,700 -> 35,700
#   4: 1.27% x 3,000,000 = 38,100 -> 47,100
#   5: 1.74% x 3,000,000 = 52,200 -> 61,200
@pytest.mark.parametrize("risk,expected", [(1, 16_200), (2, 25_200), (3, 35_700), (4, 47_100), (5, 61_200)])
def test_pu_contribution_by_risk_class(rate_table, risk, expected):
    c = budget.monthly_contribution(rate_table, "non_asn", 2022, wage_rp=3_000_000, risk_class=risk)
    assert c.segment == "PU"
    assert c.monthly_rp == expected
    assert [p.program for p in c.parts] == ["JKK", "JKM"]
    assert c.parts[0].legal_source == "PP 44/2015 Pasal 16"


def test_bpu_minimum_is_fixed_whatever_the_wage(rate_table):
    # BPU lowest bracket: JKK Rp10,000 + JKM Rp6,800 = Rp16,800; the table has no wage-based BPU
    # rate, so a wage changes nothing and no risk class applies.
    for wage in (None, 1_000_000, 5_000_000):
        c = budget.monthly_contribution(rate_table, "pekerja_rentan", 2023, wage_rp=wage, risk_class=5)
        assert (c.segment, c.monthly_rp, c.risk_class, c.wage_rp) == ("BPU", 16_800, None, None)


def test_perangkat_desa_are_wage_earners(rate_table):
    # 0.24% + 0.30% = 0.54% of Rp2,000,000 = Rp10,800
    c = budget.monthly_contribution(rate_table, "perangkat_desa", 2024, wage_rp=2_000_000, risk_class=1)
    assert (c.segment, c.monthly_rp) == ("PU", 10_800)


def test_all_four_programs(rate_table):
    # wage 2,500,000: JKK(1) 6,000 + JKM 7,500 + JHT 5.7% 142,500 + JP 3% 75,000 = 231,000
    c = budget.monthly_contribution(rate_table, "non_asn", 2022, 2_500_000, 1, ("JKK", "JKM", "JHT", "JP"))
    assert c.monthly_rp == 231_000


def test_valid_from_latest_in_or_before_the_year(rate_table):
    # JKP: 0.46% from 2021-02-02 (PP 37/2021), 0.36% from 2025-02-07 (PP 6/2025). wage 4,000,000:
    # 2024 -> 0.46% = 18,400; 2025 -> 0.36% = 14,400; 2020 -> no JKP yet.
    assert budget.monthly_contribution(rate_table, "non_asn", 2024, 4_000_000, 1, ("JKP",)).monthly_rp == 18_400
    c2025 = budget.monthly_contribution(rate_table, "non_asn", 2025, 4_000_000, 1, ("JKP",))
    assert c2025.monthly_rp == 14_400 and c2025.parts[0].valid_from == dt.date(2025, 2, 7)
    with pytest.raises(budget.BudgetError, match="no JKP rate"):
        budget.monthly_contribution(rate_table, "non_asn", 2020, 4_000_000, 1, ("JKP",))


def test_default_wage_is_said_to_be_assumed(rate_table):
    c = budget.monthly_contribution(rate_table, "non_asn", 2022)
    # 0.54% x 2,500,000 = 13,500
    assert c.wage_assumed and c.wage_rp == budget.DEFAULT_WAGE_RP and c.monthly_rp == 13_500


def test_bad_inputs_are_refused(rate_table):
    with pytest.raises(budget.BudgetError, match="worker group"):
        budget.monthly_contribution(rate_table, "all", 2022, 2_000_000, 1)
    with pytest.raises(budget.BudgetError, match="risk class"):
        budget.monthly_contribution(rate_table, "non_asn", 2022, 2_000_000, 7)
    with pytest.raises(budget.BudgetError, match="wage"):
        budget.monthly_contribution(rate_table, "non_asn", 2022, -5, 1)


def test_budget_rows_floor_and_unknowns():
    frame = pd.DataFrame({
        "region_code": ["a", "b", "c", "d"], "name": list("ABCD"), "level": ["kabupaten"] * 4,
        "period": [dt.date(2022, 12, 1)] * 4,
        "active_participants": [700, 1200, 50, None],
        "target_workers": [1000, 1000, None, 400],
        "allocated_rp": [35_000_000, None, 1_000_000, 0.0],
        "is_demo": [False] * 4,
    })
    out = budget.budget_rows(frame, 16_800).set_index("region_code")
    # a: (1000-700)=300 x 16,800 x 12 = 60,480,000; gap 60,480,000 - 35,000,000 = 25,480,000
    assert out.loc["a", "needed_rp"] == 60_480_000 and out.loc["a", "gap_rp"] == 25_480_000
    # b: more active than target -> 0 uncovered, not negative; no budget record -> gap unknown
    assert out.loc["b", "uncovered_workers"] == 0 and out.loc["b", "needed_rp"] == 0
    assert pd.isna(out.loc["b", "gap_rp"])
    # c: no target -> unknown need, never zero
    assert pd.isna(out.loc["c", "uncovered_workers"]) and pd.isna(out.loc["c", "needed_rp"])
    # d: target but no coverage row -> all 400 uncovered: 400 x 16,800 x 12 = 80,640,000
    assert out.loc["d", "needed_rp"] == 80_640_000 and out.loc["d", "gap_rp"] == 80_640_000


@pytest.fixture
def kalteng_store(empty_store):
    """Hand-made Non-ASN coverage and budget for three Kalteng kabupaten."""
    dec, jun = dt.date(2022, 12, 1), dt.date(2022, 6, 1)
    coverage = pd.DataFrame([
        # Katingan: June is not the latest month; December (700 of 1,000) counts
        ("62.06", jun, "PU", "non_asn", 100, 1000),
        ("62.06", dec, "PU", "non_asn", 700, 1000),
        ("62.01", dec, "PU", "non_asn", 1200, 1000),  # more active than target
        ("62.03", dec, "PU", "non_asn", 300, None),   # no target reported
        ("62.06", dec, "BPU", "pekerja_rentan", 1000, 5000),
    ], columns=["region_code", "period", "segment", "worker_group", "active_participants", "target_workers"])
    coverage["target_workers"] = coverage["target_workers"].astype("Int64")
    empty_store.add_batch("coverage", coverage, "test-coverage.csv", None)
    budget_rows = pd.DataFrame([
        ("62.06", 2022, "non_asn", "apbd", 30_000_000.0),
        ("62.06", 2022, "non_asn", "apbdes", 5_000_000.0),
        ("62.03", 2022, "non_asn", "apbd", 10_000_000.0),
        ("62.06", 2023, "non_asn", "apbd", 99_000_000.0),  # other year: not counted
    ], columns=["region_code", "year", "worker_group", "funding_source", "allocated_rp"])
    empty_store.add_batch("budget", budget_rows, "test-budget.csv", None)
    return empty_store


def test_region_budget_known_answer(kalteng_store):
    # PU, risk class 2, wage 2,000,000: JKK 0.54% = 10,800 + JKM 0.30% = 6,000 -> 16,800 a month
    # Katingan: 1,000 - 700 = 300 uncovered x 16,800 x 12 = 60,480,000
    # allocated 30,000,000 (APBD) + 5,000,000 (APBDes) = 35,000,000; gap 25,480,000
    r = budget.region_budget(direct(kalteng_store), "62.06", 2022, "non_asn", 2_000_000, 2)
    assert r.monthly_contribution_rp == 16_800
    assert (r.target_workers, r.active_participants, r.uncovered_workers) == (1000, 700, 300)
    assert r.period == dt.date(2022, 12, 1)
    assert r.needed_rp == 60_480_000 and r.allocated_rp == 35_000_000 and r.gap_rp == 25_480_000
    assert dict(zip(r.allocated_by_source["funding_source"], r.allocated_by_source["allocated_rp"])) == {
        "apbd": 30_000_000, "apbdes": 5_000_000}
    assert not r.is_demo


def test_as_of_takes_the_latest_month_not_after_it(kalteng_store):
    # on 30 Sep 2022 Katingan's latest month is June: 1,000 - 100 = 900 uncovered x 16,800 x 12
    r = budget.region_budget(direct(kalteng_store), "62.06", 2022, "non_asn", 2_000_000, 2, as_of=dt.date(2022, 9, 30))
    assert r.period == dt.date(2022, 6, 1) and r.uncovered_workers == 900 and r.needed_rp == 181_440_000
    # Kobar reported only in December: on 30 Sep it has no data (unknown need), not zero
    table = budget.province_budget_table(direct(kalteng_store), "62", 2022, "non_asn", 2_000_000, 2,
                                         as_of=dt.date(2022, 9, 30))
    assert pd.isna(table.set_index("region_code").loc["62.01", "needed_rp"])
    # before any report that year: nothing known
    early = budget.region_budget(direct(kalteng_store), "62.06", 2022, "non_asn", 2_000_000, 2, as_of=dt.date(2022, 1, 31))
    assert early.needed_rp is None or pd.isna(early.needed_rp)


def test_province_total_and_table(kalteng_store):
    table = budget.province_budget_table(direct(kalteng_store), "62", 2022, "non_asn", 2_000_000, 2)
    for col in ("region_code", "name", "uncovered_workers", "monthly_contribution_rp", "needed_rp",
                "allocated_rp", "gap_rp"):
        assert col in table.columns
    assert len(table) == 14  # Kalteng: 13 kabupaten + 1 kota
    by = table.set_index("region_code")
    assert by.loc["62.01", "needed_rp"] == 0
    assert pd.isna(by.loc["62.03", "needed_rp"])
    # Province total: 60,480,000 (Katingan) + 0 (Kobar); Kapuas unknown; allocated 35M + 10M
    r = budget.region_budget(direct(kalteng_store), "62", 2022, "non_asn", 2_000_000, 2)
    assert r.needed_rp == 60_480_000 and r.allocated_rp == 45_000_000
    assert any("no target" in n for n in r.notes)


def test_bpu_region_budget(kalteng_store):
    # 5,000 - 1,000 = 4,000 uncovered x 16,800 x 12 = 806,400,000; no budget record -> gap unknown
    r = budget.region_budget(direct(kalteng_store), "62.06", 2022, "pekerja_rentan", None, None)
    assert r.needed_rp == 806_400_000 and r.allocated_rp is None and r.gap_rp is None


def test_unknown_region(kalteng_store):
    with pytest.raises(budget.BudgetError, match="unknown region"):
        budget.region_budget(direct(kalteng_store), "99.99", 2022, "non_asn")


def test_edited_rate_changes_the_figure(kalteng_store):
    # A hypothetical JKM rise to 0.50% from 2022-01-01: 0.54% + 0.50% = 1.04% of 2,000,000 =
    # 20,800 -> 300 x 20,800 x 12 = 74,880,000 in 2022.
    table = rates.load_rates(direct(kalteng_store))
    extra = {"program": "JKM", "segment": "PU", "basis": "wage_pct", "risk_class": None, "rate": 0.5,
             "valid_from": "2022-01-01", "legal_source": "test regulation", "note": None}
    rates.save_rates(kalteng_store, pd.concat([table, pd.DataFrame([extra])], ignore_index=True))
    assert budget.region_budget(direct(kalteng_store), "62.06", 2022, "non_asn", 2_000_000, 2).needed_rp == 74_880_000
    # 2021 still uses 0.30%: but 2021 has no coverage rows -> unknown
    assert budget.region_budget(direct(kalteng_store), "62.06", 2021, "non_asn", 2_000_000, 2).needed_rp is None


# --- CLI and page give the same figure -------------------------------------------------------------
def _digits(text: str) -> int:
    return int(re.sub(r"[^0-9]", "", text))


@pytest.mark.parametrize("region,group,wage,risk", [
    ("62.06", "non_asn", 2_500_000, 1), ("62", "pekerja_rentan", 3_000_000, 3),
])
def test_cli_figure_equals_page_figure(demo_db_path, tmp_path, monkeypatch, region, group, wage, risk):
    db = tmp_path / "app.duckdb"
    shutil.copy(demo_db_path, db)
    cli = subprocess.run(
        [sys.executable, "-m", "analytics", "budget", "--db", str(db), "--region", region, "--year", "2022",
         "--group", group, "--wage", str(wage), "--risk-class", str(risk)],
        capture_output=True, text=True, timeout=120, check=True,
    )
    cli_value = int(re.search(r"^needed_rp=(\d+)$", cli.stdout, re.M).group(1))
    assert cli_value > 0

    monkeypatch.setenv("JAMSOSTEK_DB", str(db))
    province, kab = (region, "") if "." not in region else (region.split(".")[0], region)
    params = {"bud_province": province, "bud_group": group, "bud_year": "2022", "bud_wage": str(wage),
              "bud_risk": str(risk)}
    if kab:
        params["bud_region"] = kab
    at = page_test("budget", params=params).run()
    assert not errors_of(at), errors_of(at)
    metric = next(m for m in at.metric if m.label.startswith("Kebutuhan anggaran"))
    assert _digits(metric.value) == cli_value, (metric.value, cli.stdout)


def test_budget_page_renders_in_english_with_table_and_chart(demo_db_path, tmp_path, monkeypatch):
    db = tmp_path / "app.duckdb"
    shutil.copy(demo_db_path, db)
    monkeypatch.setenv("JAMSOSTEK_DB", str(db))
    monkeypatch.delenv("JAMSOSTEK_READ_ONLY", raising=False)
    at = page_test("budget", lang="en", params={"bud_province": "35", "bud_year": "2024"}).run()
    assert not errors_of(at), errors_of(at)
    assert len(at.metric) == 5
    assert len(at.get("plotly_chart")) == 1
    # per-kabupaten table (38 kab/kota in Jawa Timur + the total row) and the rate table
    sizes = sorted(len(df.value) for df in at.dataframe)
    assert 39 in sizes and 12 in sizes, sizes
    assert any("Save" in b.label for b in at.button)  # editor by default in a local run


def test_budget_page_read_only_hides_rate_editor(demo_db_path, tmp_path, monkeypatch):
    db = tmp_path / "app.duckdb"
    shutil.copy(demo_db_path, db)
    monkeypatch.setenv("JAMSOSTEK_DB", str(db))
    monkeypatch.setenv("JAMSOSTEK_READ_ONLY", "1")
    at = page_test("budget").run()
    assert not errors_of(at), errors_of(at)
    assert not any("Simpan" in b.label for b in at.button)


def test_rate_editor_save_round_trips(demo_db_path, tmp_path, monkeypatch):
    # Saving the editor's table unchanged goes through validation and the one-transaction
    # replace: the same 12 rates come back and the data version moves on.
    from analytics.store import Store

    db = tmp_path / "app.duckdb"
    shutil.copy(demo_db_path, db)
    monkeypatch.setenv("JAMSOSTEK_DB", str(db))
    monkeypatch.delenv("JAMSOSTEK_READ_ONLY", raising=False)
    at = page_test("budget").run()
    # read what the page reads: the published snapshot (the first open may republish the copy
    # for this code's schema, which is a version step of its own)
    store = Store(db, read_only=True)
    before, version = rates.load_rates(direct(store)), store.data_version()
    store.close()
    next(b for b in at.button if b.key == "bud_rates_save").click().run()
    assert not errors_of(at), errors_of(at)
    store = Store(db, read_only=True)
    after = rates.load_rates(direct(store))
    assert store.data_version() == version + 1
    pd.testing.assert_frame_equal(after, before)
    store.close()


def test_cli_as_of_equals_the_function_and_bad_dates_are_refused(demo_db_path, tmp_path):
    db = tmp_path / "app.duckdb"
    shutil.copy(demo_db_path, db)
    base = [sys.executable, "-m", "analytics", "budget", "--db", str(db), "--region", "62", "--year", "2024",
            "--group", "non_asn"]
    cli = subprocess.run(base + ["--as-of", "2024-03-31"], capture_output=True, text=True, timeout=120, check=True)
    cli_value = int(re.search(r"^needed_rp=(\d+)$", cli.stdout, re.M).group(1))
    store = Store(db, read_only=True)
    try:
        expected = budget.region_budget(direct(store), "62", 2024, "non_asn", as_of=dt.date(2024, 3, 31))
        year_end = budget.region_budget(direct(store), "62", 2024, "non_asn")
    finally:
        store.close()
    assert cli_value == expected.needed_rp
    assert expected.period <= dt.date(2024, 3, 31) < year_end.period
    bad = subprocess.run(base + ["--as-of", "31/03/2024"], capture_output=True, text=True, timeout=120)
    assert bad.returncode != 0 and "YYYY-MM-DD" in bad.stderr


def test_budget_page_on_public_data_says_there_is_none(public_env):
    """No target headcount and no budget record in public sources: the page says so, offers the
    demo and draws neither the chart nor a table of empty rows."""
    at = page_test("budget").run()
    assert not errors_of(at), errors_of(at)
    assert any("Belum ada data publik" in str(i.value) for i in at.info)
    assert any(b.key == "open_demo_budget" for b in at.button)
    assert not at.get("plotly_chart")
    assert not any("needed_rp" in df.value.columns for df in at.dataframe)
    assert any("rate" in df.value.columns for df in at.dataframe)  # the contribution rates stay


def test_has_inputs(kalteng_store):
    assert budget.region_budget(direct(kalteng_store), "62", 2022, "non_asn").has_inputs
    # Aceh: public data only, no target and no budget record
    assert not budget.region_budget(direct(kalteng_store), "11", 2022, "non_asn").has_inputs
