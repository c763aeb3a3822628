"""The province brief on the default (public) data is one consistent page: where kab/kota sums are
missing the cards show the province's reported figures, marked as reported, with source and date;
no English on the Indonesian page; one A4 page even for a province of 38 kab/kota."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from analytics import i18n
from analytics.brief import content as B
from analytics.brief import render as BR
from analytics.queries import direct
from analytics.store import Store


@pytest.fixture(scope="module")
def public_ro(_base_db_path, tmp_path_factory):
    path = tmp_path_factory.mktemp("public-brief") / "public.duckdb"
    shutil.copy(_base_db_path, path)
    store = Store(path, read_only=True)
    yield store
    store.close()


@pytest.fixture(scope="module")
def kalteng_public(public_ro):
    with i18n.using("id"):
        return B.build(direct(public_ro), "62", "2024-12-31")


def test_cards_show_the_province_reported_figures_marked_and_sourced(kalteng_public):
    with i18n.using("id"):
        cards = {label: (value, detail) for label, value, detail in B.headline(kalteng_public)}
        line = B.data_line(kalteng_public)
    value, detail = cards["Peserta aktif provinsi (dilaporkan)"]
    assert value == "466.286"
    assert "dilaporkan untuk Desember 2024" in detail
    assert "“BPJS Ketenagakerjaan dan Pemprov Kalteng" in detail and "(2 April 2025)" in detail
    value, detail = cards["UCJ provinsi (dilaporkan)"]
    assert value == "45,44%" and "Desember 2024" in detail
    # the opening line says what exists, not "no coverage data"
    assert line.startswith("Belum ada data kepesertaan kab/kota sampai 31 Desember 2024")
    assert "Desember 2024" in line.split(";")[1]


def test_indonesian_html_has_no_english_notes_raw_codes_or_empty_period(kalteng_public):
    text = BR.brief_html(kalteng_public, with_map=False)
    for english in ("Source gives the year only", "Kept from the project's domain notes", "the news page"):
        assert english not in text
    assert "(ALL)" not in text and "per –" not in text
    assert "Semua pekerja: 466.286" in text
    # no column of dashes: the kab/kota table has only the columns that hold a figure
    table = text[text.index('<table class="regions'):]
    table = table[: table.index("</table>")]
    assert "UCJ" not in table and "Rp juta" not in table and "–" not in table


def test_english_public_brief_reads_english(public_ro):
    with i18n.using("en"):
        brief = B.build(direct(public_ro), "62", "2024-12-31")
        cards = [label for label, _, _ in B.headline(brief)]
    assert "Province active participants (reported)" in cards and "Province UCJ (reported)" in cards
    text = BR.brief_html(brief, with_map=False)
    assert "dilaporkan" not in text and "Belum ada" not in text


def _pdf_pages(path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


@pytest.mark.skipif(not shutil.which("pdfinfo"), reason="needs poppler-utils (pdfinfo)")
@pytest.mark.parametrize("db,province,day", [("public", "62", "2024-12-31"), ("demo", "35", "2022-04-01")])
def test_pdf_is_one_a4_page(db, province, day, public_ro, demo_db_path, tmp_path):
    store = public_ro if db == "public" else Store(demo_db_path, read_only=True)
    try:
        with i18n.using("id"):
            brief = B.build(direct(store), province, day)
    finally:
        if store is not public_ro:
            store.close()
    out = tmp_path / f"brief_{province}.pdf"
    BR.export(brief, out)
    assert _pdf_pages(out) == 1
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "(A4)" in info
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    if province == "35":  # 38 kab/kota: the table is cut with a count of the rest
        assert re.search(r"dan \d+ kab/kota lain", text)
    else:
        assert "466.286" in text and "45,44%" in text
