"""Follow-ups in Chromium: an editor adopts the brief's drafts during the meeting, changes one on
the register page (its history kept), a bad file is refused with nothing changed, the next
brief opens with them; a viewer sees no controls. Each test runs its own server on a fresh copy of
the demo database, so the database can be checked once the server has stopped."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from tests.browser.harness import (
    ARTIFACTS, StreamlitServer, assert_page_healthy, exceptions_on, page_url, wait_for_app,
)

GUNUNG_MAS = "Tetapkan Perbup Kabupaten Gunung Mas"
OWNER = "Bagian Hukum Setda Gunung Mas"
BAD_FILE = ("id;Kode Provinsi;Kabupaten/Kota;Jenis;Tindak lanjut;Penanggung jawab;Tanggal rapat;Tenggat;Status\n"
            "1;62;62.10;regulasi;Tetapkan Perbup;Biro Hukum;15 November 2021;30 Juni 2022;hampir selesai\n"
            ";62;Banjar;kepesertaan;Daftarkan Non-ASN;BPJS;1 April 2022;31/13/2022;\n")


@pytest.fixture
def fresh_db(demo_db_path, tmp_path):
    path = tmp_path / "followups.duckdb"
    shutil.copy(demo_db_path, path)
    return path


@pytest.fixture
def server_for():
    started = []

    def start(db: Path, env: dict | None = None) -> StreamlitServer:
        server = StreamlitServer(db, env=env)
        started.append(server)
        server.wait_ready()
        return server

    yield start
    for server in started:
        server.stop()


def _brief_healthy(page) -> None:
    """The brief drew without an exception, its map (the server's SVG, as an image) included."""
    assert_page_healthy(page)
    image = page.locator('[data-testid="stImage"] img[src^="data:image/svg+xml"], [data-testid="stImage"] img[src$=".svg"]')
    assert image.count() >= 1 and image.first.bounding_box()["height"] > 100


def _open(page, url: str, path: str, params: dict | None = None):
    page.goto(page_url(url, path, params))
    wait_for_app(page, timeout=120)


def _view(page, name: str, scroll_to=None) -> None:
    """What a reader sees (the viewport, not the whole page; scrolled to ``scroll_to`` when
    given), for people to look at."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    if scroll_to is not None:
        scroll_to.evaluate("e => e.scrollIntoView({block: 'start'})")
        page.wait_for_timeout(300)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


def _adopt(page, action: str, owner: str, due: str) -> None:
    text = page.locator('[data-testid="stMarkdown"]', has_text=action)
    row = page.locator('[data-testid="stHorizontalBlock"]').filter(has=text).last
    row.locator('[data-testid="stCheckbox"]').click()
    row.get_by_role("textbox").fill(owner)
    row.get_by_role("spinbutton", name="day, Tenggat").click()
    page.keyboard.type(due, delay=40)
    page.locator("h1").first.click()  # the date is committed when the field loses focus


def _choose(page, box, option: str) -> None:
    """Pick a selectbox option; a click during a redraw of the page sometimes closed it again."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for _ in range(5):
        box.click()
        try:
            page.get_by_role("option", name=option).click(timeout=5_000)
        except PlaywrightTimeout:
            page.keyboard.press("Escape")
            continue
        if box.input_value() == option:
            return
    raise AssertionError(f"could not choose {option!r}")


def _shown(page, text: str) -> None:
    """Wait until ``text`` is on the page (a message drawn by the rerun a click started)."""
    page.get_by_text(text).first.wait_for(timeout=90_000)


def _register_csv(page) -> list[dict]:
    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("button", name="Unduh CSV").click()
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    lines = [line for line in text.splitlines() if not line.startswith("# ")]  # the demo mark
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


def test_adopt_edit_refused_import_and_the_next_brief(chromium, fresh_db, server_for, tmp_path):
    server = server_for(fresh_db)
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID", accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(60_000)
    _open(page, server.url, "")

    # during the meeting of 15 November 2021: tick two drafts, give owners and due dates
    _open(page, server.url, "brief", {"brief_province": "62", "brief_date": "2021-11-15"})
    page.get_by_text("Catat tindak lanjut rapat ini").click()
    wait_for_app(page, timeout=120)
    _adopt(page, GUNUNG_MAS, OWNER, "31032022")
    _adopt(page, "Tetapkan Perbup Kabupaten Lamandau", "Bagian Hukum Setda Lamandau", "30062022")
    _view(page, "followups_adopt_form")
    page.get_by_role("button", name="Simpan ke daftar tindak lanjut").click()
    wait_for_app(page, timeout=120)
    _shown(page, "2 tindak lanjut dicatat dengan tanggal rapat 15 November 2021")
    _shown(page, "2 draf sudah tercatat dari rapat ini.")
    wait_for_app(page, timeout=120)
    _brief_healthy(page)

    # the register: change the first item's status (editor controls), as of the next meeting
    _open(page, server.url, "followups", {"fu_province": "62", "fu_as_of": "2022-04-01"})
    assert_page_healthy(page)
    values = page.locator('[data-testid="stMetricValue"]').all_inner_texts()
    assert values[:3] == ["2", "2", "1"], values  # items, not closed, overdue (Lamandau is due in June)
    page.get_by_role("button", name="Simpan perubahan").wait_for()
    form = page.locator('[data-testid="stForm"]').first
    _choose(page, form.get_by_role("combobox", name="Status"), "Selesai")
    form.get_by_label("Catatan / bukti").fill("Perbup sudah ditandatangani, menunggu pengundangan")
    page.get_by_role("button", name="Simpan perubahan").click()
    _shown(page, "2 kolom diubah")
    wait_for_app(page, timeout=120)
    before = _register_csv(page)
    assert {r["status"] for r in before} == {"done", "open"}

    # a bad file: every problem with row and column, and nothing changed
    page.locator('[data-testid="stExpander"] summary', has_text="Impor dari CSV/XLSX").click()
    page.locator('[data-testid="stFileUploader"]').wait_for(state="visible")
    bad = tmp_path / "rapat_april.csv"
    bad.write_text(BAD_FILE, encoding="utf-8")
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(bad))
    _shown(page, "3 masalah; tidak ada yang diimpor:")
    wait_for_app(page, timeout=120)
    assert page.get_by_role("button", name="Impor", exact=True).count() == 0
    assert_page_healthy(page)
    assert _register_csv(page) == before

    # the next meeting's brief opens with them (and the English one too)
    _open(page, server.url, "brief", {"brief_province": "62", "brief_date": "2022-04-01"})
    _brief_healthy(page)
    heading = page.locator("h3").first.inner_text()
    assert heading.startswith("Tindak lanjut rapat sebelumnya"), heading
    for lang, width in (("id", 1280), ("en", 1280), ("id", 390), ("en", 390)):
        page.set_viewport_size({"width": width, "height": 900})
        english = {"lang": "en"} if lang == "en" else {}
        for path, params, name in (("brief", {"brief_province": "62", "brief_date": "2022-04-01"}, "brief"),
                                   ("followups", {"fu_province": "62", "fu_as_of": "2022-04-01"}, "register")):
            _open(page, server.url, path, {**params, **english})
            if width >= 1280:
                assert_page_healthy(page)
            else:  # on a phone the collapsed sidebar's buttons measure as cut: check only for failures
                assert not exceptions_on(page), exceptions_on(page)
            _view(page, f"followups_{name}_{lang}_{width}")
            if width < 1280:  # the section itself, below the controls and title
                anchor = page.locator("h3").first if path == "brief" else page.locator('[data-testid="stMetric"]').first
                _view(page, f"followups_{name}_{lang}_{width}_section", anchor)
    context.close()
    server.stop()

    # the database: the adopted items with the meeting's date, and the change in the history
    from analytics import followups
    from analytics.queries import direct
    from analytics.store import Store

    store = Store(fresh_db, read_only=True)
    try:
        query = direct(store)
        items = followups.load_items(query, "62")
        assert len(items) == 2 and (items["agreed_at_meeting"].dt.strftime("%Y-%m-%d") == "2021-11-15").all()
        done = items[items["status"] == "done"]
        assert len(done) == 1  # the item the form showed first
        log = followups.history(query, int(done["id"].iloc[0]))
        changed = log[log["old_value"].notna()][["changed_by", "field", "old_value", "new_value"]].values.tolist()
        assert changed == [["editor (web)", "status", "open", "done"]], changed
        assert (log[log["field"] == "note"]["new_value"] == "Perbup sudah ditandatangani, menunggu pengundangan").all()
    finally:
        store.close()


def test_viewer_sees_the_register_and_the_brief_section_but_no_controls(chromium, fresh_db, server_for):
    from analytics import followups, snapshots

    with snapshots.writing(fresh_db, who="test", what="seed a follow-up") as session:
        followups.add_item(session.store, {"province_code": "62", "region_code": "62.10", "kind": "regulation",
                                           "action": GUNUNG_MAS, "owner": OWNER, "agreed_at_meeting": "2021-11-15",
                                           "due_date": "2022-03-31"}, by="sekretariat")
    server = server_for(fresh_db, env={"JAMSOSTEK_READ_ONLY": "1"})
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    page = context.new_page()
    page.set_default_timeout(60_000)
    _open(page, server.url, "")
    _open(page, server.url, "brief", {"brief_province": "62", "brief_date": "2022-04-01"})
    _brief_healthy(page)
    assert page.locator("h3").first.inner_text().startswith("Tindak lanjut rapat sebelumnya")
    assert page.get_by_text("Catat tindak lanjut rapat ini").count() == 0
    _open(page, server.url, "followups", {"fu_province": "62", "fu_as_of": "2022-04-01"})
    assert_page_healthy(page)
    assert page.locator('[data-testid="stMetricValue"]').first.inner_text() == "1"
    for control in ("Simpan perubahan", "Tambah tindak lanjut", "Impor dari CSV/XLSX"):
        assert page.get_by_text(control).count() == 0, control
    assert page.locator('[data-testid="stFileUploader"], [data-testid="stForm"]').count() == 0
    assert page.get_by_text("memerlukan hak editor").count() == 1
    context.close()
