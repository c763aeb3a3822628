"""Hostile text for the "data is shown as text" tests (issue 22, class 2): every imported text
field of a dataset holds markdown and HTML that would fetch an image or make a live link if a
page, the brief or a chart rendered it. ``import_hostile(db)`` imports it through the CLI."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from analytics import cli

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



def import_hostile(db: Path, folder: Path) -> None:
    """Import the hostile files into ``db`` (a copy of the demo dataset) and add two follow-ups
    of Kalimantan Tengah agreed on 15 November 2021 with hostile action, owner and note."""
    for dataset, data in _hostile_files().items():
        path = folder / f"{dataset}.csv"
        path.write_bytes(data)
        assert cli.main(["import", dataset, str(path), "--db", str(db)]) == 0, dataset
    for kind in ("regulation", "budget"):
        assert cli.main(["followups", "add", "--db", str(db), "--province", "62", "--region", "62.06", "--kind", kind,
                         "--action", f"Aksi {HOSTILE}", "--owner", f"Pemilik {LINK}", "--meeting", "2021-11-15",
                         "--due", "2022-03-31", "--note", f"Catatan {HOSTILE}", "--by", "uji"]) == 0
