"""Issue 25 end to end on the public dataset: the status sheet of Kalimantan Tengah is written,
checked (14 rows, the status list), one row filled as "Belum ada (dikonfirmasi)" with its
evidence and imported; the JSON counts one more region known; then the tracker, the map's hover
and the brief show it in Chromium. Also the one-province map of issue 23: drawn (regulation
status) when the chosen measure has no figures, every view button kept."""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import shutil

import openpyxl

from analytics import regulation_sheet
from tests.browser import reader
from tests.browser.harness import (ARTIFACTS, StreamlitServer, assert_page_healthy, page_url, screenshot,
                                   wait_for_app)
from tests.browser.test_map import READY, _pixel_of_region

AS_OF = "2025-06-30"
EVIDENCE = "Surat BPJS Ketenagakerjaan Cabang Sampit No. B/123/2025"
BY = "Bagian Hukum Setda Kotawaringin Timur"


def _cli(*args: str, capsys=None) -> str:
    from analytics.cli import main

    if capsys is not None:
        capsys.readouterr()  # what earlier commands printed
    assert main(list(args)) == 0
    return capsys.readouterr().out if capsys is not None else ""


def _sheet_html(book) -> str:
    """The workbook as a person sees it (no LibreOffice here): grey locked columns, yellow ones to
    fill, the drop-down's words under the table."""
    sheet = book[regulation_sheet.STATUS_SHEET]
    rows = []
    for row in sheet.iter_rows():
        cells = []
        for cell in row:
            value = cell.value
            text = value.strftime("%d/%m/%Y") if isinstance(value, dt.datetime) else ("" if value is None else str(value))
            colour = "#FFF2CC" if not cell.protection.locked else ("#D9D9D9" if cell.row == 4 else "#F2F2F2")
            cells.append(f'<td style="background:{colour}">{html.escape(text)}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    lists = "; ".join(f"{dv.sqref}: {dv.formula1}" for dv in sheet.data_validations.dataValidation)
    return (f"<html><body style='font:11px sans-serif'><table border=1 cellspacing=0>{''.join(rows)}</table>"
            f"<p>frozen at {sheet.freeze_panes}; protected: {sheet.protection.sheet}; validation: "
            f"{html.escape(lists)}</p><pre>{html.escape(book.sheetnames[1])}: "
            f"{html.escape(chr(10).join(str(c.value) for c in book[book.sheetnames[1]]['A'] if c.value))}</pre>"
            "</body></html>")


def test_status_sheet_round_trip_on_tracker_map_and_brief(chromium, _base_db_path, tmp_path, capsys):
    db = tmp_path / "public.duckdb"
    shutil.copy(_base_db_path, db)
    # (1) the sheet for Kalimantan Tengah
    out = tmp_path / "kalteng.xlsx"
    _cli("status-sheet", "--province", "62", "--as-of", AS_OF, "--out", str(out), "--db", str(db))
    before = json.loads(_cli("regulations", "--province", "62", "--as-of", AS_OF, "--json", "--db", str(db),
                             capsys=capsys))
    # (2) its 14 rows and the status list
    book = openpyxl.load_workbook(out)
    sheet = book[regulation_sheet.STATUS_SHEET]
    headers = [c.value for c in sheet[4]]
    rows = [r for r in sheet.iter_rows(min_row=5) if r[0].value]
    assert len(rows) == 14
    assert any(dv.type == "list" and dv.formula1 == '"Terbit/berlaku,Rancangan/dalam proses,Belum ada '
               '(dikonfirmasi),Tidak diketahui"' for dv in sheet.data_validations.dataValidation)
    # (3) one row filled as "Belum ada (dikonfirmasi)" with its evidence, and imported
    kotim = next(r for r in rows if r[0].value == "62.02")
    for name, value in (("Status", "Belum ada (dikonfirmasi)"), ("Bukti (URL atau nomor surat)", EVIDENCE),
                        ("Dikonfirmasi oleh", BY), ("Tanggal konfirmasi", dt.datetime(2025, 7, 10))):
        kotim[headers.index(name)].value = value
    filled = tmp_path / "kalteng_isi.xlsx"
    book.save(filled)
    _cli("import", "regulation_status", str(filled), "--db", str(db))
    # (4) the JSON: confirmed_none, the evidence kept, known one higher
    after = json.loads(_cli("regulations", "--province", "62", "--as-of", AS_OF, "--json", "--db", str(db),
                            capsys=capsys))
    region = next(r for r in after["regions"] if r["code"] == "62.02")
    assert region["status"] == "confirmed_none" and region["evidence"] == EVIDENCE and region["confirmed_by"] == BY
    assert after["known"] == before["known"] + 1 == 5 and after["with_regulation"] == 4

    # (5) in the browser
    server = StreamlitServer(db)
    context = chromium.new_context(viewport={"width": 1400, "height": 900}, locale="id-ID")
    context.add_init_script(reader.INIT_SCRIPT)
    try:
        page = context.new_page()
        page.set_default_timeout(60_000)
        # the filled sheet as a person sees it
        page.set_content(_sheet_html(openpyxl.load_workbook(filled)))
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "status_sheet_kalteng.png"), full_page=True)
        server.wait_ready()
        page.goto(page_url(server.url, ""))
        wait_for_app(page)

        # the tracker: status known 5 of 14, Kotawaringin Timur confirmed none with its evidence
        page.goto(page_url(server.url, "regulations", {"reg_province": "62", "reg_as_of": AS_OF}))
        wait_for_app(page)
        assert_page_healthy(page)
        main = page.locator('[data-testid="stMain"]').inner_text()
        assert "Status diketahui" in main and "5 dari 14" in main, main[:800]
        assert page.locator("[data-testid=\"stDownloadButton\"]", has_text="Unduh lembar status Kalimantan Tengah").count() == 1
        screenshot(page, "status_tracker_top_after_import")
        page.locator('[data-testid="stDataFrame"]').last.scroll_into_view_if_needed()
        reader.scroll_tables(page)
        drawn = set(reader.drawn_texts(page))
        assert {"belum ada (dikonfirmasi)", "tidak tercatat", "10 Juli 2025"} <= drawn, sorted(drawn)[:80]
        # long cells are painted cut to the column's width ("Surat BPJS Ketenagakerjaan C…")
        assert any(text.startswith(EVIDENCE[:12]) for text in drawn) and any(text.startswith(BY[:15]) for text in drawn), \
            [t for t in drawn if t[:3] in ("Sur", "Bag")]
        screenshot(page, "status_tracker_after_import")

        # the map's regulation layer and hover: the same words as the tracker
        page.goto(page_url(server.url, "map", {"map_level": "province", "map_province": "62",
                                               "map_metric": "regulation"}))
        wait_for_app(page)
        page.locator(READY).wait_for(timeout=60_000)
        legend = page.locator(".svgmap g.legend").first.text_content()
        assert "belum ada (dikonfirmasi)" in legend and "tidak tercatat" in legend and "Belum ada" not in legend, legend
        x, y = _pixel_of_region(page, "62.02")
        page.mouse.move(x, y)
        tip = page.locator(".svgmap .tip")
        tip.wait_for(state="visible", timeout=5_000)
        text = tip.inner_text()
        assert "Kabupaten Kotawaringin Timur" in text and "belum ada (dikonfirmasi)" in text, text
        assert BY in text and EVIDENCE in text and "10 Juli 2025" in text, text
        screenshot(page, "status_map_hover_after_import")

        # the brief: the lists by state, status known, the follow-up to confirm the rest
        page.goto(page_url(server.url, "brief", {"brief_province": "62", "brief_date": AS_OF}))
        wait_for_app(page)
        assert_page_healthy(page)
        main = page.locator('[data-testid="stMain"]').inner_text()
        assert "belum ada (dikonfirmasi) (1): Kabupaten Kotawaringin Timur" in main, main[:1500]
        assert "Status diketahui 5 dari 14 kab/kota" in main
        assert "Status regulasi 9 dari 14 kab/kota belum tercatat" in main
        screenshot(page, "status_brief_after_import")

        # issue 23: the one-province map with a measure that has no kab/kota figures (the public
        # data's active participants) draws the regulation status, says so, keeps every view
        page.goto(page_url(server.url, "map", {"map_level": "province", "map_province": "62",
                                               "map_metric": "active", "map_group": "all"}))
        wait_for_app(page)
        page.locator(READY).wait_for(timeout=60_000)
        assert_page_healthy(page, min_maps=1)
        assert page.locator("path.r").count() == 14
        main = page.locator('[data-testid="stMain"]').inner_text()
        assert "Tidak ada angka" in main and "status regulasi" in main, main[:800]
        views = page.locator(".views button").all_inner_texts()
        assert len(views) == 3 and "Satu provinsi" in " ".join(views), views
        drawn = page.locator(".svgmap svg").first.text_content()
        assert "Desember 2023" in drawn and "2023-12" not in drawn, drawn[:300]  # months in words
        screenshot(page, "map_one_province_fallback")
        page.locator(".svgmap").first.screenshot(path=str(ARTIFACTS / "map_one_province_fallback_chart.png"))
    finally:
        context.close()
        server.stop()
