"""AppTest of what the pages show through the presentation layer (issue 15): tables in the UI
language with their values underneath, the brief's opening date and budget year, the share
image button, the explorer's chart measures and DEMO mark, named budget gaps."""

from __future__ import annotations

import numbers
import datetime as dt
import json

import pandas as pd

from tests.apptest_support import errors_of, page_test, shown


def _headers(element) -> dict:
    """Column name -> header label shown (the dataframe's column config)."""
    config = json.loads(element.proto.columns or "{}")
    return {name: spec.get("label") for name, spec in config.items()}


def test_overview_table_in_indonesian_and_english(demo_env):
    at = page_test("overview").run()
    assert not errors_of(at), errors_of(at)
    table, text = at.dataframe[0].value, shown(at.dataframe[0])
    aceh = table.index[table["province"] == "Aceh"][0]
    assert isinstance(table.loc[aceh, "active_participants"], numbers.Number)  # the value, for sorting
    assert text.loc[aceh, "active_participants"] == f"{int(table.loc[aceh, 'active_participants']):,}".replace(",", ".")
    assert text.loc[aceh, "allocated_rp"].startswith("Rp ") and "," not in text.loc[aceh, "allocated_rp"]
    assert text.loc[aceh, "ucj_pct"].endswith("%") and "," in text.loc[aceh, "ucj_pct"]
    assert _headers(at.dataframe[0])["allocated_rp"] == "Anggaran (Rp)"
    assert at.selectbox(key="ov_period").value == "2025-06"  # the code in the URL...
    assert "Juni 2025" in at.selectbox(key="ov_period").options  # ...the month as a reader says it

    at = page_test("overview", lang="en").run()
    text = shown(at.dataframe[0])
    assert "." in text["ucj_pct"].iloc[0] and text["allocated_rp"].iloc[0].startswith("Rp ")
    assert "," in text["active_participants"].iloc[0]
    assert _headers(at.dataframe[0])["allocated_rp"] == "Budget (Rp)"


def test_brief_opens_on_the_latest_data_with_its_budget_year_and_share_image(demo_env):
    at = page_test("brief", params={"brief_province": "62"}).run(timeout=180)
    assert not errors_of(at), errors_of(at)
    assert at.date_input(key="brief_date").value == dt.date(2025, 6, 30)  # last day of the latest data month
    labels = [m.label for m in at.metric]
    assert "Anggaran dialokasikan 2025" in labels
    budget = next(m for m in at.metric if m.label == "Anggaran dialokasikan 2025")
    assert budget.value != "–"
    buttons = [b.proto.label for b in at.get("download_button")]
    assert "Bagikan sebagai gambar" in buttons
    # the kab/kota table: gaps named, "active / target" shown, the count underneath
    regions = next(d for d in at.dataframe if "gap_rp" in d.value.columns and "status_text" in d.value.columns)
    text = shown(regions)
    gaps = [g for g in text["gap_rp"] if g != "–"]
    assert gaps and all(g.startswith(("kekurangan Rp ", "kelebihan Rp ", "Rp 0")) for g in gaps), gaps
    assert all(" / " in a for a in text["active"])


def test_budget_gap_card_is_named(demo_env):
    at = page_test("budget", params={"bud_province": "62", "bud_year": "2024"}).run()
    assert not errors_of(at), errors_of(at)
    gap = next(m for m in at.metric if m.label.startswith("Selisih"))
    assert gap.value.startswith(("kekurangan Rp ", "kelebihan Rp ", "Rp 0")), gap.value
    rates = next(d for d in at.dataframe if "basis" in d.value.columns)
    text = shown(rates)
    assert set(rates.value["basis"]) == {"% dari upah", "nominal tetap (Rp)"}  # labels, not wage_pct
    assert "0,24%" in set(text["rate"]) and "Rp 10.000" in set(text["rate"])  # % of wage, or rupiah
    assert "risiko sangat rendah" in set(text["note"])


def _chart_spec(at) -> dict:
    return json.loads(at.get("plotly_chart")[-1].proto.spec)


def test_explorer_chart_measures_and_demo_mark(demo_env):
    query = "SELECT name, population, area_km2 FROM region WHERE level = 'provinsi' ORDER BY name"
    at = page_test("explorer", params={"sql_q": query}).run()
    assert not errors_of(at), errors_of(at)
    spec = _chart_spec(at)
    assert [tr["name"] for tr in spec["data"]] == ["population"]  # area is not drawn on the same axis
    assert not any("DEMO" in (a.get("text") or "") for a in spec["layout"].get("annotations", []))
    at.segmented_control(key="sql_measure").set_value("area_km2").run()
    assert [tr["name"] for tr in _chart_spec(at)["data"]] == ["area_km2"]
    text = shown(at.dataframe[-1])
    assert text["population"].str.fullmatch(r"\d{1,3}(\.\d{3})*").all()

    at = page_test("explorer", params={"sql_q": "SELECT segment, sum(active_participants) AS n FROM coverage "
                                                "GROUP BY segment ORDER BY segment"}).run()
    assert any("DEMO" in (a.get("text") or "") for a in _chart_spec(at)["layout"].get("annotations", []))
    assert pd.notna(at.dataframe[-1].value["n"]).all()
