"""AppTest of the regulation tracker: filters in the URL, the as-of control, no data vs none."""

from __future__ import annotations

import csv
import datetime as dt
import shutil

from analytics import config
from tests.apptest_support import errors_of, page_test, shown


def _metric(at, label_start):
    return next(m.value for m in at.metric if str(m.label).startswith(label_start))


def test_kalteng_four_of_fourteen_from_the_url(demo_env):
    at = page_test("regulations", params={"reg_province": "62", "reg_as_of": "2021-11-15"}).run()
    assert not errors_of(at), errors_of(at)
    assert _metric(at, "Kab/kota dengan regulasi") == "4 dari 14"
    assert _metric(at, "Tanpa regulasi berlaku tercatat") == "10"
    without = next(df.value for df in at.dataframe if "expected_instrument" in df.value.columns)
    # the Perbup of 4 kabupaten are named; the other 10 simply have no record (no data)
    assert set(without["status"]) == {"tidak tercatat"}
    assert _metric(at, "Status diketahui") == "4 dari 14"
    assert set(without["expected_instrument"]) == {"Perbup", "Perwali"}  # labels, not codes
    names = set(without["name"])
    assert len(names) == 10 and "Kota Palangkaraya" in names and "Kabupaten Katingan" not in names
    # the Pergub in facilitation is listed at province level, not counted
    assert any("Pergub" in str(df.value.to_string()) for df in at.dataframe)
    # the records table: the "known by" dates are marked as such (the value underneath is the
    # date, for sorting), links are a LinkColumn
    records_table = next(df for df in at.dataframe if "amends" in df.value.columns)
    records, text = records_table.value, shown(records_table)
    known = records[text["effective_date"] == "diketahui per 15 November 2021"]
    assert sorted(known["instrument"]) == ["Perbup"] * 4 + ["Pergub"]  # 4 Perbup + the Pergub in facilitation
    assert (known["effective_date"] == "2021-11-15").all()
    assert len(records) == 5  # the Pergub of 2022 did not exist yet
    assert len(at.get("plotly_chart")) == 2


def test_as_of_control_changes_the_count_and_the_url(demo_env):
    at = page_test("regulations", params={"reg_province": "62", "reg_as_of": "2021-11-15"}).run()
    assert _metric(at, "Kab/kota dengan regulasi") == "4 dari 14"
    at.date_input(key="reg_as_of").set_value(dt.date(2021, 6, 1)).run()
    assert not errors_of(at), errors_of(at)
    assert _metric(at, "Kab/kota dengan regulasi") == "0 dari 14"


def test_no_data_province_says_no_data_not_zero(tmp_path, monkeypatch, _base_db_path):
    path = tmp_path / "base.duckdb"
    shutil.copy(_base_db_path, path)
    monkeypatch.setenv("JAMSOSTEK_DB", str(path))
    # Sumatera Selatan: no regulation row and no reported count in the curated data
    at = page_test("regulations", params={"reg_province": "16", "reg_as_of": "2024-01-01"}).run()
    assert not errors_of(at), errors_of(at)
    assert _metric(at, "Kab/kota dengan regulasi") == "tidak ada data"
    assert any("Tidak ada data regulasi untuk Sumatera Selatan" in str(i.value) for i in at.info)
    at = page_test("regulations", params={"reg_province": "73", "reg_as_of": "2024-01-01"}).run()
    assert any("19 dari 24" in str(i.value) for i in at.info), [i.value for i in at.info]


def test_filters_narrow_the_table_and_english(demo_env):
    at = page_test("regulations", lang="en", params={"reg_as_of": "2024-12-31", "reg_instrument": "pergub",
                                                     "reg_status": "issued"}).run()
    assert not errors_of(at), errors_of(at)
    assert at.title[0].value == "Inpres 2/2021 regulation tracker"
    records = next(df.value for df in at.dataframe if "amends" in df.value.columns)
    assert len(records) > 0 and set(records["instrument"]) == {"Pergub (governor regulation)"}
    assert set(records["status_on"]) == {"in force"}


def test_public_tracker_shows_sources_and_says_no_record_not_none(public_env):
    at = page_test("regulations").run()
    assert not errors_of(at), errors_of(at)
    metric = next(m for m in at.metric if str(m.label).startswith("Tanpa regulasi berlaku tercatat"))
    assert "tidak punya catatan sama sekali (tidak ada data" in metric.proto.help
    assert not any(str(m.label).startswith("Belum ada regulasi") for m in at.metric)
    records_table = next(df for df in at.dataframe if "follows_inpres" in df.value.columns)
    records, text = records_table.value, shown(records_table)
    with (config.DATA_DIR / "curated" / "regulations.csv").open(encoding="utf-8") as fh:
        curated = len(list(csv.DictReader(fh)))
    assert len(records) == curated  # every curated regulation, the known ones first on the page
    assert {"source_title", "source_url", "source_date", "confidence"} <= set(records.columns)
    assert records["source_title"].notna().all()
    assert set(text["confidence"]) <= {"tinggi", "sedang", "rendah"}
    assert "ya, menyebut Inpres" in set(text["follows_inpres"])
    assert set(text["follows_inpres"]) <= {"ya, menyebut Inpres", "terbit sesudah Inpres (tidak menyebutnya)",
                                           "sebelum Inpres", "tidak diketahui"}
    assert text["source_date"].str.contains("20").sum() >= 40  # "30 Januari 2024", "Januari 2024", "2021"
    frames = [df for df in at.dataframe]
    assert frames.index(records_table) < next(i for i, df in enumerate(frames) if "expected_instrument" in df.value.columns)
    without = next(df.value for df in frames if "expected_instrument" in df.value.columns)
    assert "tidak tercatat" in set(without["status"])
    assert _metric(at, "Status diketahui (nasional)").endswith("dari 514")
    en = page_test("regulations", lang="en").run()
    assert not errors_of(en), errors_of(en)
    assert any(str(m.label) == "No regulation in force on record" for m in en.metric)
    # Sidenreng Rappang's one record stands for two Perbup the source does not number: said in both languages
    sidrap = records["region_name"].eq("Kabupaten Sidenreng Rappang").to_numpy()
    assert text.loc[sidrap, "title"].tolist() == [
        "Dua Peraturan Bupati Sidenreng Rappang tentang program jaminan sosial ketenagakerjaan (judul dan nomor "
        "tidak disebutkan sumber)"]
    en_records = next(df for df in en.dataframe if "follows_inpres" in df.value.columns)
    en_text = shown(en_records)
    assert en_text.loc[en_records.value["region_name"].eq("Kabupaten Sidenreng Rappang").to_numpy(), "title"].tolist() == [
        "Two Peraturan Bupati of Sidenreng Rappang on the employment social security programme (the source gives "
        "neither their titles nor their numbers)"]
