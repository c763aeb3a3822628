"""Province meeting brief: data, HTML (map, table, demo mark, escaping), PDF pages, CLI."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analytics.brief import content as B
from analytics.brief import render as BR
from analytics import i18n
from analytics.store import Store
from analytics.queries import direct
from tests.conftest import ROOT

ARTIFACTS = ROOT / "test-artifacts" / "brief"


@pytest.fixture(autouse=True)
def indonesian():
    i18n.set_language("id")
    yield
    i18n.set_language("id")


@pytest.fixture(scope="module")
def demo_ro(demo_db_path, tmp_path_factory):
    path = tmp_path_factory.mktemp("brief-db") / "demo.duckdb"
    shutil.copy(demo_db_path, path)
    store = Store(path, read_only=True)
    yield store
    store.close()


@pytest.fixture(scope="module")
def kalteng(demo_ro):
    i18n.set_language("id")
    return B.build(direct(demo_ro), "62", "2021-11-15")


# --- data -----------------------------------------------------------------------------------
def test_brief_data_for_kalteng(kalteng):
    b = kalteng
    assert b.province_name == "Kalimantan Tengah"
    assert b.period == pd.Timestamp("2021-11-01") and b.previous_period == pd.Timestamp("2021-10-01")
    assert list(b.segments["segment"]) == ["PU", "BPU", "JAKON", "PMI"]
    assert (b.segments["change"] == b.segments["active"] - b.segments["previous"]).all()
    # regulation: 4 of 14, the named four, the Pergub apart
    assert (b.regulation["regions_with"], b.regulation["regions_total"]) == (4, 14)
    assert b.regions["has_regulation"].sum() == 4 and len(b.regions) == 14
    # the curated province-level figure (21,800 Non-ASN) is shown apart, not summed
    reported = b.reported.set_index("worker_group")
    assert reported.loc["non_asn", "active_participants"] == 21800
    non_asn = b.groups.set_index("worker_group").loc["non_asn", "active"]
    assert non_asn == b.regions["active"].sum()  # kab/kota sum only
    # UCJ with its denominator's edition
    assert b.ucj["ucj_pct"] > 0 and "Sakernas" in b.ucj["edition"]
    # budget: needed at the data date for Non-ASN = uncovered x monthly x 12; no 2021 allocation records
    groups = b.budget["groups"].set_index("worker_group")
    na = groups.loc["non_asn"]
    assert na["needed_rp"] == pytest.approx(b.regions["uncovered"].sum() * na["monthly_contribution_rp"] * 12)
    assert pd.isna(na["allocated_rp"]) and not b.budget["has_allocations"]
    assert b.budget["sources"].empty and pd.isna(b.budget["apbd_rp"])


def test_brief_budget_equals_the_budget_function_at_the_data_month(demo_ro):
    from analytics import budget

    b = B.build(direct(demo_ro), "62", "2024-11-15")
    groups = b.budget["groups"].set_index("worker_group")
    for group in groups.index:
        same = budget.region_budget(direct(demo_ro), "62", 2024, group, as_of=b.period.date())
        assert groups.loc[group, "needed_rp"] == pytest.approx(same.needed_rp, nan_ok=True), group
        assert groups.loc[group, "allocated_rp"] == pytest.approx(same.allocated_rp, nan_ok=True), group


def test_budget_allocations_by_source_in_a_budget_year(demo_ro):
    b = B.build(direct(demo_ro), "62", "2024-11-15")
    sources = b.budget["sources"].set_index("funding_source")
    groups = b.budget["groups"]
    assert sources["allocated_rp"].sum() == pytest.approx(groups["allocated_rp"].sum())
    assert b.budget["apbd_rp"] == pytest.approx(sources.loc["apbd", "allocated_rp"])
    detail = dict((label, d) for label, _, d in B.headline(b))["Anggaran dialokasikan 2024"]
    assert detail.startswith("APBD Rp ") and "dibutuhkan Rp " in detail
    # sources: the curated batches and the demo ones, marked demo
    assert {"regulations.csv", "coverage.csv"} <= set(b.batches["file_name"])
    assert b.is_demo and b.batches["is_demo"].any()


def test_followups_name_regions_without_perbup_with_uncovered_counts(kalteng):
    fu = kalteng.followups
    assert fu[0].startswith("Provinsi Kalimantan Tengah: Pergub dalam fasilitasi Kemendagri")
    # the ten with no record: a follow-up to confirm their status (issue 25), the meeting can adopt it
    assert fu[1].startswith("Status regulasi 10 dari 14 kab/kota belum tercatat: ") and "dan 5 lain" in fu[1]
    region_items = [f for f in fu if "Perbup belum tercatat berlaku" in f or "Perwali belum tercatat berlaku" in f]
    # ten regions lack one; the list keeps to one page: 7 named (most uncovered first) + "3 more"
    assert len(fu) <= B.MAX_FOLLOWUPS and len(region_items) == 7
    assert fu[-1] == "… dan 3 kab/kota lain tanpa regulasi (lihat tabel)"
    top = kalteng.regions[kalteng.regions["has_regulation"].eq(False)].sort_values("uncovered").iloc[-1]
    assert re.fullmatch(rf"{top['name']}: Per(bup|wali) belum tercatat berlaku; [\d.]+ pekerja Non-ASN belum terlindungi",
                        fu[2])
    assert i18n.fmt_int(top["uncovered"]) in fu[2]
    assert not any("Katingan" in f for f in region_items)


def test_followups_drafting_is_pure():
    regions = pd.DataFrame({
        "name": ["Kabupaten A", "Kota B", "Kabupaten C"], "has_regulation": pd.array([False, False, True], "boolean"),
        "expected_instrument": ["perbup", "perwali", "perbup"], "uncovered": [1200.0, float("nan"), 5.0],
        "gap_rp": [float("nan")] * 3, "allocated_rp": [float("nan")] * 3,
    })
    items = B.draft_followups("P", {"data_state": "records"}, regions, {"available": False},
                              pd.DataFrame(columns=["likely_cycle"]))
    assert items == ["Provinsi P: belum ada Pergub atau Instruksi Gubernur",
                     "Kabupaten A: Perbup belum tercatat berlaku; 1.200 pekerja Non-ASN belum terlindungi",
                     "Kota B: Perwali belum tercatat berlaku"]


def test_change_table_keeps_no_data_apart():
    frame = pd.DataFrame({"segment": ["PU", "PU", "BPU"], "period": pd.to_datetime(["2021-11-01", "2021-10-01", "2021-11-01"]),
                          "active_participants": [110, 100, 7]})
    out = B.change_table(frame, "segment", pd.Timestamp("2021-11-01"), pd.Timestamp("2021-10-01")).set_index("segment")
    assert out.loc["PU", "change"] == 10 and out.loc["PU", "change_pct"] == 10.0
    assert pd.isna(out.loc["BPU", "previous"]) and pd.isna(out.loc["BPU", "change"])  # not a +7 jump


def test_bad_inputs_are_refused(demo_ro):
    with pytest.raises(B.BriefError, match="unknown province"):
        B.build(direct(demo_ro), "00", "2021-11-15")
    with pytest.raises(B.BriefError, match="not a date"):
        B.build(direct(demo_ro), "62", "15/13/2021")


# --- HTML -----------------------------------------------------------------------------------
def test_html_is_self_contained_with_map_table_and_demo_mark(kalteng):
    html = BR.brief_html(kalteng)
    assert html.startswith("<!DOCTYPE html>")
    assert "<svg" in html and "Katingan" in html  # the map is inline SVG with names
    assert "<table" in html and html.count("<tr class=") == 14  # one row per kab/kota
    assert 'data-demo="1"' in html and "DEMO" in html
    assert not re.search(r'<(script|link)\b|src="http', html)  # nothing fetched from elsewhere
    assert "demo:coverage" in html and "regulations.csv" in html  # source batches
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "brief_62_2021-11-15.html").write_text(html, encoding="utf-8")


def test_no_demo_mark_without_demo_data_and_text_is_escaped(empty_store):
    rows = pd.DataFrame([{"region_code": "62.02", "instrument": "perbup", "number": "7", "year": 2022,
                          "issued_on": pd.Timestamp("2022-02-01").date(), "title": "<b>Perbup</b> & co",
                          "scopes": "non_asn", "status": "issued"}])
    empty_store.add_batch("regulation", rows, "<script>alert(1)</script>.csv", None)
    b = B.build(direct(empty_store), "62", "2022-06-01")
    assert not b.is_demo and b.period is None  # no kab/kota coverage in the curated facts
    assert b.regulation["regions_with"] == 5
    html = BR.render_html(b, map_image=None, map_error="test")
    assert 'data-demo="1"' not in html and ">DEMO<" not in html
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;.csv" in html
    assert "Belum ada data kepesertaan" in html


def test_english_brief(demo_ro):
    i18n.set_language("en")
    b = B.build(direct(demo_ro), "62", "2021-11-15")
    html = BR.render_html(b, map_image=None, map_error="test")
    assert "Coordination meeting brief: Kalimantan Tengah" in html
    assert "no Perbup in force on record" in html and "4 of 14" in html


# --- PDF (headless Chromium) -----------------------------------------------------------------
def _pages(pdf: Path) -> int:
    if shutil.which("pdfinfo"):
        out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


def test_pdf_has_one_page_and_renders_to_png(kalteng):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    out = ARTIFACTS / "brief_62_2021-11-15.pdf"
    result = BR.export(kalteng, out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and result["pdf_seconds"] is not None
    assert _pages(out) == 1  # the one page a secretariat prints
    assert BR.pdf_pages(data) == _pages(out)  # the count render_pdf uses to switch to compact type
    if shutil.which("pdftoppm"):  # a PNG per page, for people to look at
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(out), str(ARTIFACTS / "brief_62_page")], check=True)
        assert (ARTIFACTS / "brief_62_page-1.png").stat().st_size > 10_000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
        assert "4 dari 14" in text and "Kabupaten Katingan" in text and "DEMO" in text


def test_pdf_prints_from_a_thread_with_a_running_event_loop():
    # Playwright's sync API refuses such a thread (a notebook, a test session holding a
    # browser): render_pdf prints from a thread of its own
    import asyncio
    import concurrent.futures

    async def inside_a_loop() -> bytes:
        return BR.render_pdf("<html><body><p>brief</p></body></html>")

    # the loop runs in a thread of its own: this worker's main thread may hold another test's
    # running loop (asyncio.run refuses to start a second one there)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        pdf = pool.submit(asyncio.run, inside_a_loop()).result(timeout=120)
    assert BR.pdf_pages(pdf) == 1


def test_export_refuses_other_extensions(kalteng, tmp_path):
    with pytest.raises(BR.RenderError, match=r"\.pdf or \.html"):
        BR.export(kalteng, tmp_path / "brief.docx")
    assert not (tmp_path / "brief.docx").exists()


# --- CLI --------------------------------------------------------------------------------------
def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analytics", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)


def test_cli_regulations_prints_four_of_fourteen(_base_db_path, tmp_path):
    db = tmp_path / "base.duckdb"
    shutil.copy(_base_db_path, db)
    run = _cli("regulations", "--db", str(db), "--province", "62", "--as-of", "2021-11-15")
    assert run.returncode == 0, run.stderr
    first, with_line, without_line = run.stdout.splitlines()[:3]
    assert "Kalimantan Tengah (62) as of 2021-11-15: 4 of 14" in first and "10 without" in first
    for name in ("Katingan", "Kapuas", "Kotawaringin Barat", "Sukamara"):
        assert f"Kabupaten {name} (Perbup)" in with_line
    assert without_line.count("Kabupaten ") + without_line.count("Kota ") == 10
    assert "Pergub [facilitation]" in run.stdout
    early = _cli("regulations", "--db", str(db), "--province", "62", "--as-of", "2021-06-01")
    assert "0 of 14" in early.stdout
    # Sumatera Selatan: no regulation row and no reported count in the curated data
    none = _cli("regulations", "--db", str(db), "--province", "16", "--as-of", "2021-11-15")
    assert "no data" in none.stdout and "0 of" not in none.stdout
    bad = _cli("regulations", "--db", str(db), "--province", "62", "--as-of", "2021-13-01")
    assert bad.returncode == 2 and "--as-of: not a date" in bad.stderr


def test_cli_brief_html_and_bad_output(demo_db_path, tmp_path):
    db = tmp_path / "demo.duckdb"
    shutil.copy(demo_db_path, db)
    out = tmp_path / "brief.html"
    run = _cli("brief", "--db", str(db), "--province", "62", "--date", "2021-11-15", "--out", str(out))
    assert run.returncode == 0, run.stderr
    assert "[DEMO DATA]" in run.stdout and out.exists()
    html = out.read_text(encoding="utf-8")
    assert "4 dari 14" in html and "<table" in html
    bad = _cli("brief", "--db", str(db), "--province", "62", "--date", "2021-11-15", "--out", str(tmp_path / "b.txt"))
    assert bad.returncode == 2 and ".pdf or .html" in bad.stderr
    unknown = _cli("brief", "--db", str(db), "--province", "00", "--date", "2021-11-15", "--out", str(out))
    assert unknown.returncode == 2 and "unknown province" in unknown.stderr


def test_a_missing_headline_figure_is_a_dash_with_no_data_below(demo_ro):
    # the demo's budgets start in 2022: on a 2021 date the card shows a dash (the words did not
    # fit a card on a 1280 px screen) and says "tidak ada data" in its detail line
    b = B.build(direct(demo_ro), "62", "2021-11-23")
    value, detail = next((v, d) for label, v, d in B.headline(b) if label == "Anggaran dialokasikan 2021")
    assert value == "–"
    assert detail.startswith("tidak ada data"), detail
    assert "dibutuhkan tidak ada data" not in detail
    # figures that exist are unchanged
    assert all(v != "–" for label, v, _ in B.headline(b) if label != "Anggaran dialokasikan 2021")


def test_budget_year_is_the_latest_with_budget_data(demo_ro):
    # the demo has budgets up to 2025: a brief dated in 2026 shows 2025's (it showed an empty
    # 2026 table), and says which year it is
    b = B.build(direct(demo_ro), "62", "2026-11-23")
    assert b.budget["year"] == 2025 and b.budget["available"] and b.budget["has_allocations"]
    value = next(v for label, v, _ in B.headline(b) if label == "Anggaran dialokasikan 2025")
    assert value != "–"
    assert B.budget_year(direct(demo_ro), "62", dt.date(2023, 5, 1)) == 2023


def test_default_date_is_the_end_of_the_latest_month_with_data(demo_ro):
    assert B.default_date(direct(demo_ro), dt.date(2030, 1, 1)) == dt.date(2025, 6, 30)
    assert B.default_date(direct(demo_ro), dt.date(2025, 6, 10)) == dt.date(2025, 6, 10)  # never after today


def test_share_image_is_a_portrait_png_in_the_brief_language_marked_demo(demo_ro):
    import struct

    from analytics import i18n
    from analytics.brief import share

    with i18n.using("en"):
        b = B.build(direct(demo_ro), "62", "2025-06-30")
    html = share.share_html(b)
    assert "Coordination meeting brief: Kalimantan Tengah" in html and "DEMO" in html
    assert "Bahan rapat" not in html and "belum ada" not in html  # the brief's language only
    png = share.share_png(b)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (1080, 1350)


def test_drafts_behind_the_lines_are_items_to_adopt():
    regions = pd.DataFrame({
        "region_code": ["62.10", "62.71"], "name": ["Kabupaten A", "Kota B"],
        "has_regulation": pd.array([False, True], "boolean"), "expected_instrument": ["perbup", "perwali"],
        "uncovered": [1200.0, 0.0], "target": [2000.0, 500.0], "gap_rp": [5e8, float("nan")],
        "needed_rp": [9e8, float("nan")], "allocated_rp": [4e8, float("nan")],
    })
    drafts = B.draft_items("P", {"data_state": "records", "province_regulation": "Pergub 3/2022"}, regions,
                           {"available": True, "year": 2022}, pd.DataFrame(columns=["likely_cycle"]))
    assert [(d.kind, d.region_code, d.target_value, d.target_unit) for d in drafts] == [
        ("regulation", "62.10", None, None), ("coverage", "62.10", 2000.0, "workers"),
        ("budget", "62.10", 9e8, "rupiah")]
    assert drafts[0].action == "Tetapkan Perbup Kabupaten A tentang jaminan sosial ketenagakerjaan"
    assert drafts[2].budget_year == 2022 and drafts[2].worker_group == "non_asn"
