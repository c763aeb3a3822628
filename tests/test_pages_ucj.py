"""AppTest of the UCJ page: national figure vs target, tables, budget cycles, funding sources."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pandas as pd
import pytest

from analytics import cycles, i18n, ucj
from analytics.store import Store
from analytics.queries import direct

from tests.apptest_support import errors_of, page_test, shown


def _env(source, tmp_path, monkeypatch):
    path = tmp_path / "app.duckdb"
    shutil.copy(source, path)
    monkeypatch.setenv("JAMSOSTEK_DB", str(path))
    monkeypatch.delenv("JAMSOSTEK_READ_ONLY", raising=False)
    return path


@pytest.fixture
def demo_env(demo_db_path, tmp_path, monkeypatch):
    return _env(demo_db_path, tmp_path, monkeypatch)


@pytest.fixture
def curated_env(_base_db_path, tmp_path, monkeypatch):
    """Regions and curated facts only: Jawa Timur 2023-12 and Bali 2025-03 (no denominator)."""
    return _env(_base_db_path, tmp_path, monkeypatch)


def _specs(at):
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


def test_national_figure_target_and_tables(demo_env, demo_db_path):
    at = page_test("ucj").run()
    assert not errors_of(at), errors_of(at)
    store = Store(demo_db_path, read_only=True)
    try:  # the page opens on the newest month most provinces report
        opening = direct(store)("ucj_default_period").iloc[0, 0]
        national = ucj.national_ucj(direct(store), opening)
    finally:
        store.close()
    assert at.selectbox(key="ucj_period").value == f"{opening:%Y-%m}"
    i18n.set_language("id")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["UCJ nasional"] == i18n.fmt_pct(national["ucj_pct"])
    assert metrics["Target 2025"] == "52,15%"
    assert metrics["Pembilang (peserta aktif)"] == i18n.fmt_int(national["active_participants"])
    assert metrics["Penyebut (penduduk bekerja)"] == i18n.fmt_int(national["employed"])
    assert len(at.get("plotly_chart")) == 3
    provinces, kabkota = at.dataframe[0].value, at.dataframe[1].value
    assert len(provinces) == 38 and len(kabkota) == 38  # default province: Jawa Timur, 38 kab/kota
    for column in ("active_participants", "employed", "edition", "band_label", "target_pct", "gap_pp"):
        assert column in provinces.columns
    assert any("DEMO" in w.value or "DEMO" in str(w.value) for w in at.warning)


def test_no_denominator_shows_no_data_never_zero(curated_env):
    at = page_test("ucj", params={"ucj_period": "2025-03"}).run()
    assert not errors_of(at), errors_of(at)
    bars = _specs(at)[1]["data"][0]  # the province bar chart
    bali = bars["y"].index("Bali")
    assert bars["text"][bali] == "tidak ada data"
    table = at.dataframe[0].value.set_index("name")
    assert table.loc["Bali", "active_participants"] == 935_079
    assert pd.isna(table.loc["Bali", "ucj_pct"])  # no rate, never 0
    text = shown(at.dataframe[0]).set_index("name")
    assert text.loc["Bali", "ucj_pct"] == "–" and text.loc["Bali", "active_participants"] == "935.079"
    # the dash's reason is in the column's help
    assert "tidak ada data penduduk bekerja" in at.dataframe[0].proto.columns


def test_province_boxes_keep_the_code_in_the_url_and_old_name_links_still_open(demo_env):
    # every province box on the page: the code in the URL, the name on screen
    for view, key in (("ucj", "ucj_province"), ("cycles", "ucj_cprov"), ("funding", "ucj_fprov")):
        at = page_test("ucj", params={"ucj_view": view, key: "Bali"}).run()  # a link made before
        assert not errors_of(at), (view, errors_of(at))
        box = at.selectbox(key=key)
        assert box.value == "51" and box.format_func(box.value) == "Bali", (view, box.value)
        assert at.query_params[key] == "51", (view, at.query_params)
        box.set_value("62").run()
        assert at.query_params[key] == "62" and not errors_of(at), (view, at.query_params)
        assert box.format_func("62") == "Kalimantan Tengah"


def test_url_reopens_period_and_province_in_english(curated_env):
    at = page_test("ucj", lang="en", params={"ucj_period": "2023-12", "ucj_province": "Jawa Timur"}).run()
    assert not errors_of(at), errors_of(at)
    store = Store(curated_env, read_only=True)
    try:
        national = ucj.national_ucj(direct(store), "2023-12-01")
    finally:
        store.close()
    metrics = {m.label: m.value for m in at.metric}
    # the provinces whose public figures have both parts that month
    # over some provinces only: named for what it is, the country's reported UCJ beside it
    n = national["provinces_included"]
    with i18n.using("en"):  # (setting the process language leaked English into later page tests)
        assert metrics[f"UCJ of {n} provinces"] == i18n.fmt_pct(national["ucj_pct"]) and 1 < n < 38
    assert any(label.startswith("National UCJ (reported") for label in metrics)
    assert metrics["Target 2023"] == "none"
    assert [m.help for m in at.metric if m.label == "Target 2023"] == ["No target for 2023"]
    assert at.selectbox(key="ucj_period").value == "2023-12"
    table = at.dataframe[0].value.set_index("name")
    assert table.loc["Jawa Timur", "employed"] == 22_700_000  # BPS Sakernas Agustus 2023
    assert "Sakernas" in table.loc["Jawa Timur", "edition"]


def test_public_data_opens_on_the_month_most_provinces_report(curated_env):
    at = page_test("ucj").run()
    assert not errors_of(at), errors_of(at)
    assert at.selectbox(key="ucj_period").value == "2023-12"  # the Kemnaker table, not a later report
    # no kab/kota of Jawa Timur has a UCJ in public sources: said, not a chart of "no data" labels
    assert any("Belum ada data publik untuk UCJ kabupaten/kota di Jawa Timur, Desember 2023" in str(i.value)
               for i in at.info)
    assert len(at.get("plotly_chart")) == 2  # the national trend and the provinces


def test_budget_cycles_section_flags_bulk_payers(demo_env, demo_db_path):
    at = page_test("ucj", params={"ucj_view": "cycles", "ucj_cprov": "Aceh", "ucj_asof": "2025-02"}).run()
    assert not errors_of(at), errors_of(at)
    store = Store(demo_db_path, read_only=True)
    try:
        expected = cycles.flag_regions(direct(store), "11", dt.date(2025, 2, 1))
    finally:
        store.close()
    table = at.dataframe[0].value
    assert sorted(table["name"]) == sorted(expected["name"]) and len(table) > 0
    assert table["likely_cycle"].all()
    spec = _specs(at)[0]
    texts = [a.get("text", "") for a in spec["layout"].get("annotations", [])]
    assert any("kemungkinan siklus pembayaran, bukan kehilangan kepesertaan" in x for x in texts), texts
    assert at.metric[0].label == "Bulan terakhir (Februari 2025)"


def test_funding_section_totals_by_source(demo_env):
    at = page_test("ucj", params={"ucj_view": "funding", "ucj_fyear": "2024"}).run()
    assert not errors_of(at), errors_of(at)
    labels = [m.label for m in at.metric]
    assert "APBD" in labels and "DBHCHT" in labels and "DBH Sawit" in labels
    assert len(at.get("plotly_chart")) == 2
    table = at.dataframe[0].value
    assert set(table["year"]) >= {2024}


@pytest.mark.parametrize("view, what", [("cycles", "deret bulanan peserta"), ("funding", "anggaran per sumber dana")])
def test_cycles_and_funding_on_public_data_say_there_is_none(curated_env, view, what):
    """Public data has no monthly kab/kota series and no budgets: the views say so and offer the
    demo, never "no cycle found" (a finding) or an empty chart."""
    at = page_test("ucj", params={"ucj_view": view}).run()
    assert not errors_of(at), errors_of(at)
    assert any("Belum ada data publik" in str(i.value) and what in str(i.value) for i in at.info)
    assert any(b.key == f"open_demo_ucj_{view}" for b in at.button)
    assert not at.get("plotly_chart")
    assert not any("Tidak ada kelompok yang turun" in str(i.value) for i in at.info)


def test_has_series_needs_the_months_the_rules_need():
    rows = pd.DataFrame({"region_code": ["62.01"] * 3, "worker_group": ["non_asn"] * 3,
                         "period": pd.date_range("2024-01-01", periods=3, freq="MS"),
                         "active_participants": [10, 12, 11]})
    assert not cycles.has_series(rows.iloc[0:0])
    assert not cycles.has_series(rows)  # three months: too few to judge a fourth
    more = pd.concat([rows, rows.assign(period=pd.date_range("2024-04-01", periods=3, freq="MS"))])
    assert cycles.has_series(more)
