"""Paritrana scoring: a hand-worked ranking, scores from the store, criteria checks, XLSX export."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import shutil
import subprocess
import sys

import openpyxl
import pandas as pd
import pytest

from analytics import config, paritrana
from analytics.queries import direct
from tests.apptest_support import errors_of, page_test


def _criteria(rows) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["indicator", "level", "weight", "direction"])
    frame["normalisation"] = "minmax"
    frame["description"] = "test"
    frame["source"] = "test"
    clean, problems = paritrana.validate_criteria(frame)
    assert problems == []
    return clean


def test_hand_worked_ranking():
    raw = pd.DataFrame({
        "region_code": ["a", "b", "c", "p", "q"],
        "name": ["A", "B", "C", "P", "Q"],
        "score_level": ["kabupaten_kota"] * 3 + ["provinsi"] * 2,
        "regulation_strength": [4, 3, 0, 3, 3],
        "ucj_pct": [20.0, 40.0, None, 10.0, 30.0],
        "budget_realisation_pct": [90.0, 70.0, 80.0, None, None],
    })
    criteria = _criteria([
        ("regulation_strength", "kabupaten_kota", 50, "higher"),
        ("ucj_pct", "kabupaten_kota", 30, "higher"),
        ("budget_realisation_pct", "kabupaten_kota", 20, "lower"),  # "lower" only to test direction
        ("regulation_strength", "provinsi", 40, "higher"),
        ("ucj_pct", "provinsi", 60, "higher"),
    ])
    breakdown, levels = paritrana.score(raw, criteria)
    kab = levels["kabupaten_kota"].set_index("region_code")
    # regulation (min 0, max 4):    A 4/4=1 -> 50;  B 3/4=0.75 -> 37.5;  C 0 -> 0
    # UCJ (C missing; min 20 max 40): A 0 -> 0;     B 1 -> 30;          C missing -> 0
    # realisation, lower is better (min 70, max 90): A (90-90)/20=0 -> 0; B (90-70)/20=1 -> 20;
    #                                                C (90-80)/20=0.5 -> 10
    # totals: A 50, B 87.5, C 10  => ranking B (1), A (2), C (3)
    assert kab["total"].to_dict() == pytest.approx({"a": 50.0, "b": 87.5, "c": 10.0})
    assert list(levels["kabupaten_kota"]["region_code"]) == ["b", "a", "c"]
    assert kab["rank"].to_dict() == {"b": 1, "a": 2, "c": 3}
    row = breakdown[(breakdown["region_code"] == "c") & (breakdown["indicator"] == "ucj_pct")].iloc[0]
    assert row["missing"] and row["normalised"] == 0 and row["contribution"] == 0
    # provinces: both have regulation 3 -> all equal -> 1 each -> 40 each;
    # UCJ P (10) 0 -> 0, Q (30) 1 -> 60. Totals P 40, Q 100.
    prov = levels["provinsi"].set_index("region_code")
    assert prov["total"].to_dict() == pytest.approx({"p": 40.0, "q": 100.0})
    assert prov["rank"].to_dict() == {"q": 1, "p": 2}
    # the score columns add up to the total
    for frame in levels.values():
        scores = frame[[c for c in frame.columns if c.endswith("_score")]].sum(axis=1)
        assert (scores - frame["total"]).abs().max() < 1e-9


def test_ties_share_a_rank():
    raw = pd.DataFrame({"region_code": ["x", "y", "z"], "name": list("XYZ"), "score_level": "kabupaten_kota",
                        "ucj_pct": [10.0, 10.0, 5.0]})
    _, levels = paritrana.score(raw, _criteria([("ucj_pct", "kabupaten_kota", 10, "higher")]))
    assert levels["kabupaten_kota"].set_index("region_code")["rank"].to_dict() == {"x": 1, "y": 1, "z": 3}


@pytest.mark.parametrize("change,message", [
    ({"weight": -1}, "weight"),
    ({"weight": "abc"}, "weight"),
    ({"indicator": "happiness"}, "not a known indicator"),
    ({"level": "desa"}, "level"),
    ({"direction": "up"}, "direction"),
    ({"normalisation": "zscore"}, "normalisation"),
])
def test_criteria_validation(change, message):
    frame = paritrana.load_criteria().frame.copy().astype({"weight": object})
    for col, value in change.items():
        frame[col] = frame[col].astype(object)
        frame.loc[2, col] = value
    _, problems = paritrana.validate_criteria(frame)
    assert any(p.startswith("row 3") and message in p for p in problems), problems


def test_province_only_indicator_refused_for_kabupaten():
    frame = paritrana.load_criteria().frame.copy()
    frame.loc[frame["indicator"] == "ucj_pct", "indicator"] = "kab_regulation_share_pct"
    _, problems = paritrana.validate_criteria(frame)
    assert any("provinces only" in p for p in problems) and any("appears twice" in p for p in problems)


def test_shipped_criteria_documented_and_sum_to_100():
    criteria = paritrana.load_criteria(paritrana.DEFAULT_CRITERIA_PATH)
    frame = criteria.frame
    assert criteria.sha256 == hashlib.sha256(paritrana.DEFAULT_CRITERIA_PATH.read_bytes()).hexdigest()
    assert frame.groupby("level")["weight"].sum().to_dict() == {"kabupaten_kota": 100, "provinsi": 100}
    assert frame["source"].str.len().min() > 20 and frame["description"].str.len().min() > 20
    # where weights are our own choice, the file says so
    assert frame["source"].str.contains("project's own choice").all()


def test_save_criteria_is_atomic_and_validated(tmp_path):
    path = tmp_path / "criteria.csv"
    original = paritrana.load_criteria(paritrana.DEFAULT_CRITERIA_PATH).frame
    saved = paritrana.save_criteria(original.assign(weight=original["weight"] * 2), path)
    assert paritrana.load_criteria(path).sha256 == saved.sha256
    bad = original.copy()
    bad.loc[0, "weight"] = -5
    with pytest.raises(paritrana.CriteriaError, match="row 1, weight"):
        paritrana.save_criteria(bad, path)
    assert paritrana.load_criteria(path).sha256 == saved.sha256  # old file untouched
    assert list(tmp_path.iterdir()) == [path]  # no temp file left behind


def test_scores_from_store_known_values(empty_store):
    # Growth of PU participants, Dec 2021 -> Dec 2022: Katingan 1,000 -> 1,100 (+10 %),
    # Kotawaringin Barat 500 -> 600 (+20 %). Kalteng as their sum: 1,500 -> 1,700 (+13.33 %).
    rows = pd.DataFrame([
        ("62.06", dt.date(2021, 12, 1), "PU", "all", 1000), ("62.06", dt.date(2022, 12, 1), "PU", "all", 1100),
        ("62.01", dt.date(2021, 12, 1), "PU", "all", 500), ("62.01", dt.date(2022, 12, 1), "PU", "all", 600),
    ], columns=["region_code", "period", "segment", "worker_group", "active_participants"])
    empty_store.add_batch("coverage", rows, "growth.csv", None)
    scores = paritrana.score_all(direct(empty_store), 2022, paritrana.load_criteria(paritrana.DEFAULT_CRITERIA_PATH))
    raw = scores.raw.set_index("region_code")
    assert scores.period == dt.date(2022, 12, 1) and scores.previous == dt.date(2021, 12, 1)
    assert raw.loc["62.06", "pu_growth_pct"] == pytest.approx(10.0)
    assert raw.loc["62.01", "pu_growth_pct"] == pytest.approx(20.0)
    assert raw.loc["62", "pu_growth_pct"] == pytest.approx(200 / 15)
    # curated facts: four Perbup in Kalteng by Nov 2021, Pergub 3/2022 (dated 31 Dec 2022 for want
    # of a day); Lamongan's Instruksi Bupati is only a draft
    assert raw.loc["62.06", "regulation_strength"] == 3 and raw.loc["35.24", "regulation_strength"] == 0
    # (the curated Pergub names no worker groups: its scope is not in the source, so none is counted)
    assert raw.loc["62", "regulation_strength"] == 3 and raw.loc["62", "regulation_scope_groups"] == 0
    assert raw.loc["62", "kab_regulation_share_pct"] == pytest.approx(100 * 4 / 14)
    # Kotawaringin Barat grew faster: full PU growth weight (5); Katingan is at the minimum (0)
    kab = scores.breakdown[(scores.breakdown["indicator"] == "pu_growth_pct")].set_index("region_code")
    assert kab.loc["62.01", "contribution"] == pytest.approx(5.0) and kab.loc["62.06", "contribution"] == 0
    assert not scores.is_demo
    assert set(scores.batches["batch_id"]) >= {int(b) for b in scores.regulations["batch_id"]}
    # the same data and criteria give the same numbers
    again = paritrana.score_all(direct(empty_store), 2022, paritrana.load_criteria(paritrana.DEFAULT_CRITERIA_PATH))
    for level in scores.levels:
        pd.testing.assert_frame_equal(scores.levels[level], again.levels[level])


def test_xlsx_export(demo_store):
    """A workbook a person reads: headers and values in the UI language, numbers rounded as the
    page shows them, no server path; without the ranking, no rank column."""
    from analytics import i18n

    scores = paritrana.score_all(direct(demo_store), 2024)
    book = openpyxl.load_workbook(io.BytesIO(paritrana.to_xlsx(scores, lang="id")), read_only=True)
    assert book.sheetnames == ["provinsi", "kabupaten & kota", "kriteria", "bukti", "provenans"]
    for level, sheet, n in (("provinsi", "provinsi", 38), ("kabupaten_kota", "kabupaten & kota", 514)):
        rows = list(book[sheet].iter_rows(values_only=True))
        header, body = rows[0], rows[1:]
        assert len(body) == n
        assert header[:4] == ("Peringkat", "Kode", "Wilayah", "Total")
        total_i = header.index("Total")
        score_i = [i for i, h in enumerate(header) if h.endswith("– Skor")]
        assert len(score_i) == len(scores.criteria.frame.query("level == @level"))
        for row in body:
            assert abs(sum(row[i] for i in score_i) - row[total_i]) < 0.01 * (len(score_i) + 1)
            # rounded like the screen (2 decimals), never 28.57142857142857
            assert all(not isinstance(v, float) or round(v, 2) == v for v in row)
        assert [r[0] for r in body] == sorted(r[0] for r in body)
        assert not any(h.endswith(("_raw", "_norm", "_score")) or h in ("rank", "region_code") for h in header)
    prov = {r[0]: r[1] for r in book["provenans"].iter_rows(values_only=True) if r[0]}
    assert prov["SHA-256 berkas kriteria"] == scores.criteria_sha256
    assert prov["Versi data"] == str(demo_store.data_version())
    assert prov["Data demo"].startswith("YA")
    assert prov["Berkas kriteria"] == "data/paritrana_criteria.csv"  # not the server's path
    assert "Batch" in prov  # the batch table follows the key/value rows
    cells = [str(v) for ws in book.worksheets for r in ws.iter_rows(values_only=True) for v in r if v is not None]
    assert not any(v.startswith("/") for v in cells)
    for raw in ("higher", "minmax", "issued", "provinsi_raw"):
        assert raw not in cells
    # dates are dates in the sheet's format ("20 Mei 2022"), not "2022-05-20 00:00:00"
    evidence = list(book["bukti"].iter_rows())
    date_i = [c.value for c in evidence[0]].index("Tanggal berlaku")
    dated = [r[date_i] for r in evidence[1:] if r[date_i].value is not None]
    assert dated and all(c.is_date and "mmmm" in c.number_format and "hh" not in c.number_format.lower()
                         for c in dated), {c.number_format for c in dated}
    criteria_rows = list(book["kriteria"].iter_rows(values_only=True))
    assert criteria_rows[0][:3] == ("Indikator", "Tingkat", "Bobot") and len(criteria_rows) == 22
    # English, and without the ranking
    english = openpyxl.load_workbook(io.BytesIO(paritrana.to_xlsx(scores, with_rank=False, lang="en")), read_only=True)
    assert english.sheetnames[0] == "provinces"
    assert list(english["provinces"].iter_rows(values_only=True))[0][:3] == ("Code", "Region", "Total")
    assert i18n.language() == "id"


def test_cli_writes_xlsx(demo_db_path, tmp_path):
    db = tmp_path / "db.duckdb"
    shutil.copy(demo_db_path, db)
    out = tmp_path / "scores.xlsx"
    run = subprocess.run([sys.executable, "-m", "analytics", "paritrana", "--db", str(db), "--year", "2024",
                          "--out", str(out)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "kabupaten_kota: 514 regions scored" in run.stdout and "DEMO DATA" in run.stdout
    assert openpyxl.load_workbook(out).sheetnames[0] in ("provinsi", "provinces")
    bad = tmp_path / "bad.csv"
    bad.write_text("indicator,level,weight,direction,normalisation,description,source\nucj_pct,provinsi,-1,higher,minmax,x,y\n")
    run = subprocess.run([sys.executable, "-m", "analytics", "paritrana", "--db", str(db), "--year", "2024",
                          "--out", str(tmp_path / "x.xlsx"), "--criteria", str(bad)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "row 1, weight" in run.stderr


@pytest.fixture
def page_env(demo_db_path, tmp_path, monkeypatch):
    db = tmp_path / "app.duckdb"
    shutil.copy(demo_db_path, db)
    criteria = tmp_path / "criteria.csv"
    shutil.copy(paritrana.DEFAULT_CRITERIA_PATH, criteria)
    monkeypatch.setenv("JAMSOSTEK_DB", str(db))
    monkeypatch.setenv(config.ENV_CRITERIA, str(criteria))
    monkeypatch.delenv("JAMSOSTEK_READ_ONLY", raising=False)
    return criteria


def test_paritrana_page(page_env):
    at = page_test("paritrana", params={"par_year": "2024", "par_level": "provinsi"}).run()
    assert not errors_of(at), errors_of(at)
    assert len(at.get("plotly_chart")) >= 1
    table = next(df.value for df in at.dataframe if "total" in df.value.columns)
    assert len(table) == 38 and table["rank"].iloc[0] == 1
    assert any("Simpan" in b.label for b in at.button)  # criteria editor for editors


def test_paritrana_page_english_kabupaten(page_env, monkeypatch):
    monkeypatch.setenv("JAMSOSTEK_READ_ONLY", "1")
    at = page_test("paritrana", lang="en", params={"par_year": "2023", "par_level": "kabupaten_kota"}).run()
    assert not errors_of(at), errors_of(at)
    table = next(df.value for df in at.dataframe if "total" in df.value.columns)
    assert len(table) == 514
    assert not any("Save" in b.label for b in at.button)


def test_criteria_editor_save_round_trips(page_env):
    # Saving the editor's table unchanged writes a valid file with the same criteria.
    before = paritrana.load_criteria(page_env).frame
    page_env.write_bytes(page_env.read_bytes())
    os.utime(page_env, ns=(0, 0))  # so the save shows as a new modification time
    at = page_test("paritrana", params={"par_year": "2024"}).run()
    assert not errors_of(at), errors_of(at)
    next(b for b in at.button if b.key == "par_criteria_save").click().run()
    assert not errors_of(at), errors_of(at)
    assert page_env.stat().st_mtime_ns > 0
    after = paritrana.load_criteria(page_env).frame
    pd.testing.assert_frame_equal(after, before)


def test_paritrana_as_of_date_lives_in_the_url(page_env):
    at = page_test("paritrana", params={"par_year": "2024", "par_level": "provinsi",
                                        "par_as_of": "2024-06-30"}).run()
    assert not errors_of(at), errors_of(at)
    assert at.date_input(key="par_as_of").value == dt.date(2024, 6, 30)
    at.date_input(key="par_as_of").set_value(dt.date(2024, 12, 31)).run()
    assert "par_as_of" not in at.query_params  # the year's default is not written
    at.date_input(key="par_as_of").set_value(dt.date(2024, 9, 1)).run()
    assert at.query_params["par_as_of"] in ("2024-09-01", ["2024-09-01"])
    # a malformed link falls back to the default instead of failing
    bad = page_test("paritrana", params={"par_year": "2024", "par_as_of": "31/12/2024"}).run()
    assert not errors_of(bad) and bad.date_input(key="par_as_of").value == dt.date(2024, 12, 31)


# --- public data: the award's official results, and a score with almost no inputs ---------------
def curated_award_rows() -> int:
    """How many results data/curated/paritrana_awards.csv holds."""
    import csv

    with (config.DATA_DIR / "curated" / "paritrana_awards.csv").open(encoding="utf-8") as fh:
        return len(list(csv.DictReader(fh)))


def test_official_results_with_their_sources(empty_store):
    from analytics.queries import direct

    awards = paritrana.official_results(direct(empty_store))
    assert len(awards) == curated_award_rows()  # every curated result, none lost
    national_2021 = awards[(awards["edition_year"] == 2021) & (awards["level"] == "national")]
    assert set(national_2021["rank_or_title"]) == {"1", "2", "3"}
    assert awards["source_url"].notna().all() and set(awards["confidence"]) <= {"high", "medium", "low"}
    assert {"award_date_text", "source_date_text"} <= set(awards.columns)
    assert [c.name for c in paritrana.official_columns()][:5] == [
        "edition_year", "award_date", "level", "category", "rank_or_title"]


def test_public_data_gives_the_score_almost_no_inputs(empty_store, demo_store):
    from analytics.queries import direct

    public = paritrana.score_all(direct(empty_store), 2024)
    inputs = paritrana.input_coverage(public, "provinsi")
    assert inputs.thin and inputs.regions == 38
    assert {"budget_per_employed_rp", "non_asn_coverage_pct"} <= set(inputs.sparse_indicators)
    # regulation strength is 0 for a region with no record: a value, but no evidence
    strength = inputs.table.set_index("indicator").loc["regulation_strength"]
    assert strength["regions_with"] == 38 and strength["regions_nonzero"] < 38
    demo = paritrana.score_all(direct(demo_store), 2024)
    assert not paritrana.input_coverage(demo, "provinsi").thin
    assert not paritrana.input_coverage(demo, "kabupaten_kota").thin


def t_(key: str) -> str:
    from analytics import i18n

    with i18n.using("id"):
        return i18n.t(key)


def test_paritrana_page_on_public_data_leads_with_the_official_results(public_env, monkeypatch):
    monkeypatch.setenv(config.ENV_CRITERIA, str(paritrana.DEFAULT_CRITERIA_PATH))
    at = page_test("paritrana").run()
    assert not errors_of(at), errors_of(at)
    headings = [h.value for h in at.subheader]
    assert headings[0] == "Hasil resmi Paritrana Award" and "Skor transparan proyek ini" in headings
    official = at.dataframe[0].value
    assert len(official) == curated_award_rows()
    assert {"source_title", "source_url", "confidence"} <= set(official.columns)
    # the official results download as CSV (as stored) and XLSX (as shown), with their sources
    downloads = {b.proto.label for b in at.get("download_button")}
    assert {t_("common.download_csv"), t_("common.download_xlsx")} <= downloads
    assert any("bukan hasil resmi" in i.value for i in at.info)
    assert any("hampir tidak memberi masukan" in w.value for w in at.warning)
    assert not at.get("plotly_chart")  # no ranking of regions on nothing...
    assert not any("total" in df.value.columns for df in at.dataframe)
    at.toggle(key="par_show_ranking").set_value(True).run()  # ...unless asked for
    assert at.get("plotly_chart")
    en = page_test("paritrana", lang="en").run()
    assert not errors_of(en), errors_of(en)
    assert [h.value for h in en.subheader][0] == "Official Paritrana Award results"
    assert any("not the official" in i.value for i in en.info)


def test_paritrana_page_on_demo_data_ranks_without_the_warning(page_env):
    at = page_test("paritrana", params={"par_year": "2024", "par_level": "provinsi"}).run()
    assert not errors_of(at), errors_of(at)
    assert at.subheader[0].value == "Hasil resmi Paritrana Award"
    assert not any("hampir tidak" in w.value for w in at.warning)
