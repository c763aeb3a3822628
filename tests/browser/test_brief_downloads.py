"""The brief's downloads, made by clicking them on the page: the PDF (read back with poppler's
pdftotext) and the HTML hold no sentence of the other language; the share image is a 1080 ×
1350 PNG. A download is built when clicked, outside the page's run: the English page's PDF
used to come out half Indonesian."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess

import pytest

from tests.browser.harness import page_url, screenshot, wait_for_app

# words that only one language writes in a brief (region and regulation names are the same in both)
INDONESIAN = ("dan", "yang", "belum", "sudah", "tidak", "dari", "untuk", "dengan", "sejak", "rapat", "Kepesertaan",
              "Anggaran", "Tindak", "lanjut", "Dibuat", "kekurangan", "kelebihan", "miliar", "juta", "Sasaran",
              "Kelompok", "Juni", "Mei", "diketahui")
ENGLISH = ("the", "of", "and", "with", "since", "Coverage", "Budget", "Follow-ups", "needed", "allocated",
           "Generated", "billion", "million", "covered", "Regulation", "Target", "Group", "June", "May", "known")


def _words(words):
    return re.compile(r"(?<![\w-])(" + "|".join(words) + r")(?![\w-])")


OTHER = {"en": _words(INDONESIAN), "id": _words(ENGLISH)}
OWN = {"en": "Coordination meeting brief", "id": "Bahan rapat koordinasi"}


def _download(page, label: str, path):
    with page.expect_download(timeout=120_000) as info:
        page.get_by_role("button", name=label).click()
    info.value.save_as(path)
    return path


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")
@pytest.mark.parametrize("lang,labels", [
    ("en", ("Download PDF", "Download HTML", "Share as image")),
    ("id", ("Unduh PDF", "Unduh HTML", "Bagikan sebagai gambar")),
])
def test_brief_files_are_in_the_page_language(page, app_url, tmp_path, lang, labels):
    page.goto(page_url(app_url, "brief", {"brief_province": "62", **({"lang": lang} if lang == "en" else {})}))
    wait_for_app(page, timeout=120)
    screenshot(page, f"brief_downloads_{lang}")

    pdf = _download(page, labels[0], tmp_path / "brief.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert OWN[lang] in text
    # a source's title is data in the language it was published in, set in quotes: not checked
    # (pdftotext's reading order keeps a quoted title together; -layout interleaves columns)
    reading = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "“" in reading  # the brief cites its public sources by title
    prose = re.sub(r"“[^”]*”", " ", reading, flags=re.S)
    leaked = sorted({m.group(0) for m in OTHER[lang].finditer(prose)})
    assert not leaked, f"{lang} PDF holds words of the other language: {leaked}\n{text[:3000]}"

    html = _download(page, labels[1], tmp_path / "brief.html").read_text(encoding="utf-8")
    body = re.sub(r"“[^”]*”", " ", re.sub(r"<[^>]+>", " ", html.split("</style>", 1)[-1]), flags=re.S)
    assert OWN[lang] in body
    assert not sorted({m.group(0) for m in OTHER[lang].finditer(body)})

    png = _download(page, labels[2], tmp_path / "brief.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (1080, 1350)
