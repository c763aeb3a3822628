"""The kab/kota meeting brief: its content from the store, the HTML and one-page PDF, and the CLI
(``brief --region``) on public and demo data."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from analytics import i18n
from analytics.brief import content as B
from analytics.brief import region as R
from analytics.brief import render as BR
from analytics.queries import direct
from analytics.store import Store


@pytest.fixture(scope="module")
def demo_ro(demo_db_path, tmp_path_factory):
    path = tmp_path_factory.mktemp("kbrief") / "demo.duckdb"
    shutil.copy(demo_db_path, path)
    store = Store(path, read_only=True)
    yield store
    store.close()


@pytest.fixture(scope="module")
def public_ro(_base_db_path, tmp_path_factory):
    path = tmp_path_factory.mktemp("kbrief-public") / "public.duckdb"
    shutil.copy(_base_db_path, path)
    store = Store(path, read_only=True)
    yield store
    store.close()


def test_katingan_on_demo_data(demo_ro):
    with i18n.using("id"):
        b = R.build_region(direct(demo_ro), "62.06", "2022-04-01")
        cards = {label: value for label, value, _ in R.headline(b)}
    assert (b.region_name, b.province_name, b.province_code) == ("Kabupaten Katingan", "Kalimantan Tengah", "62")
    assert b.status["has_regulation"] is True and cards["Regulasi (Perbup/Perwali/Perda)"] == "berlaku"
    # coverage by segment and group at the data month, change since the month before, 24-month trend
    assert str(b.period.date()) == "2022-04-01" and list(b.segments["segment"]) == ["PU", "BPU", "JAKON", "PMI"]
    non_asn = b.groups.set_index("worker_group").loc["non_asn"]
    assert non_asn["active"] <= non_asn["target"] and non_asn["coverage_pct"] == pytest.approx(
        100 * non_asn["active"] / non_asn["target"], abs=0.01)
    assert b.trend["period"].nunique() >= 12
    # next year's need by the budget simulator's rules: uncovered × monthly contribution × 12
    budget = b.budget["groups"].set_index("worker_group")
    assert b.budget["year"] == 2023
    row = budget.loc["non_asn"]
    assert row["needed_rp"] == pytest.approx(row["uncovered_workers"] * row["monthly_contribution_rp"] * 12)
    assert row["uncovered_workers"] == non_asn["target"] - non_asn["active"]
    # rank and median among the 14 kab/kota of Kalimantan Tengah
    ucj = next(r for r in b.ranks if r["measure"] == "ucj")
    assert 1 <= ucj["rank"] <= ucj["of"] <= 14
    assert any("Non-ASN" in line for line in b.followups) and any(d.kind == "coverage" for d in b.drafts)


def test_bad_region_code_is_refused(demo_ro):
    with pytest.raises(B.BriefError, match="unknown kabupaten/kota code '62.99'"):
        R.build_region(direct(demo_ro), "62.99", "2022-04-01")


def test_public_region_without_coverage_says_so_in_one_line(public_ro):
    with i18n.using("id"):
        b = R.build_region(direct(public_ro), "35.24", "2022-01-01")  # Lamongan: a draft Instruksi Bupati
        text = BR.brief_html(b)
    assert "Kabupaten Lamongan" in text and "Instruksi Bupati" in text and "rancangan" in text.lower()
    assert "Nelayan" in text  # the worker groups the draft covers
    assert text.count("Yang belum ada datanya") == 1 and "kepesertaan: tidak ada data" in text
    assert "<td class=\"n\">–</td>" not in text  # no wall of dashes


def _run(args, db):
    return subprocess.run([sys.executable, "-m", "analytics", "brief", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=300)


def test_cli_sidenreng_rappang_html_on_public_data(_base_db_path, tmp_path):
    db = tmp_path / "public.duckdb"
    shutil.copy(_base_db_path, db)
    out = tmp_path / "s.html"
    run = _run(["--region", "73.14", "--date", "2023-10-02", "--out", str(out)], db)
    assert run.returncode == 0, run.stderr
    text = out.read_text(encoding="utf-8")
    assert "Kabupaten Sidenreng Rappang" in text and "Perbup" in text
    # the record's source, named and dated
    assert "Ujungjari (Sidenreng Rappang" in text and "31 Mei 2021" in text
    assert "data-demo=" not in text and "class=\"demo-tag\"" not in text
    # one record for two Perbup whose numbers the source does not give: the brief says so
    assert ("Perbup — “Dua Peraturan Bupati Sidenreng Rappang tentang program jaminan sosial ketenagakerjaan "
            "(judul dan nomor tidak disebutkan sumber)”") in text
    assert "Perbup (diketahui per 31 Mei 2021)" in text  # in force, known by the report's date
    out_en = tmp_path / "s_en.html"
    run = _run(["--region", "73.14", "--date", "2023-10-02", "--out", str(out_en), "--lang", "en"], db)
    assert run.returncode == 0, run.stderr
    english = out_en.read_text(encoding="utf-8")
    assert ("Perbup — “Two Peraturan Bupati of Sidenreng Rappang on the employment social security programme "
            "(the source gives neither their titles nor their numbers)”") in english
    assert "judul" not in english


def test_tanah_laut_and_lamongan_open_with_their_sourced_records(public_ro):
    """Issue 27: Tanah Laut's Perbup 62/2020 (full text, Scribd) on the day of its coordination
    meeting with BPJS Ketenagakerjaan; Lamongan's draft Instruksi Bupati, on public data."""
    with i18n.using("id"):
        tala = R.build_region(direct(public_ro), "63.01", "2021-04-29")
        tala_html = BR.brief_html(tala, with_map=False)
        lamongan = R.build_region(direct(public_ro), "35.24", "2022-01-01")
    assert tala.region_name == "Kabupaten Tanah Laut" and tala.status["has_regulation"] is True
    row = R.instruments_frame(tala).iloc[0]
    assert (row["label"], row["status_text"]) == ("Perbup 62/2020", "berlaku")
    assert row["source_title"].startswith("Perbup 62 2020 Jaminan Sosial") and row["confidence"] == "high"
    assert "Perbup 62/2020" in tala_html and "id.scribd.com/document/488040737" in tala_html
    assert any("Perbup 62 2020" in title for title in tala.sources["source_title"])
    row = R.instruments_frame(lamongan).iloc[0]
    assert row["label"] == "Instruksi Bupati"
    assert row["label_long"] == ("Instruksi Bupati — “Rancangan Instruksi Bupati Lamongan tentang optimalisasi "
                                 "jaminan sosial ketenagakerjaan”")
    assert R.unnumbered(lamongan) == [row["label_long"]] and R.unnumbered(tala) == []
    assert row["status_text"] == "rancangan" and "Nelayan" in row["groups_text"]
    assert lamongan.status["has_regulation"] is not True


@pytest.mark.skipif(not shutil.which("pdfinfo"), reason="needs poppler-utils (pdfinfo)")
def test_cli_katingan_pdf_on_demo_data_is_one_a4_page(demo_db_path, tmp_path):
    db = tmp_path / "demo.duckdb"
    shutil.copy(demo_db_path, db)
    out = tmp_path / "k.pdf"
    run = _run(["--region", "62.06", "--date", "2022-04-01", "--out", str(out)], db)
    assert run.returncode == 0, run.stderr
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert re.search(r"Pages:\s+1\n", info) and "(A4)" in info
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    assert "Kabupaten Katingan" in text and "DEMO" in text
    assert "Kepesertaan per segmen dan kelompok" in text  # coverage
    assert "Anggaran 2023: dibutuhkan vs dialokasikan" in text  # budget
    assert "Tindak lanjut" in text and "belum terlindungi" in text  # follow-ups
    bad = _run(["--region", "62.99", "--date", "2022-04-01", "--out", str(tmp_path / "x.pdf")], db)
    assert bad.returncode == 2 and "62.99" in bad.stderr
