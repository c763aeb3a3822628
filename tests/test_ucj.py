"""UCJ: known answers, no data is not zero, national aggregation, bands, targets, the CLI."""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import os
import shutil
import subprocess
import sys

import pandas as pd
import pytest

from analytics import i18n, ucj
from analytics.queries import sql, direct
from tests.conftest import ROOT


def _bands_file(tmp_path, rows: str, header="band,min_pct,max_pct,label_id,label_en,colour"):
    path = tmp_path / "bands.csv"
    path.write_text(f"# comment lines are allowed\n{header}\n{rows}", encoding="utf-8")
    return path


# --- known answers ------------------------------------------------------------------------------
def test_jawa_timur_2023_known_answer(jatim_known):
    """4,336,959 active / 14,531,668 employed (2023) = 29.84%."""
    empty_store = jatim_known
    row = ucj.region_ucj(direct(empty_store), ["35"], dt.date(2023, 12, 1)).iloc[0]
    assert (row["active_participants"], row["employed"]) == (4_336_959, 14_531_668)
    assert row["ucj_pct"] == pytest.approx(29.84, abs=0.005)
    assert round(100 * 4_336_959 / 14_531_668, 2) == 29.84  # the rate is the quotient, not stored
    assert "Sakernas" in row["edition"] and row["employment_year"] == 2023
    assert row["numerator_source"] == "reported_total" and not row["is_demo"]
    assert row["band"] == "sedang"
    # the national aggregation for that month counts Jawa Timur with these parts, beside the
    # other provinces whose public figures have both a numerator and a denominator
    national = ucj.national_ucj(direct(empty_store), "2023-12-01")
    provinces = ucj.region_ucj(direct(empty_store), None, "2023-12-01")
    with_both = provinces[provinces["ucj_pct"].notna()]
    assert "35" in set(with_both["region_code"])
    assert (national["provinces_included"], national["provinces_total"]) == (len(with_both), 38)
    assert national["active_participants"] == with_both["active_participants"].sum()
    assert national["employed"] == with_both["employed"].sum()


def test_region_without_employment_has_no_rate_not_zero(empty_store):
    i18n.set_language("id")  # labels are made in the language of the moment
    # Bali 2025-03: a reported total (935,079) but no employment row
    bali = ucj.region_ucj(direct(empty_store), ["51"], "2025-03-01").iloc[0]
    assert bali["active_participants"] == 935_079
    assert pd.isna(bali["employed"]) and pd.isna(bali["ucj_pct"])
    assert bali["band"] is None or pd.isna(bali["band"])
    assert pd.isna(bali["gap_pp"])
    i18n.set_language("id")
    assert bali["band_label"] == i18n.t("common.no_data")
    # a kabupaten with no coverage and no employment at all: still listed, every figure missing
    kab = ucj.region_ucj(direct(empty_store), ["62.01"], "2025-03-01").iloc[0]
    assert kab["name"] == "Kabupaten Kotawaringin Barat"
    assert pd.isna(kab["active_participants"]) and pd.isna(kab["ucj_pct"]) and pd.isna(kab["employed"])
    assert kab["ucj_pct"] != 0


def _add(store, dataset, frame):
    store.add_batch(dataset, frame, f"test:{dataset}", None)


def test_national_is_sum_of_numerators_over_sum_of_denominators(empty_store):
    period = dt.date(2024, 6, 1)
    _add(empty_store, "coverage", pd.DataFrame({
        "region_code": ["62.01", "63.01", "64.01", "64.01"], "period": [period] * 4,
        "segment": ["PU", "PU", "PU", "BPU"], "worker_group": "all",
        "active_participants": [1000, 500, 200, 100], "target_workers": None,
    }))
    # Kalimantan Selatan (63) gets no employment row: it has a numerator but no denominator.
    _add(empty_store, "employment", pd.DataFrame({
        "region_code": ["62.01", "64.01"], "year": 2024, "employed": [4000, 1000],
        "edition": "Sakernas Agustus 2024", "source": "test",
    }))
    national = ucj.national_ucj(direct(empty_store), period)
    assert national["active_participants"] == 1300 and national["employed"] == 5000
    assert national["ucj_pct"] == pytest.approx(26.0)
    assert (national["provinces_included"], national["provinces_total"]) == (2, 38)
    assert "Sakernas Agustus 2024" in national["editions"]
    # the same from the province rows in Python
    provinces = ucj.region_ucj(direct(empty_store), None, period)
    assert len(provinces) == 38
    by_hand = ucj.national_from_provinces(provinces)
    assert by_hand["ucj_pct"] == pytest.approx(26.0) and by_hand["provinces_included"] == 2
    kalsel = provinces.set_index("region_code").loc["63"]
    assert kalsel["active_participants"] == 500 and pd.isna(kalsel["ucj_pct"])
    kaltim = provinces.set_index("region_code").loc["64"]
    assert kaltim["ucj_pct"] == pytest.approx(30.0) and kaltim["numerator_source"] == "sum_of_kabupaten_kota"
    # one kabupaten (64.01, with two segments) of Kalimantan Timur's ten reported: said, not hidden
    assert (kaltim["regions_reporting"], kaltim["regions_total"]) == (1, 10)
    i18n.set_language("id")
    assert ucj.numerator_source_text(kaltim["numerator_source"], kaltim["regions_reporting"],
                                     kaltim["regions_total"]) == "jumlah kab/kota (1 dari 10 melapor)"
    assert ucj.numerator_source_text("reported_total", None, None) == "total dilaporkan"
    own = empty_store.query_df("SELECT regions_reporting, regions_total FROM ucj WHERE region_code = '62.01'")
    assert own["regions_reporting"].isna().all() and own["regions_total"].isna().all()


def test_province_denominator_is_like_with_like(jatim_known):
    """A province's own figure pairs with its own employment row; a sum of its kabupaten/kota with
    the sum of their employment rows; each falls back to the other only when it is missing."""
    empty_store = jatim_known
    _add(empty_store, "coverage", pd.DataFrame({
        "region_code": ["35.01", "35.02"], "period": [dt.date(2023, 11, 1)] * 2, "segment": "PU",
        "worker_group": "all", "active_participants": [300, 100], "target_workers": None,
    }))

    def province(period):
        return empty_store.query_df(
            "SELECT active_participants, numerator_source, employed, edition, ucj_pct FROM ucj "
            "WHERE region_code = '35' AND period = ?", [period]).iloc[0]

    # no kabupaten employment yet: the kabupaten sum falls back to the province's own row
    fallback = province(dt.date(2023, 11, 1))
    assert fallback["numerator_source"] == "sum_of_kabupaten_kota" and fallback["employed"] == 14_531_668
    _add(empty_store, "employment", pd.DataFrame({
        "region_code": ["35.01", "35.02"], "year": 2023, "employed": [1000, 1000],
        "edition": "Sakernas Agustus 2023", "source": "test",
    }))
    november = province(dt.date(2023, 11, 1))
    assert (november["active_participants"], november["employed"]) == (400, 2000)
    assert november["ucj_pct"] == pytest.approx(20.0)
    assert november["edition"] == "sum of kabupaten/kota: Sakernas Agustus 2023"
    december = province(dt.date(2023, 12, 1))  # the reported total keeps its own denominator
    assert december["numerator_source"] == "reported_total"
    assert (december["employed"], december["ucj_pct"]) == (14_531_668, pytest.approx(29.84))


def test_national_series_matches_provinces_on_demo(demo_store):
    series = ucj.national_series(direct(demo_store))
    # the last month every province reports (curated public figures of later months cover a few)
    latest = series[series["provinces_included"] == series["provinces_included"].max()].iloc[-1]
    provinces = ucj.region_ucj(direct(demo_store), None, latest["period"])
    by_hand = ucj.national_from_provinces(provinces)
    assert latest["active_participants"] == by_hand["active_participants"]
    assert latest["employed"] == by_hand["employed"]
    assert latest["ucj_pct"] == pytest.approx(by_hand["ucj_pct"], abs=0.005)
    assert latest["provinces_included"] == 38 and bool(latest["is_demo"])
    # plausible national magnitude (domain notes: ~40-45 M active, UCJ roughly 25-35 %)
    assert 30e6 < latest["active_participants"] < 60e6 and 15 < latest["ucj_pct"] < 45


def test_kabkota_table_lists_every_kabupaten(demo_store):
    frame = ucj.kabkota_ucj(direct(demo_store), "62", "2024-06-01")
    assert len(frame) == 14 and frame["ucj_pct"].notna().all()
    row = frame.iloc[0]
    assert row["ucj_pct"] == pytest.approx(round(100 * row["active_participants"] / row["employed"], 2))
    assert frame["edition"].str.contains("Sakernas").all()


# --- bands ----------------------------------------------------------------------------------------
def test_default_bands_are_contiguous_and_open_ended():
    bands = ucj.load_bands()
    assert bands[0].min_pct == 0 and math.isinf(bands[-1].max_pct)
    assert all(a.max_pct == b.min_pct for a, b in zip(bands, bands[1:]))
    assert "NOT AN OFFICIAL" in ucj.BANDS_PATH.read_text(encoding="utf-8")


@pytest.mark.parametrize("pct,expected", [
    (0, "rendah"), (19.99, "rendah"), (20, "sedang"), (29.84, "sedang"), (35, "tinggi"),
    (52.15, "sangat_tinggi"), (150, "sangat_tinggi"),
])
def test_band_of(pct, expected):
    assert ucj.band_of(pct, ucj.load_bands()).key == expected


def test_band_of_missing_is_none():
    bands = ucj.load_bands()
    assert ucj.band_of(None, bands) is None
    assert ucj.band_of(float("nan"), bands) is None
    assert ucj.band_of(pd.NA, bands) is None


def test_annotate_frame():
    i18n.set_language("en")
    frame = pd.DataFrame({"ucj_pct": [10.0, None, 60.0], "target_pct": [52.15, 52.15, None]})
    out = ucj.annotate(frame, ucj.load_bands())
    assert out["band"].tolist()[0] == "rendah" and pd.isna(out["band"].tolist()[1])
    assert out["band_label"].tolist() == ["Low (< 20%)", "no data", "Very high (≥ 50%)"]
    assert out["gap_pp"].iloc[0] == pytest.approx(-42.15)
    assert pd.isna(out["gap_pp"].iloc[1]) and pd.isna(out["gap_pp"].iloc[2])
    i18n.set_language("id")


@pytest.mark.parametrize("rows,message", [
    ("a,0,20,A,A,#000\nb,25,,B,B,#111\n", "leave a gap"),
    ("a,0,30,A,A,#000\nb,25,,B,B,#111\n", "overlap"),
    ("a,0,20,A,A,#000\nb,20,80,B,B,#111\n", "open-ended"),
    ("a,5,20,A,A,#000\nb,20,,B,B,#111\n", "start at 0"),
    ("a,0,dua puluh,A,A,#000\nb,20,,B,B,#111\n", "must be numbers"),
    ("a,0,20,A,A,#000\na,20,,B,B,#111\n", "repeat"),
])
def test_bad_bands_file_is_refused_with_reason(tmp_path, rows, message):
    path = _bands_file(tmp_path, rows)
    with pytest.raises(ucj.BandsError, match=message) as info:
        ucj.load_bands(path)
    assert str(path) in str(info.value)


def test_bands_file_missing_column(tmp_path):
    path = _bands_file(tmp_path, "a,0,,A,A\n", header="band,min_pct,max_pct,label_id,label_en")
    with pytest.raises(ucj.BandsError, match="colour"):
        ucj.load_bands(path)


# --- targets --------------------------------------------------------------------------------------
def test_national_2025_target_with_source(empty_store):
    targets = ucj.targets(direct(empty_store))
    national = targets[targets["region_code"].isna() & (targets["year"] == 2025)]
    # three sources give a 2025 national target (RPJMN, Kemendagri's evaluation, and the 57,10 % Makassar's
    # officials cite): all kept with their sources; Kemendagri's evaluation target is the one used
    assert sorted(national["target_pct"]) == [pytest.approx(32.15), pytest.approx(52.15), pytest.approx(57.10)]
    used = national[national["used"]].iloc[0]
    assert used["target_pct"] == pytest.approx(52.15) and "Kemendagri" in used["document"]
    assert used["source_url"].startswith("https://") and used["confidence"] == "high"
    assert national.iloc[0]["used"]  # listed first
    # a region with its own target (Bali 2025, 67,28 %) is measured against it; one without
    # (Aceh) against the national one
    bali = ucj.region_ucj(direct(empty_store), ["51"], "2025-03-01").iloc[0]
    assert bali["target_pct"] == pytest.approx(67.28) and "ANTARA Bali" in bali["target_source"]
    aceh = ucj.region_ucj(direct(empty_store), ["11"], "2025-03-01").iloc[0]
    assert aceh["target_pct"] == pytest.approx(52.15) and "Kemendagri" in aceh["target_source"]
    jatim_2023 = ucj.region_ucj(direct(empty_store), ["35"], "2023-12-01").iloc[0]
    assert pd.isna(jatim_2023["target_pct"]) and pd.isna(jatim_2023["gap_pp"])  # no 2023 target


def test_region_target_overrides_national_and_gap(demo_store):
    demo_store.add_batch("ucj_target", pd.DataFrame({
        "year": [2025], "region_code": ["62"], "target_pct": [30.0], "document": [None], "definition": [None],
        "source": ["test: provincial target"]}),
        "test_targets.csv", None)
    frame = ucj.region_ucj(direct(demo_store), ["62", "63"], "2025-06-01").set_index("region_code")
    assert frame.loc["62", "target_pct"] == 30.0 and frame.loc["62", "target_source"] == "test: provincial target"
    assert frame.loc["63", "target_pct"] == pytest.approx(52.15)
    for code in ("62", "63"):
        row = frame.loc[code]
        assert row["gap_pp"] == pytest.approx(row["ucj_pct"] - row["target_pct"], abs=0.011)
    national = ucj.national_ucj(direct(demo_store), "2025-06-01")
    assert national["target_pct"] == pytest.approx(52.15)  # a provincial target is not the national one


def test_latest_period_per_region_when_none(demo_store):
    frame = ucj.region_ucj(direct(demo_store), ["35", "62.01"]).set_index("region_code")
    for code in ("35", "62.01"):  # each region's own latest month (Jawa Timur's is a curated 2025 figure)
        latest = demo_store.query_value("SELECT max(period) FROM ucj WHERE region_code = ?", [code])
        assert frame.loc[code, "period"] == pd.Timestamp(latest)
    assert frame.loc["35", "period"] != frame.loc["62.01", "period"]


# --- CLI --------------------------------------------------------------------------------------------
def test_cli_sql_on_ucj_view_prints_numerator_denominator_edition_rate(demo_db_path, tmp_path):
    db = tmp_path / "cli.duckdb"
    shutil.copy(demo_db_path, db)
    proc = subprocess.run(
        [sys.executable, "-m", "analytics", "sql", "--db", str(db),
         "select * from ucj where region_code = '35' and period = DATE '2023-12-01'"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, env=os.environ.copy())
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert {"active_participants", "employed", "edition", "ucj_pct", "numerator_source"} <= set(rows[0])
    # the Kemnaker table's December 2023 total over BPS Sakernas Agustus 2023 (both curated)
    assert rows[0]["active_participants"] == "4583246" and rows[0]["employed"] == "22700000"
    assert float(rows[0]["ucj_pct"]) == pytest.approx(round(100 * 4_583_246 / 22_700_000, 2))
    proc = subprocess.run(
        [sys.executable, "-m", "analytics", "sql", "--db", str(db), "select * from ucj limit 5"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, env=os.environ.copy())
    assert proc.returncode == 0, proc.stderr
    assert len(list(csv.DictReader(io.StringIO(proc.stdout)))) == 5


# --- funding sources ------------------------------------------------------------------------------
def test_funding_totals_by_source_per_province_and_year(empty_store):
    from analytics.ingest import importers

    text = ("Kabupaten/Kota;Provinsi;Tahun;Kelompok;Sumber Dana;Alokasi\n"
            "Katingan;Kalimantan Tengah;2024;Pekerja Rentan;DBH Sawit;100.000.000\n"
            "Kapuas;Kalimantan Tengah;2024;Pekerja Rentan;Dana Bagi Hasil Sawit;50.000.000\n"
            "Kapuas;Kalimantan Tengah;2024;Non ASN;APBD;200.000.000\n"
            "Kalimantan Tengah;Kalimantan Tengah;2024;Pekerja Rentan;CSR;25.000.000\n"
            "Lamongan;Jawa Timur;2024;Pekerja Rentan;DBHCHT;70.000.000\n")
    report = importers.import_file(empty_store, "budget", text.encode(), "anggaran.csv")
    assert report.ok, report.summary()
    frame = empty_store.query_df(sql("funding_by_source"), {"province": "62"})
    totals = dict(zip(frame["funding_source"], frame["allocated_rp"]))
    assert totals == {"apbd": 200_000_000, "csr": 25_000_000, "dbh_sawit": 150_000_000}
    assert set(frame["year"]) == {2024} and set(frame["province"]) == {"Kalimantan Tengah"}
    assert frame.set_index("funding_source").loc["dbh_sawit", "regions"] == 2
    everything = empty_store.query_df(sql("funding_by_source"), {"province": None})
    assert everything.set_index(["province_code", "funding_source"]).loc[("35", "dbhcht"), "allocated_rp"] == 70_000_000

