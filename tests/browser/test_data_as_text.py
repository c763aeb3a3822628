"""Data is shown as text, never as markup (issue 22, class 2), checked in the browser.

Every imported text field of a copy of the demo dataset holds markdown and HTML that would fetch
an image or make a live link if rendered: coverage sources, regulations (title, number, notes,
source), a province's regulation count (its source), reported figures (source, value as
reported, note) and follow-ups (action, owner, note). The map's region detail, the regulation
tracker, the brief, the Sources page and the overview are then opened in Chromium: no request
leaves the machine, no link or image points where the data says, and the hostile text is shown
literally."""

from __future__ import annotations

import csv
import io
import shutil
from urllib.parse import urlsplit

import pytest

from analytics import cli
from tests.browser import reader
from tests.browser.harness import StreamlitServer, assert_page_healthy, page_url, wait_for_app

IMAGE = "![x](http://127.0.0.1:1/img.png)"
LINK = "[Klik](http://evil.example/)"
TAG = '<a href="http://evil.example/tag">tag</a><img src="http://127.0.0.1:1/tag.png">'
HOSTILE = f"{IMAGE} {LINK} {TAG} :red[merah] $x$ www.evil.example/w"
BAD_URL = "javascript:alert(document.domain)"
SHOWN = "![x](http"  # how IMAGE starts on the page, in markdown or in a table cell: as typed


def _csv(header: list[str], rows: list[list]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows([header, *rows])
    return out.getvalue().encode("utf-8")


def _hostile_files() -> dict[str, bytes]:
    source = ["sumber", "url_sumber", "tanggal_sumber", "keyakinan", "catatan"]
    src = [f"Sumber {HOSTILE}", BAD_URL, "2021-11-20", "high", f"Catatan {HOSTILE}"]
    return {
        "coverage": _csv(["kode_wilayah", "wilayah", "periode", "segmen", "kelompok", "peserta_aktif",
                          "target_pekerja", *source],
                         [["62.06", "Katingan", "2021-11", "PU", "non_asn", 5000, 9000, *src]]),
        "regulations": _csv(["kode_wilayah", "wilayah", "jenis", "nomor", "tahun", "tanggal_penetapan", "tentang",
                             "cakupan", "status", *source],
                            [["62.06", "Katingan", "Perbup", f"7 {LINK}", 2021, "2021-08-12", f"Tentang {HOSTILE}",
                              "non_asn", "issued", *src],
                             ["62", "Provinsi Kalimantan Tengah", "Pergub", f"9 {IMAGE}", 2021, "2021-06-01",
                              f"Pergub {HOSTILE}", "non_asn", "issued", *src]]),
        "regulation_snapshots": _csv(["province_code", "as_of", "regions_with_regulation", "regions_total", "instrument",
                                      "source", "note", "source_url", "source_date", "confidence"],
                                     [["62", "2021-11-15", 5, 14, "perbup", f"Berita {HOSTILE}", f"Catatan {HOSTILE}",
                                       BAD_URL, "2021-11-15", "low"]]),
        "reported_figures": _csv(["id", "kode_wilayah", "wilayah", "periode", "indikator", "segmen", "nilai", "satuan",
                                  "nilai_dilaporkan", *source[:4], "konflik_dengan", "catatan"],
                                 [["H001", "62", "Kalimantan Tengah", "2021-11", "peserta_aktif", "ALL", 123456, "orang",
                                   f"123.456 {IMAGE}", f"Sumber {HOSTILE}", BAD_URL, "2021-11-20", "high", "",
                                   f"Catatan {HOSTILE}"],
                                  ["H002", "", "Indonesia", "2021-11", "peserta_aktif", "ALL", 30000000, "orang",
                                   f"30 juta {IMAGE}", f"Sumber {HOSTILE}", BAD_URL, "2021-11-20", "high", "",
                                   f"Catatan {HOSTILE}"]]),
    }


@pytest.fixture(scope="module")
def hostile_url(demo_db_path, tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile-db")
    db = folder / "app.duckdb"
    shutil.copy(demo_db_path, db)
    for dataset, data in _hostile_files().items():
        path = folder / f"{dataset}.csv"
        path.write_bytes(data)
        assert cli.main(["import", dataset, str(path), "--db", str(db)]) == 0, dataset
    for kind, region in (("regulation", "62.06"), ("budget", "62.06")):
        assert cli.main(["followups", "add", "--db", str(db), "--province", "62", "--region", region, "--kind", kind,
                         "--action", f"Aksi {HOSTILE}", "--owner", f"Pemilik {LINK}", "--meeting", "2021-11-15",
                         "--due", "2022-03-31", "--note", f"Catatan {HOSTILE}", "--by", "uji"]) == 0
    server = StreamlitServer(db)
    try:
        server.wait_ready()
        yield server.url
    finally:
        server.stop()


VIEWS = [
    ("map", {"map_level": "province", "map_province": "62", "map_metric": "active", "map_segment": "PU",
             "map_group": "non_asn", "map_period": "2021-11", "map_region": "62.06"}),
    ("regulations", {"reg_province": "62", "reg_as_of": "2021-12-31"}),
    ("brief", {"brief_province": "62", "brief_date": "2022-04-01"}),
    ("sources", {}),
    ("", {"ov_period": "2021-11"}),
]

LINKS_AND_IMAGES = """() => ({
  links: [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href')),
  images: [...document.querySelectorAll('img[src], image[href]')].map(i => i.getAttribute('src') || i.getAttribute('href')),
  text: document.body.innerText + '\\n' + [...(window.__drawn || [])].join('\\n'),
})"""


@pytest.mark.parametrize("path,params", VIEWS, ids=[v[0] or "overview" for v in VIEWS])
def test_imported_markup_is_shown_as_text(chromium, hostile_url, path, params):
    own = urlsplit(hostile_url).netloc
    context = chromium.new_context(viewport={"width": 1400, "height": 900}, locale="id-ID")
    outside: list[str] = []
    context.on("request", lambda request: outside.append(request.url)
               if urlsplit(request.url).netloc != own and urlsplit(request.url).scheme not in ("data", "blob")
               else None)
    context.add_init_script(reader.INIT_SCRIPT)  # what tables paint on their canvas, too
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        page.goto(page_url(hostile_url, path, params))
        wait_for_app(page)
        assert_page_healthy(page)
        for expander in page.locator("[data-testid='stExpander'] summary").all():
            expander.click()  # what sits in expanders is drawn too
        wait_for_app(page)
        reader.scroll_tables(page)
        page.wait_for_timeout(500)  # images would load after the script run
        found = page.evaluate(LINKS_AND_IMAGES)
        bad = ("evil.example", "127.0.0.1:1", "javascript:")
        assert not [h for h in found["links"] if any(b in h for b in bad)], found["links"]
        assert not [s for s in found["images"] if any(b in s for b in bad)], found["images"]
        assert not outside, f"requests to other hosts: {sorted(set(outside))}"
        assert SHOWN in found["text"].replace("\u2060", ""), f"the hostile text is not shown literally on {path or 'overview'}"
    finally:
        context.close()
