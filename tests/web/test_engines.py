"""Buttons whose engine is missing say so on the page, in the UI language: the brief's PDF and
share image (Chromium through playwright) and the charts' PNG/SVG (kaleido through Chromium)."""

from __future__ import annotations

import pytest

from tests.apptest_support import errors_of, page_test

PARAMS = {"brief_province": "62", "brief_date": "2021-11-15"}


def _buttons(at) -> dict:
    return {b.proto.label: b.proto for b in at.get("download_button")}


@pytest.mark.parametrize("lang,message", [
    (None, "PDF dan gambar belum dapat dibuat di server ini: Chromium"),
    ("en", "The PDF and the image cannot be made on this server: Chromium"),
])
def test_brief_without_chromium_says_so(demo_env, monkeypatch, lang, message):
    from analytics import exports
    from analytics.brief import pdf

    monkeypatch.setattr(pdf, "CHROMIUM", "/nonexistent/chromium")
    monkeypatch.setattr(exports, "browser_path", lambda: None)
    at = page_test("brief", lang=lang, params=PARAMS).run(timeout=120)
    assert not errors_of(at), errors_of(at)
    assert any(message in str(c.value) for c in at.caption), [c.value for c in at.caption]
    buttons = _buttons(at)
    pdf = buttons["Unduh PDF" if lang is None else "Download PDF"]
    assert pdf.disabled and message in pdf.help
    assert not buttons["Unduh HTML" if lang is None else "Download HTML"].disabled  # HTML needs no engine
    # the brief's map is the server's SVG: its download needs no engine
    assert not buttons["SVG"].disabled


def test_chart_images_without_chromium_say_so(demo_env, monkeypatch):
    from analytics import exports

    monkeypatch.setattr(exports, "browser_path", lambda: None)
    at = page_test("overview").run(timeout=120)
    assert not errors_of(at), errors_of(at)
    images = [b.proto for b in at.get("download_button") if b.proto.label in ("PNG", "SVG")]
    assert images and all(b.disabled and "Chromium (paket Debian chromium) belum terpasang" in b.help for b in images)
    assert any(not b.proto.disabled for b in at.get("download_button") if b.proto.label in ("HTML", "CSV"))


def test_brief_with_chromium_offers_enabled_buttons(demo_env):
    from analytics.brief import render

    if not render.print_engine_available():
        pytest.skip("no Chromium here")
    at = page_test("brief", params=PARAMS).run(timeout=120)
    buttons = _buttons(at)
    assert not buttons["Unduh PDF"].disabled and not buttons["Unduh PDF"].help
    assert not any("belum dapat dibuat" in str(c.value) for c in at.caption)
