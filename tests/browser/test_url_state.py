"""URL state and the Data page in Chromium (issue 23 items 2, 3, 6; issue 26 item 2), on one server
(the public dataset, the demo one a switch away):

- English and the demo dataset are kept across clicks in the sidebar's page list;
- the tracker's share link, opened in a new browser context, reopens the same view, whether the
  province or the date was chosen first;
- the Data page shows no raw key for any dataset, in either language;
- an import with bad rows says every problem in the UI language only;
- the preview of a messy file reads as the file (screenshot kept and looked at).
"""

from __future__ import annotations

import re
import shutil

import pytest

from analytics.ingest import datasets
from tests.browser.harness import StreamlitServer, cut_off_texts, exceptions_on, page_url, screenshot, share_link, wait_for_app
from tests.browser.reader import INIT_SCRIPT, RAW_KEY, drawn_texts, problems, reset_drawn, scroll_tables
from tests.conftest import ROOT

MESSY = ROOT / "tests" / "fixtures" / "kalteng_non_asn_2021-10.xlsx"


@pytest.fixture(scope="module")
def url(_base_db_path, demo_db_path, tmp_path_factory):
    folder = tmp_path_factory.mktemp("urlstate-db")
    public, demo = folder / "public.duckdb", folder / "public-demo.duckdb"
    shutil.copy(_base_db_path, public)
    shutil.copy(demo_db_path, demo)  # ?data=demo: built already
    server = StreamlitServer(public, env={"JAMSOSTEK_DEMO_DB": str(demo)})
    try:
        server.wait_ready()
        yield server.url
    finally:
        server.stop()


@pytest.fixture
def tab(chromium):
    context = chromium.new_context(viewport={"width": 1400, "height": 900}, locale="id-ID")
    page = context.new_page()
    page.add_init_script(INIT_SCRIPT)
    page.set_default_timeout(90_000)
    yield page
    context.close()


def _open(page, address: str) -> None:
    page.goto(address)
    wait_for_app(page, timeout=120)
    assert not exceptions_on(page), exceptions_on(page)


def _params(address: str) -> dict[str, str]:
    from urllib.parse import parse_qs, urlparse

    return {k: v[-1] for k, v in parse_qs(urlparse(address).query).items()}


def _nav(page, title: str) -> None:
    page.locator('[data-testid="stSidebarNav"]').get_by_text(title, exact=True).click()
    wait_for_app(page, timeout=120)


def test_english_and_demo_are_kept_across_sidebar_clicks(tab, url):
    _open(tab, page_url(url, ""))
    tab.get_by_role("button", name="English").click()
    wait_for_app(tab)
    tab.locator('[data-testid="stSidebar"]').get_by_text("Demo data").click()
    wait_for_app(tab, timeout=120)
    assert _params(tab.url).items() >= {"lang": "en", "data": "demo"}.items(), tab.url
    for title, path in (("Regulation tracker", "/regulations"), ("Map", "/map"), ("Data & import", "/data")):
        _nav(tab, title)
        tab.wait_for_url(re.compile(r".*lang=en.*"), timeout=30_000)
        assert path in tab.url and _params(tab.url).items() >= {"lang": "en", "data": "demo"}.items(), tab.url
        assert _params(share_link(tab)).get("lang") == "en" and _params(share_link(tab)).get("data") == "demo"
        main = tab.locator('[data-testid="stMain"]').inner_text()
        assert "DEMO" in main.upper() and "Bahasa" not in tab.locator("h1").first.inner_text(), main[:300]
    screenshot(tab, "urlstate_english_demo_after_sidebar_clicks")


def _choose_province(page, name: str) -> None:
    box = page.locator('[data-testid="stSelectbox"]').filter(has_text="Provinsi").first
    box.click()
    page.keyboard.type(name, delay=20)
    page.keyboard.press("Enter")
    wait_for_app(page)


def _choose_date(page, ddmmyyyy: str) -> None:
    page.get_by_role("spinbutton", name="day, Per tanggal").click()
    page.keyboard.type(ddmmyyyy, delay=40)
    page.locator("h1").first.click()  # committed when the field loses focus
    wait_for_app(page)


@pytest.mark.parametrize("order", ["province_then_date", "date_then_province"])
def test_tracker_share_link_reopens_the_view_in_a_new_context(tab, url, chromium, order):
    _open(tab, page_url(url, "regulations"))
    steps = [lambda: _choose_province(tab, "Kalimantan Tengah"), lambda: _choose_date(tab, "15112021")]
    for step in steps if order == "province_then_date" else steps[::-1]:
        step()
    link = share_link(tab)
    assert _params(link) == {"reg_province": "62", "reg_as_of": "2021-11-15"}, link
    cards = tab.locator('[data-testid="stMetricValue"]').all_inner_texts()
    assert "4 dari 14" in cards, cards
    other = chromium.new_context(viewport={"width": 1400, "height": 900}, locale="id-ID")
    try:
        fresh = other.new_page()
        fresh.set_default_timeout(90_000)
        _open(fresh, link)
        assert fresh.locator('[data-testid="stMetricValue"]').all_inner_texts() == cards
        date_box = fresh.locator('[data-testid="stDateInput"]').first.inner_text()
        assert re.search(r"15\D+11\D+2021", date_box), date_box
        province_box = fresh.locator('[data-testid="stSelectbox"]').first
        assert "Kalimantan Tengah" in (province_box.evaluate("e => e.textContent") + " ".join(
            province_box.locator("input").evaluate_all("els => els.map(e => e.value)"))), province_box.inner_text()
        screenshot(fresh, f"urlstate_tracker_link_{order}")
    finally:
        other.close()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_data_page_shows_no_raw_key_for_any_dataset(tab, url, lang):
    _open(tab, page_url(url, "data", {"lang": lang} if lang == "en" else None))
    for dataset in datasets.UPLOADABLE:
        tab.locator('[data-testid="stButtonGroup"]').get_by_text(datasets.SPECS[dataset].title(lang), exact=True).click()
        wait_for_app(tab)
        text = tab.locator('[data-testid="stMain"]').inner_text()
        assert not RAW_KEY.findall(text), (dataset, RAW_KEY.findall(text))
        spec = datasets.SPECS[dataset]
        if spec.sheet:  # made per province on the tracker page: the page says where
            assert "status-sheet" in text
        else:
            assert spec.template in text
    for name in datasets.REFERENCE:  # named apart
        assert datasets.SPECS[name].title(lang) in text
    scroll_tables(tab)
    assert not [t for t in drawn_texts(tab) if RAW_KEY.search(t)]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_import_with_bad_rows_speaks_the_ui_language_only(tab, url, lang, tmp_path):
    bad = tmp_path / "buruk.csv"
    bad.write_text("Kabupaten/Kota;Periode;Segmen;Kelompok;Jumlah Peserta Aktif\n"
                   "Katinggan;2021-10;PU;Non ASN;100\n"
                   "Kapuas;2021-13;Swasta;Non ASN;-5\n", encoding="utf-8")
    _open(tab, page_url(url, "data", {"lang": lang} if lang == "en" else None))
    reset_drawn(tab)
    tab.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(bad))
    wait_for_app(tab, timeout=120)
    scroll_tables(tab)
    texts = drawn_texts(tab)
    assert any("Katingan" in t for t in texts), texts  # the suggestion for the misspelt name
    alerts = tab.locator('[data-testid="stAlert"]').all_inner_texts()
    # the history's file names and the file's own headers are data
    file_names = {t for t in texts if t.endswith((".csv", ".xlsx"))} | set(bad.read_text().splitlines()[0].split(";"))
    found = [p for p in problems(texts + alerts, lang, allowed=file_names) if "word" in p]
    assert not found, found
    screenshot(tab, f"urlstate_import_problems_{lang}")


def test_preview_of_a_messy_file_reads_as_the_file(tab, url):
    _open(tab, page_url(url, "data"))
    # the values the file lacks, by their names
    for label, choice in (("Segmen", "Penerima Upah (PU)"), ("Kelompok pekerja", "Non-ASN")):
        # the import's own boxes (the coverage sheet's, folded in an expander, have the same labels)
        tab.locator('[data-testid="stSelectbox"]').filter(has_text=label).filter(visible=True).first.click()
        tab.get_by_role("option", name=choice, exact=True).click()
        wait_for_app(tab)
    tab.get_by_label("Periode (YYYY-MM)").filter(visible=True).first.fill("2021-10")
    tab.keyboard.press("Enter")
    tab.locator("h1").first.click()
    wait_for_app(tab)
    assert not cut_off_texts(tab), cut_off_texts(tab)  # the choices read whole ("Penerima Upah (" was cut)
    reset_drawn(tab)
    tab.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(MESSY))
    wait_for_app(tab, timeout=120)
    # the TOTAL row, named as a row of the file (not "Baris total dilewati: 20", read as a count)
    assert tab.get_by_text("Baris jumlah/total tidak diimpor: baris 20 di berkas", exact=True).count() == 1
    caption = tab.get_by_text("Pratinjau 14 baris pertama", exact=False).first
    caption.scroll_into_view_if_needed(timeout=20_000)
    from tests.browser.harness import ARTIFACTS

    ARTIFACTS.mkdir(parents=True, exist_ok=True)  # the preview as a person first sees it
    tab.locator('[data-testid="stMain"]').screenshot(path=str(ARTIFACTS / "urlstate_import_preview_messy_xlsx.png"))
    scroll_tables(tab)
    texts = drawn_texts(tab)
    for expected in ("Kabupaten/Kota", "Jumlah Pegawai Non ASN", "Jumlah Peserta Aktif", "Keterangan",
                     "Kabupaten Kotawaringin Barat (62.01)", "2.315", "Penerima Upah (PU)", "Non-ASN",
                     "Oktober 2021", "–"):
        assert expected in texts, (expected, sorted(texts)[:80])
    assert not [t for t in texts if t in ("None", "nan", "region_code", "active_participants", "PU", "non_asn")]
    data = {"Perbup sudah terbit", "Kabupaten/Kota", "Jumlah Pegawai Non ASN", "Jumlah Peserta Aktif", "Keterangan"}
    data |= {t for t in texts if re.search(r"\(\d{2}\.\d{2}\)$", t)}  # a region as matched, with its code
    data |= {t for t in texts if t.endswith((".csv", ".xlsx"))}  # file names in the history
    assert not problems(texts, "id", allowed=data), problems(texts, "id", allowed=data)



def test_budget_amounts_in_juta_and_miliar_are_read_and_said_on_the_page(tab, url, tmp_path):
    """An APBD table as secretariats copy it ("Rp 1,2 M", "850 juta"): the preview shows whole
    rupiah and the page says, in the reader's language, how the amounts were read."""
    budget = tmp_path / "anggaran_apbd.csv"
    budget.write_text("Kabupaten/Kota;Tahun;Kelompok;Sumber Dana;Alokasi;Realisasi\n"
                      "Katingan;2024;Non ASN;APBD;Rp 1,2 M;850 juta\n"
                      "Kapuas;2024;Pekerja Rentan;APBD;Rp. 2,5 Milyar;\n", encoding="utf-8")
    _open(tab, page_url(url, "data"))
    tab.locator('[data-testid="stButtonGroup"] button').filter(has_text="Anggaran").first.click()
    wait_for_app(tab)
    reset_drawn(tab)
    tab.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(budget))
    wait_for_app(tab, timeout=120)
    assert not exceptions_on(tab), exceptions_on(tab)
    alerts = tab.locator('[data-testid="stAlert"]').all_inner_texts()
    said = [a for a in alerts if "ribu/juta/miliar" in a]
    assert len(said) == 1 and "3 jumlah uang" in said[0] and "'Rp 1,2 M' = Rp 1.200.000.000" in said[0], alerts
    scroll_tables(tab)
    texts = drawn_texts(tab)
    for expected in ("Rp 1.200.000.000", "Rp 850.000.000", "Rp 2.500.000.000"):
        assert expected in texts, (expected, sorted(texts)[:80])
